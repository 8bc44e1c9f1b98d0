/**
 * A declaration's worked example two ways: as the formula a user types
 * (`=MINER.HASHPRICE(91132, 1048.5, 0.0173)`, dates as DATE(y,m,d), ranges as array constants)
 * and as the values Excel hands the function (a date as its serial, a range as rows, a blank as
 * null). The reference prints the first; the reference, the CLI, the benchmark and the fuzz
 * test call the function with the second.
 */
import { isoDateToSerial } from '../core/dates';
import type { ExampleArg } from './types';

export function exampleValue(arg: ExampleArg): unknown {
  if (arg === null || typeof arg !== 'object') return arg;
  if ('date' in arg) {
    const serial = isoDateToSerial(arg.date);
    if (serial === undefined) throw new Error(`example date ${arg.date} is not a date`);
    return serial;
  }
  return arg.range.map((row) => [...row]);
}

export function exampleValues(args: readonly ExampleArg[]): unknown[] {
  return args.map(exampleValue);
}

function literal(arg: ExampleArg): string {
  if (arg === null) return '';
  if (typeof arg === 'number') return String(arg);
  if (typeof arg === 'boolean') return arg ? 'TRUE' : 'FALSE';
  if (typeof arg === 'string') return `"${arg.replace(/"/g, '""')}"`;
  if ('date' in arg) {
    const [y, m, d] = arg.date.split('-').map(Number);
    return `DATE(${y},${m},${d})`;
  }
  return `{${arg.range.map((row) => row.join(',')).join(';')}}`;
}

/** The formula of an example, trailing blanks left out. */
export function exampleFormula(id: string, args: readonly ExampleArg[]): string {
  let last = args.length;
  while (last > 0 && args[last - 1] === null) last--;
  return `=MINER.${id}(${args.slice(0, last).map(literal).join(', ')})`;
}
