/**
 * `hashwatt FUNCTION args...`: evaluates a MINER.* function with the very code Excel runs and
 * prints the value (dates as dates), a spilled table as tab-separated rows, or the Excel error
 * and its message (exit status 1); a number far outside a parameter's plausible range draws a
 * warning on stderr. Also: `list`, `help FUNCTION`, `--version`, `--json` (one JSON object a
 * call), `--csv FILE` (a batch: a row per call, echoed with its result), `--serial` (dates
 * as serials), `-` for standard input (a file, or a table piped in as an argument), `explain
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
import { FileRead, readInputFile, readStandardInput } from './input-file';
import { jsonResult } from './json-dates';
import type { CliOutcome } from './outcome';
import { packageVersion } from './package-version';
import { portableUsage, runPortable } from './portable-command';
import { isStdinWord, stdinArgument } from './stdin-table';

installCustomFunctionsShim();

export type { CliOutcome };

const usage = [
  'usage: hashwatt FUNCTION [args...]        evaluate MINER.FUNCTION',
  '       hashwatt list                      list the functions and their parameters',
  '       hashwatt help FUNCTION             parameters with units and rules, an example, the math',
  '       hashwatt --csv FILE                evaluate a batch: a row per call (function, then arguments);',
  '                                          out, a line per row: function, its arguments, result, error',
  `       ${explainUsage}`,
  `       ${dataUsage}`,
  `       ${portableUsage}`,
  '       hashwatt --version',
  'Options: --json prints one JSON object a call; --serial prints dates as Excel serials.',
  'Arguments: numbers (-5, 0.0173, 9,700,000,000, 10%), TRUE/FALSE, ISO dates (2026-01-12),',
  'ranges ([[1,2],[3,4]]), text (IREN); an empty argument ("") leaves an optional parameter blank.',
  'Standard input: FILE may be - (--csv -, portable - OUT.xlsx). An argument - is the table piped in',
  '(without its header), -:NAME its column headed NAME, -:N its N-th column; so one table feeds another:',
  '  hashwatt HASHPRICE_PATH 2026-10-05 36 86303.18 950 969991 0.025 0 0.014073 \\',
  '    | hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice_usd_per_ph_day 1890',
].join('\n');

interface Options {
  readonly json: boolean;
  readonly serial: boolean;
  readonly csv?: string;
}

function jsonOf(evaluation: Evaluation, options: Options): string {
  const { id, args, error, warnings } = evaluation;
  const result = jsonResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial: options.serial });
  return JSON.stringify({ function: id, args, ...(error ? { error } : { result }), ...(warnings.length > 0 ? { warnings } : {}) });
}

function printed(evaluation: Evaluation, options: Options): CliOutcome {
  if (options.json) return { stdout: jsonOf(evaluation, options) + '\n', stderr: '', status: evaluation.error ? 1 : 0 };
  const stderr = evaluation.warnings.map((w) => `${w}\n`).join('');
  if (evaluation.error) return { stdout: '', stderr: stderr + formatError(evaluation.error) + '\n', status: 1 };
  const text = formatResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial: options.serial });
  return { stdout: text + '\n', stderr, status: 0 };
}

/** A CSV field on one line: a line break inside a message becomes a space. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * A batch: each CSV row a call. Out, one line an input row, in their order: the function and
 * its arguments as given (as many argument columns as the longest row has), then the result
 * (a table as JSON) or the error; with --json, one JSON object a row.
 */
function runCsv(file: string, options: Options, stdin: () => FileRead): CliOutcome {
  const read = readInputFile(file, stdin);
  if ('problem' in read) return { stdout: '', stderr: `hashwatt --csv: ${read.problem}\n`, status: 1 };
  const rows = parseCsv(read.bytes.toString('utf8'));
  const calls = rows[0]?.[0]?.trim().toLowerCase() === 'function' ? rows.slice(1) : rows;
  const width = Math.max(0, ...calls.map((row) => row.length - 1));
  const argColumns = Array.from({ length: width }, (_, i) => `arg${i + 1}`);
  const out: string[] = options.json ? [] : [csvRow(['function', ...argColumns, 'result', 'error'])];
  const stderr: string[] = [];
  let failed = false;
  calls.forEach(([name = '', ...words], i) => {
    const evaluation = evaluateCall(name, words);
    failed = failed || evaluation.error !== undefined;
    stderr.push(...evaluation.warnings.map((w) => `row ${i + 1}: ${w}`));
    if (options.json) return void out.push(jsonOf(evaluation, options));
    const result = Array.isArray(evaluation.result)
      ? JSON.stringify(jsonResult(evaluation.result, { serial: options.serial }))
      : formatResult(evaluation.result, { resultIsDate: evaluation.resultIsDate, serial: options.serial });
    const inputs = [name, ...argColumns.map((_, k) => words[k] ?? '')].map(oneLine);
    out.push(csvRow([...inputs, evaluation.error ? '' : oneLine(result), evaluation.error ? oneLine(formatError(evaluation.error)) : '']));
  });
  return { stdout: out.join('\n') + '\n', stderr: stderr.map((line) => `${line}\n`).join(''), status: failed ? 1 : 0 };
}

/** The words of a call with each standard-input word (-, -:NAME, -:N) replaced by the range it names. */
function withStdinTables(words: readonly string[], stdin: () => FileRead): { words: string[] } | { problem: string } {
  if (!words.some(isStdinWord)) return { words: [...words] };
  const read = stdin();
  if ('problem' in read) return read;
  const text = read.bytes.toString('utf8');
  const replaced: string[] = [];
  for (const word of words) {
    if (!isStdinWord(word)) {
      replaced.push(word);
      continue;
    }
    const argument = stdinArgument(word, text);
    if ('problem' in argument) return argument;
    replaced.push(argument.word);
  }
  return { words: replaced };
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

/** Standard input, read at most once (a pipe cannot be read twice). */
function onceOnly(read: () => FileRead): () => FileRead {
  let cached: FileRead | undefined;
  return () => (cached ??= read());
}

export function run(argv: readonly string[], readStdin: () => FileRead = readStandardInput): CliOutcome {
  const stdin = onceOnly(readStdin);
  const split = splitOptions(argv);
  if ('error' in split) return { stdout: '', stderr: `hashwatt: ${split.error}\n${usage}\n`, status: 1 };
  const { options, words } = split;
  if (options.csv !== undefined) return runCsv(options.csv, options, stdin);
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
  const call = withStdinTables(rest, stdin);
  if ('problem' in call) return { stdout: '', stderr: `hashwatt: ${call.problem}\n`, status: 1 };
  return printed(evaluateCall(first, call.words), options);
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
