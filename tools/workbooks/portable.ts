/**
 * The portable variant of each model workbook (`<name>.portable.xlsx`): the same model with
 * every closed-form MINER.* formula rewritten natively and the rest kept as values, for
 * readers without the add-in (src/portable). The build emits them beside the originals.
 */
import { packageVersion } from '../../src/cli/package-version';
import { declarations } from '../../src/functions/registrations';
import { makePortable } from '../../src/portable/portable-workbook';

export interface WorkbookFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export function portableFileName(fileName: string): string {
  return fileName.replace(/\.xlsx$/, '.portable.xlsx');
}

/** Portable variants of the workbooks, dated `date` (ISO; the build's day). */
export async function portableWorkbooks(workbooks: readonly WorkbookFile[], date: string): Promise<WorkbookFile[]> {
  const options = { version: packageVersion(__dirname), date, declarations: new Map(declarations.map((d) => [d.id, d])) };
  const portable: WorkbookFile[] = [];
  for (const workbook of workbooks) {
    const { bytes } = await makePortable(workbook.bytes, options);
    portable.push({ fileName: portableFileName(workbook.fileName), bytes: Buffer.from(bytes) });
  }
  return portable;
}
