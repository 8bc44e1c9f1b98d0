/**
 * LibreOffice (headless Calc) as an independent spreadsheet engine: it recomputes an .xlsx
 * whose formula cells hold no cached value, and exceljs reads the results back. Debian's
 * libreoffice-calc-nogui provides `soffice`; .ci/run installs it when it is missing.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Long enough for a cold start of soffice on a shared machine. */
export const libreOfficeTimeoutMs = 180_000;

/** The workbook after LibreOffice has computed every formula in it. */
export async function recalculateWithLibreOffice(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-calc-'));
  try {
    const input = path.join(dir, 'in.xlsx');
    const outDir = path.join(dir, 'out');
    await workbook.xlsx.writeFile(input);
    // A profile of its own, so parallel runs never share (and lock) one.
    const profile = `file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'xlsx', '--outdir', outDir, input], {
      stdio: 'pipe',
      timeout: libreOfficeTimeoutMs,
    });
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(path.join(outDir, 'in.xlsx'));
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A computed cell's value: the number or text LibreOffice stored, or its error text. */
export function computedValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && 'result' in (value as object)) return (value as { result: unknown }).result;
  return value;
}
