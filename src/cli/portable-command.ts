/**
 * `hashwatt portable IN.xlsx OUT.xlsx`: writes a portable copy of a workbook, one that
 * computes without the add-in (src/portable), and says how many formulas became native and
 * which ranges were kept as values (the copy's Provenance sheet lists them). The input file is
 * only read; an existing OUT is not overwritten unless --force is given.
 */
import * as fs from 'fs';
import * as path from 'path';
import { declarations } from '../functions/registrations';
import { makePortable } from '../portable/portable-workbook';
import type { CliOutcome } from './outcome';
import { packageVersion } from './package-version';

export const portableUsage = 'hashwatt portable IN.xlsx OUT.xlsx [--force]   write a copy that computes without the add-in';

const failure = (message: string): CliOutcome => ({ stdout: '', stderr: `hashwatt portable: ${message}\n`, status: 1 });

export async function runPortable(args: readonly string[], today = new Date()): Promise<CliOutcome> {
  const force = args.includes('--force');
  const [input, output, ...extra] = args.filter((arg) => arg !== '--force');
  if (!input || !output || extra.length > 0) return failure(`usage: ${portableUsage}`);
  if (!fs.existsSync(input)) return failure(`${input} does not exist`);
  if (path.resolve(input) === path.resolve(output)) return failure('OUT must be another file: the original is never changed');
  if (fs.existsSync(output) && !force) return failure(`${output} exists; add --force to replace it`);
  try {
    const result = await makePortable(fs.readFileSync(input), {
      version: packageVersion(),
      date: today.toISOString().slice(0, 10),
      declarations: new Map(declarations.map((declaration) => [declaration.id, declaration])),
    });
    fs.writeFileSync(output, result.bytes);
    const lines = [
      `${output}: ${result.nativeCells} formulas rewritten in native Excel syntax, ${result.frozen.length} ranges kept as values (listed on its Provenance sheet)`,
      ...result.frozen.map((range) => `  ${range.sheet}!${range.range}\t${range.reason}`),
    ];
    return { stdout: lines.join('\n') + '\n', stderr: '', status: 0 };
  } catch (error) {
    return failure(`${input} could not be converted: ${(error as Error).message}`);
  }
}
