/**
 * LibreOffice (headless Calc) as an independent spreadsheet engine: it recomputes .xlsx files
 * whose formula cells hold no cached value, and exceljs reads the results back. Debian's
 * libreoffice-calc-nogui provides `soffice`; .ci/run installs it when it is missing.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';

/** Long enough for a cold start of soffice and a few workbooks on a shared machine. */
export const libreOfficeTimeoutMs = 240_000;

/**
 * Files a soffice run converts at most: it keeps what each file used until it exits, so a model's
 * 43 perturbed copies with their Sensitivity tables reached 9 GB and most of the timeout in one
 * run; runs of this many stay near a gigabyte and a fraction of the timeout each.
 */
const filesPerRun = 12;

/**
 * The files as LibreOffice saves them after computing every formula in them, in `format`
 * (xlsx, or csv: the first sheet as its cells show), by name, in soffice runs of at most
 * `filesPerRun` files.
 */
export function convertFilesWithLibreOffice(files: ReadonlyMap<string, Uint8Array>, format = 'xlsx'): Map<string, Buffer> {
  const entries = [...files];
  const converted = new Map<string, Buffer>();
  for (let start = 0; start < entries.length; start += filesPerRun) {
    for (const [name, bytes] of convertInOneRun(new Map(entries.slice(start, start + filesPerRun)), format)) converted.set(name, bytes);
  }
  return converted;
}

/** The files converted by one soffice run. */
function convertInOneRun(files: ReadonlyMap<string, Uint8Array>, format: string): Map<string, Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-calc-'));
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    fs.mkdirSync(inDir);
    const inputs = [...files].map(([name, bytes], i) => {
      const file = path.join(inDir, `${i}.xlsx`);
      fs.writeFileSync(file, bytes);
      return { name, file, out: path.join(outDir, `${i}.${format}`) };
    });
    // A profile of its own, so parallel runs never share (and lock) one.
    const profile = `file://${path.join(dir, 'profile')}`;
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', format, '--outdir', outDir, ...inputs.map((i) => i.file)], {
      stdio: 'pipe',
      timeout: libreOfficeTimeoutMs,
    });
    return new Map(inputs.map((input) => [input.name, fs.readFileSync(input.out)]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The files after LibreOffice has computed every formula in them, by name. */
export async function recalculateFilesWithLibreOffice(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, ExcelJS.Workbook>> {
  const results = new Map<string, ExcelJS.Workbook>();
  for (const [name, bytes] of convertFilesWithLibreOffice(files)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    results.set(name, workbook);
  }
  return results;
}

/** One workbook, recomputed by LibreOffice. */
export async function recalculateWithLibreOffice(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const results = await recalculateFilesWithLibreOffice(new Map([['workbook', bytes]]));
  return results.get('workbook') as ExcelJS.Workbook;
}

/**
 * The package with every formula cell's cached result removed, so that a spreadsheet engine
 * must compute it (LibreOffice trusts a cached value it finds).
 */
export async function withoutCachedResults(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await (zip.file(name) as JSZip.JSZipObject).async('string');
    const stripped = xml.replace(/<c\b([^>]*?)>(<f\b[^>]*?(?:\/>|>[\s\S]*?<\/f>))<v>[\s\S]*?<\/v><\/c>/g, (_, attributes: string, f: string) => {
      return `<c${attributes.replace(/\st="(str|e|b|n)"/, '')}>${f}</c>`;
    });
    zip.file(name, stripped);
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** A computed cell's value: the number or text LibreOffice stored, or its error text. */
export function computedValue(cell: ExcelJS.Cell): unknown {
  const value = cell.value as unknown;
  if (value && typeof value === 'object' && 'result' in (value as object)) return (value as { result: unknown }).result;
  // ExcelJS's cell.value leaves out a formula's result when it is 0 (a falsy copy); cell.result keeps it.
  if (value && typeof value === 'object' && ('formula' in (value as object) || 'sharedFormula' in (value as object))) return cell.result;
  return value;
}

/** A cell's value with a date read back as its serial: exceljs reads a date-formatted number as a Date (day 0 = 1899-12-30, UTC). */
export function asSerial(value: unknown): unknown {
  return value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;
}
