/**
 * What a MINER.* function may do with any argument list, as the contract (FUNCTIONS.md) says:
 * answer a finite number, text where its result is not declared a number, a rectangular table
 * of finite numbers and text where it spills (a cell may hold an error with an allowed code and a
 * message, as SOTP's #N/A for a missing figure), or a CustomFunctions.Error with an allowed code.
 * A #VALUE! message names the parameter at fault; a defect (an exception the Excel layer had to
 * catch as "unexpected error") is never an answer.
 */
import { FunctionMetadata } from './arguments';

function show(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return String(value);
  }
}

function cellProblem(cell: unknown): string | null {
  if (typeof cell === 'string') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? null : `a cell is ${show(cell)}`;
  return `a cell is ${show(cell)} (${typeof cell})`;
}

function valueProblem(fn: FunctionMetadata, extraCodes: readonly string[], value: unknown): string | null {
  if (fn.result.dimensionality === 'matrix') {
    if (!Array.isArray(value) || value.length === 0) return `returned ${show(value)}, not a non-empty table`;
    const width = Array.isArray(value[0]) ? value[0].length : -1;
    if (width <= 0) return `returned a table whose first row is ${show(value[0])}`;
    for (const row of value) {
      if (!Array.isArray(row) || row.length !== width) return `returned a table that is not rectangular (${show(row)})`;
      for (const cell of row) {
        const problem = cell instanceof CustomFunctions.Error ? errorProblem(fn, extraCodes, cell) : cellProblem(cell);
        if (problem) return `returned a table in which ${problem}`;
      }
    }
    return null;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? null : `returned ${show(value)}`;
  if (typeof value === 'string' && fn.result.type !== 'number') return null;
  return `returned ${show(value)} (${typeof value}), not a ${fn.result.type === 'number' ? 'finite number' : 'number or text'}`;
}

function errorProblem(fn: FunctionMetadata, extraCodes: readonly string[], error: unknown): string | null {
  if (!(error instanceof CustomFunctions.Error)) {
    const name = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
    return `threw ${name} (not a CustomFunctions.Error)`;
  }
  const code = String(error.code);
  const message = error.message ?? '';
  const allowed = ['#VALUE!', ...extraCodes];
  if (!allowed.includes(code)) return `answered ${code} "${message}"; allowed: ${allowed.join(', ')}`;
  if (/^unexpected error/i.test(message)) return `a defect surfaced as ${code}: "${message}"`;
  if (message.trim() === '') return `answered ${code} without a message`;
  if (code === '#VALUE!' && !fn.parameters.some((p) => message.includes(p.name))) {
    return `answered #VALUE! "${message}", which names none of its parameters`;
  }
  return null;
}

/** Null when calling `call` honours the contract; otherwise what went wrong. */
export function outcomeProblem(fn: FunctionMetadata, extraCodes: readonly string[], call: () => unknown): string | null {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    return errorProblem(fn, extraCodes, error);
  }
  return valueProblem(fn, extraCodes, value);
}
