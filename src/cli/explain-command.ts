/**
 * `hashwatt explain FUNCTION args...`: the math behind a call, for a reviewer who does not have
 * the add-in. It prints the call as a formula, the native formula that computes the same value
 * in any spreadsheet (paste it into a cell), and the value the add-in gives; for a data
 * look-up, the figure's date and source instead of a formula; for a spilled table, that it has
 * no single formula (`hashwatt help` shows its math). With --json, one JSON object.
 */
import { declarationsById as byId } from '../functions/registry';
import { callFormula, explainFormula, Explanation } from '../portable/explain';
import { evaluateCall, Evaluation } from './evaluate';
import { formatError, formatResult } from './format-result';
import type { CliOutcome } from './outcome';

export const explainUsage = 'hashwatt explain FUNCTION [args...]  the native formula behind a call (or its data source) and its value';

/** The explanation's lines, as a reader sees them. */
function explanationLines(explanation: Explanation): string[] {
  switch (explanation.kind) {
    case 'native':
      return [`native formula: ${explanation.formula}`];
    case 'table':
      return [
        explanation.whole
          ? `native formulas, one a cell (the table's top-left cell at ${explanation.anchor}, all its rows: they read one another):`
          : `native formulas, one a cell (the table's top-left cell at ${explanation.anchor}, its first rows; each later row refers to the row above as the second does):`,
        ...explanation.rows.flatMap((row) => row.map((cell) => `  ${cell.cell}: ${cell.formula}`)),
      ];
    case 'data':
      return [
        `value from the add-in's bundled data, as of ${explanation.asOf ?? 'an unknown date'}, source ${explanation.source ?? 'unknown'}`,
        'native formula: none (a data look-up: the portable copy keeps its value)',
      ];
    case 'opaque':
      return [
        explanation.reason === 'table'
          ? `native formula: none (MINER.${explanation.id} spills a table; \`hashwatt help ${explanation.id}\` gives its math row by row)`
          : `native formula: none (MINER.${explanation.id} has no plain-formula form; \`hashwatt help ${explanation.id}\` gives its math)`,
      ];
    case 'plain':
      return [];
  }
}

function valueText(evaluation: Evaluation, serial: boolean): string {
  if (evaluation.error) return formatError(evaluation.error);
  return formatResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial });
}

export function runExplain(words: readonly string[], options: { json: boolean; serial: boolean }): CliOutcome {
  const [name = '', ...rest] = words;
  if (name === '') return { stdout: '', stderr: `hashwatt explain: name a function\nusage: ${explainUsage}\n`, status: 1 };
  const evaluation = evaluateCall(name, rest);
  // An unknown name or a wrong count of arguments: there is no call to explain.
  if (evaluation.error && evaluation.args.length === 0) {
    return { stdout: '', stderr: `${formatError(evaluation.error)}\n`, status: 1 };
  }
  const call = callFormula(evaluation.id, evaluation.args);
  const explanation = explainFormula(call, byId, () => evaluation.args);
  if (options.json) {
    const json = {
      function: evaluation.id,
      call: `=${call}`,
      ...(explanation.kind === 'native' ? { formula: explanation.formula } : {}),
      ...(explanation.kind === 'table' ? { anchor: explanation.anchor, rows: explanation.rows } : {}),
      ...(explanation.kind === 'data' ? { source: explanation.source, as_of: explanation.asOf } : {}),
      ...(explanation.kind === 'opaque' ? { no_formula: explanation.reason } : {}),
      ...(evaluation.error ? { error: evaluation.error } : { result: evaluation.result }),
    };
    return { stdout: JSON.stringify(json) + '\n', stderr: '', status: evaluation.error ? 1 : 0 };
  }
  const lines = [`call: =${call}`, ...explanationLines(explanation), `value: ${valueText(evaluation, options.serial)}`];
  return { stdout: lines.join('\n') + '\n', stderr: '', status: evaluation.error ? 1 : 0 };
}
