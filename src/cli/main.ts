/**
 * `hashwatt FUNCTION args...`: evaluates a MINER.* function with the very code Excel runs and
 * prints the value (dates as dates), a spilled table as tab-separated rows, or the Excel error
 * and its message (exit status 1); a number far outside a parameter's plausible range draws a
 * warning on stderr. Also: `list`, `help FUNCTION`, `--version`, `--json` (one JSON object a
 * call), `--csv FILE` (a batch: a row per call), `--serial` (dates as serials), `explain
 * FUNCTION args...` (the native formula behind a call), `data` (each bundled data set's newest
 * date and age), and `portable IN OUT` (a copy of a workbook that computes without the add-in).
 */
import { catalogue } from '../catalogue';
import { installCustomFunctionsShim } from '../functions/host-shim';
import { csvRow, parseCsv } from './csv';
import { dataUsage, runData } from './data-command';
import { explainUsage, runExplain } from './explain-command';
import { evaluateCall, Evaluation, findEntry, unknownFunctionMessage } from './evaluate';
import { formatError, formatResult } from './format-result';
import { functionHelp, signature } from './help';
import { readInputFile } from './input-file';
import type { CliOutcome } from './outcome';
import { packageVersion } from './package-version';
import { portableUsage, runPortable } from './portable-command';

installCustomFunctionsShim();

export type { CliOutcome };

const usage = [
  'usage: hashwatt FUNCTION [args...]        evaluate MINER.FUNCTION',
  '       hashwatt list                      list the functions and their parameters',
  '       hashwatt help FUNCTION             parameters with units and rules, an example, the math',
  '       hashwatt --csv FILE                evaluate a batch: a row per call (function, then arguments)',
  `       ${explainUsage}`,
  `       ${dataUsage}`,
  `       ${portableUsage}`,
  '       hashwatt --version',
  'Options: --json prints one JSON object a call; --serial prints dates as Excel serials.',
  'Arguments: numbers (-5, 0.0173, 9,700,000,000, 10%), TRUE/FALSE, ISO dates (2026-01-12),',
  'ranges ([[1,2],[3,4]]), text (IREN); an empty argument ("") leaves an optional parameter blank.',
].join('\n');

interface Options {
  readonly json: boolean;
  readonly serial: boolean;
  readonly csv?: string;
}

function jsonOf(evaluation: Evaluation): string {
  const { id, args, result, error, warnings } = evaluation;
  return JSON.stringify({ function: id, args, ...(error ? { error } : { result }), ...(warnings.length > 0 ? { warnings } : {}) });
}

function printed(evaluation: Evaluation, options: Options): CliOutcome {
  if (options.json) return { stdout: jsonOf(evaluation) + '\n', stderr: '', status: evaluation.error ? 1 : 0 };
  const stderr = evaluation.warnings.map((w) => `${w}\n`).join('');
  if (evaluation.error) return { stdout: '', stderr: stderr + formatError(evaluation.error) + '\n', status: 1 };
  const text = formatResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial: options.serial });
  return { stdout: text + '\n', stderr, status: 0 };
}

/** A batch: each CSV row a call; out, one row a call (function, result, error), or JSON lines. */
function runCsv(file: string, options: Options): CliOutcome {
  const read = readInputFile(file);
  if ('problem' in read) return { stdout: '', stderr: `hashwatt --csv: ${read.problem}\n`, status: 1 };
  const rows = parseCsv(read.bytes.toString('utf8'));
  const calls = rows[0]?.[0]?.trim().toLowerCase() === 'function' ? rows.slice(1) : rows;
  const out: string[] = options.json ? [] : [csvRow(['function', 'result', 'error'])];
  const stderr: string[] = [];
  let failed = false;
  calls.forEach(([name = '', ...words], i) => {
    const evaluation = evaluateCall(name, words);
    failed = failed || evaluation.error !== undefined;
    stderr.push(...evaluation.warnings.map((w) => `row ${i + 1}: ${w}`));
    if (options.json) return void out.push(jsonOf(evaluation));
    const result = Array.isArray(evaluation.result)
      ? JSON.stringify(evaluation.result)
      : formatResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial: options.serial });
    out.push(csvRow([evaluation.id, evaluation.error ? '' : result, evaluation.error ? formatError(evaluation.error) : '']));
  });
  return { stdout: out.join('\n') + '\n', stderr: stderr.map((line) => `${line}\n`).join(''), status: failed ? 1 : 0 };
}

/** The options (anywhere among the words) and the remaining words. */
function splitOptions(argv: readonly string[]): { options: Options; words: string[] } | { error: string } {
  const words: string[] = [];
  let json = false;
  let serial = false;
  let csv: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--json') json = true;
    else if (word === '--serial') serial = true;
    else if (word === '--csv') {
      csv = argv[++i];
      if (csv === undefined) return { error: '--csv needs a FILE' };
    } else words.push(word);
  }
  return { options: { json, serial, csv }, words };
}

export function run(argv: readonly string[]): CliOutcome {
  const split = splitOptions(argv);
  if ('error' in split) return { stdout: '', stderr: `hashwatt: ${split.error}\n${usage}\n`, status: 1 };
  const { options, words } = split;
  if (options.csv !== undefined) return runCsv(options.csv, options);
  const [first, ...rest] = words;
  if (!first) return { stdout: '', stderr: usage + '\n', status: 1 };
  if (first === '--help' || first === '-h') return { stdout: usage + '\n', stderr: '', status: 0 };
  if (first === '--version' || first === '-v') return { stdout: `hashwatt ${packageVersion()}\n`, stderr: '', status: 0 };
  if (first.toLowerCase() === 'list') {
    const lines = catalogue.map((entry) => `${signature(entry)}\t${entry.docs.description.en}`);
    return { stdout: lines.join('\n') + '\n', stderr: '', status: 0 };
  }
  if (first.toLowerCase() === 'data') return runData(options.json);
  if (first.toLowerCase() === 'explain') return runExplain(rest, options);
  if (first.toLowerCase() === 'help') {
    if (!rest[0]) return { stdout: usage + '\n', stderr: '', status: 0 };
    const entry = findEntry(rest[0]);
    if (!entry) return { stdout: '', stderr: `#NAME? ${unknownFunctionMessage(rest[0])}\n`, status: 1 };
    return { stdout: functionHelp(entry) + '\n', stderr: '', status: 0 };
  }
  return printed(evaluateCall(first, rest), options);
}

/** Every command: `portable` (asynchronous, it reads and writes files) and the synchronous rest. */
export async function main(argv: readonly string[]): Promise<CliOutcome> {
  return argv[0]?.toLowerCase() === 'portable' ? runPortable(argv.slice(1)) : run(argv);
}

/** A fault no command foresaw, as one line (the stack is for a bug report, not the terminal). */
function unexpected(error: unknown): CliOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { stdout: '', stderr: `hashwatt: ${message.split('\n')[0]}\n`, status: 1 };
}

/**
 * Runs the CLI in this process: prints, sets the exit status, and ends quietly when the reader
 * of its output goes away (`hashwatt list | head` closes the pipe: EPIPE is not an error).
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  const outcome = await main(argv).catch(unexpected);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.status;
}

if (require.main === module) void runProcess(process.argv.slice(2));
