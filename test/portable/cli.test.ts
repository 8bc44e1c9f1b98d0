/**
 * `hashwatt portable IN.xlsx OUT.xlsx` as a real process (the built CLI, as `npm install`
 * builds it): it writes the copy and says what became native and what was kept as values; it
 * never touches the original and never replaces a file unasked.
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateWorkbooks } from '../../tools/workbooks/build';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'hashwatt.js');

function hashwatt(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('hashwatt portable', () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-portable-'));
    input = path.join(dir, 'halving-path.xlsx');
    const workbook = (await generateWorkbooks()).find((w) => w.fileName === 'halving-path.xlsx');
    fs.writeFileSync(input, (workbook as { bytes: Buffer }).bytes);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a copy with native formulas and a Provenance sheet, and leaves the original as it was', async () => {
    const before = fs.readFileSync(input);
    const output = path.join(dir, 'out.xlsx');
    const run = hashwatt('portable', input, output);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/out\.xlsx: \d+ formulas rewritten in native Excel syntax, 1 ranges kept as values/);
    expect(run.stdout).toContain('Halving path!A25:F61\tspills a table');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.getWorksheet('Provenance')?.getCell('C2').value).toMatch(/^=MINER\.HASHPRICE_PATH\(/);
  });

  it('refuses to replace an existing file without --force, and to write over the original', () => {
    const output = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(output, 'keep me');
    const refused = hashwatt('portable', input, output);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('exists; add --force to replace it');
    expect(fs.readFileSync(output, 'utf8')).toBe('keep me');
    expect(hashwatt('portable', input, output, '--force').status).toBe(0);
    expect(hashwatt('portable', input, input).stderr).toContain('OUT must be another file');
  });

  it('says what is wrong with a missing or unreadable input', () => {
    expect(hashwatt('portable', path.join(dir, 'nope.xlsx'), path.join(dir, 'x.xlsx')).stderr).toContain('nope.xlsx does not exist');
    const notXlsx = path.join(dir, 'text.xlsx');
    fs.writeFileSync(notXlsx, 'not a workbook');
    const run = hashwatt('portable', notXlsx, path.join(dir, 'y.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('could not be converted');
    expect(hashwatt('portable').stderr).toContain('usage: hashwatt portable IN.xlsx OUT.xlsx');
  });
});
