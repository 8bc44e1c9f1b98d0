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
import { zipBomb } from './zip-bomb';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'hashwatt.js');

function hashwatt(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  return hashwattWith([], ...args);
}

/** The CLI run with options for node itself (a heap limit). */
function hashwattWith(nodeOptions: string[], ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [...nodeOptions, bin, ...args], { cwd: root, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A refusal: exit status 1 and one line on stderr, no stack trace. */
function expectOneLine(run: { stdout: string; stderr: string; status: number | null }, text: string): void {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(text)]);
  expect(run.stderr).not.toMatch(/\n\s+at /);
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
    // Today's network inputs read bundled data (NETWORK) and are kept as values; the path spills
    // as one plain formula a cell, so it is not.
    expect(run.stdout).toMatch(/out\.xlsx: \d+ formulas rewritten in native Excel syntax, 5 ranges kept as values/);
    expect(run.stdout).toContain('Halving path!B9\treads bundled data (NETWORK)');
    expect(run.stdout).not.toContain('spills a table');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    const frozen = copy.getWorksheet('Provenance')!.getColumn(3).values.map(String);
    expect(frozen).toContain('=MINER.NETWORK("btc_price_usd")');
    expect(frozen.some((formula) => /^=MINER\.HASHPRICE_PATH\(/.test(formula))).toBe(false);
    expect(copy.getWorksheet('Halving path')?.getCell('F26').formula).toMatch(/^IF\(A26="",""/);
  });

  it('reads the workbook from standard input with -', async () => {
    const output = path.join(dir, 'from-stdin.xlsx');
    const result = spawnSync(process.execPath, [bin, 'portable', '-', output], { cwd: root, encoding: 'utf8', input: fs.readFileSync(input) });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/from-stdin\.xlsx: \d+ formulas rewritten in native Excel syntax, 5 ranges kept as values/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(output);
    expect(copy.getWorksheet('Provenance')).toBeDefined();
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

  it('refuses OUT when it is the original under another name: a symbolic link, a hard link, a link to its folder', () => {
    const before = fs.readFileSync(input);
    const symlink = path.join(dir, 'link.xlsx');
    fs.symlinkSync(input, symlink);
    const hardLink = path.join(dir, 'hard.xlsx');
    fs.linkSync(input, hardLink);
    const folderLink = path.join(dir, 'same-folder');
    fs.symlinkSync(dir, folderLink);
    for (const alias of [symlink, hardLink, path.join(folderLink, 'halving-path.xlsx')]) {
      expectOneLine(hashwatt('portable', input, alias, '--force'), 'OUT must be another file: the original is never changed');
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it('says in one line what is wrong with a directory, a missing folder or an unreadable file, never with a stack trace', () => {
    expectOneLine(hashwatt('portable', dir, path.join(dir, 'a.xlsx')), `${dir} is a directory, not a file`);
    expectOneLine(hashwatt('portable', input, dir, '--force'), `${dir} is a directory, not a file`);
    expectOneLine(hashwatt('portable', input, path.join(dir, 'no-folder', 'a.xlsx')), 'no-folder does not exist');
    expectOneLine(hashwatt('portable', path.join(dir, 'no-folder', 'in.xlsx'), path.join(dir, 'b.xlsx')), 'in.xlsx does not exist');
  });

  // As root every file is readable: the unreadable case runs as the unprivileged user nobody.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('says in one line that an input cannot be read (run as another user)', () => {
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-unreadable-'));
    try {
      fs.chmodSync(shared, 0o777);
      const locked = path.join(shared, 'locked.xlsx');
      fs.copyFileSync(input, locked);
      fs.chmodSync(locked, 0o000);
      const run = spawnSync(process.execPath, [bin, 'portable', locked, path.join(shared, 'out.xlsx')], { cwd: root, encoding: 'utf8', uid: 65534, gid: 65534 });
      expectOneLine({ stdout: run.stdout, stderr: run.stderr, status: run.status }, 'locked.xlsx cannot be read or written (permission denied)');
      const csv = spawnSync(process.execPath, [bin, '--csv', locked], { cwd: root, encoding: 'utf8', uid: 65534, gid: 65534 });
      expectOneLine({ stdout: csv.stdout, stderr: csv.stderr, status: csv.status }, 'locked.xlsx cannot be read or written (permission denied)');
    } finally {
      fs.rmSync(shared, { recursive: true, force: true });
    }
  });

  // 512 MB of spaces deflate to about 500 KB. With a 96 MB heap, inflating the part would end the
  // process with an out-of-memory crash; the limit stops it first with one line naming the limit.
  it.each([
    ['declares its true size', false],
    ['lies about its size in the zip directory', true],
  ])('refuses a zip bomb whose sheet %s, within a small heap, naming the limit', async (_, lie) => {
    const bomb = path.join(dir, `bomb-${lie}.xlsx`);
    fs.writeFileSync(bomb, await zipBomb(fs.readFileSync(input), 'xl/worksheets/sheet1.xml', 512 * 1024 * 1024, lie));
    expect(fs.statSync(bomb).size).toBeLessThan(1024 * 1024);
    const run = hashwattWith(['--max-old-space-size=96'], 'portable', bomb, path.join(dir, 'bomb-out.xlsx'));
    expectOneLine(run, 'xl/worksheets/sheet1.xml inflates to');
    expect(run.stderr).toContain('over the limit of 64 MB a part');
    expect(fs.existsSync(path.join(dir, 'bomb-out.xlsx'))).toBe(false);
  }, 120_000);
});
