/**
 * The portable variant of each model workbook (`<name>.portable.xlsx`): the same model with
 * every closed-form MINER.* formula rewritten natively and the rest kept as values, for
 * readers without the add-in (src/portable). The build emits them beside the originals.
 */
import * as fs from 'fs';
import * as path from 'path';
import { declarations } from '../../src/functions/registrations';
import { makePortable } from '../../src/portable/portable-workbook';

export interface WorkbookFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export function portableFileName(fileName: string): string {
  return fileName.replace(/\.xlsx$/, '.portable.xlsx');
}

/** The version in the project's package.json, found above this file wherever it was compiled to. */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    if (path.dirname(dir) === dir) throw new Error('no package.json above tools/workbooks');
  }
}

/** Portable variants of the workbooks, dated `date` (ISO; the build's day). */
export async function portableWorkbooks(workbooks: readonly WorkbookFile[], date: string): Promise<WorkbookFile[]> {
  const options = { version: packageVersion(), date, declarations: new Map(declarations.map((d) => [d.id, d])) };
  const portable: WorkbookFile[] = [];
  for (const workbook of workbooks) {
    const { bytes } = await makePortable(workbook.bytes, options);
    portable.push({ fileName: portableFileName(workbook.fileName), bytes: Buffer.from(bytes) });
  }
  return portable;
}
