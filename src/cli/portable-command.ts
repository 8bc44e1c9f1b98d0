/**
 * `hashwatt portable IN.xlsx OUT.xlsx`: writes a portable copy of a workbook, one that
 * computes without the add-in (src/portable), and says how many formulas became native and
 * which ranges were kept as values (the copy's Provenance sheet lists them). The input file is
 * only read (IN `-` is standard input), whatever name OUT gives it (a symbolic or hard link to IN is refused); an
 * existing OUT is not overwritten unless --force is given.
 */
import * as fs from 'fs';
import { declarationsById } from '../functions/registry';
import { makePortable } from '../portable/portable-workbook';
import { fileErrorText, outputProblem, readInputFile, sameFile } from './input-file';
import type { CliOutcome } from './outcome';
import { packageVersion } from './package-version';

export const portableUsage = 'hashwatt portable IN.xlsx OUT.xlsx [--force]   write a copy that computes without the add-in (IN - : standard input)';

const failure = (message: string): CliOutcome => ({ stdout: '', stderr: `hashwatt portable: ${message}\n`, status: 1 });

export async function runPortable(args: readonly string[], today = new Date()): Promise<CliOutcome> {
  const force = args.includes('--force');
  const [input, output, ...extra] = args.filter((arg) => arg !== '--force');
  if (!input || !output || extra.length > 0) return failure(`usage: ${portableUsage}`);
  const read = readInputFile(input);
  if ('problem' in read) return failure(read.problem);
  if (sameFile(input, output)) return failure('OUT must be another file: the original is never changed');
  const cannotWrite = outputProblem(output);
  if (cannotWrite !== undefined) return failure(cannotWrite);
  if (fs.existsSync(output) && !force) return failure(`${output} exists; add --force to replace it`);
  let result;
  try {
    result = await makePortable(read.bytes, {
      version: packageVersion(),
      date: today.toISOString().slice(0, 10),
      declarations: declarationsById,
    });
  } catch (error) {
    return failure(`${input} could not be converted: ${(error as Error).message}`);
  }
  try {
    fs.writeFileSync(output, result.bytes);
  } catch (error) {
    return failure(`${output} ${fileErrorText(error)}`);
  }
  const lines = [
    `${output}: ${result.nativeCells} formulas rewritten in native Excel syntax, ${result.frozen.length} ranges kept as values (listed on its Provenance sheet)`,
    ...result.frozen.map((range) => `  ${range.sheet}!${range.range}\t${range.reason}`),
  ];
  return { stdout: lines.join('\n') + '\n', stderr: '', status: 0 };
}
