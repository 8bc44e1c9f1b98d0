/**
 * The CLI, run as a real process (`node bin/hashwatt.js`, what `npx hashwatt` runs), built
 * by the jest global setup the way `npm install` builds it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expectClose } from './helpers/tolerance';

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'hashwatt.js');

function hashwatt(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** hashwatt with `input` on its standard input. */
function hashwattFed(input: string | Buffer, ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A shell command line run as a user types it, the CLI as `hashwatt`. */
function shell(command: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('sh', ['-c', command.replace(/hashwatt /g, `"${process.execPath}" "${bin}" `)], { cwd: root, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('hashwatt CLI', () => {
  it('prints hashprice for the 2026-01-12 network (Hashrate Index published $39.53 at its own price timing)', () => {
    const out = hashwatt('HASHPRICE', '91132', '1048.5', '0.0173');
    expect(out.status).toBe(0);
    expectClose(Number(out.stdout.trim()), 39.329, 1e-4);
  });

  it('reads a negative number as a value and reports the Excel error with exit status 1', () => {
    const out = hashwatt('HASHPRICE', '91132', '-5');
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toBe('#VALUE! network_hashrate_ehs must be > 0 (got -5)');
  });

  it('accepts MINER.-prefixed and lower-case names, and blanks for skipped optionals', () => {
    expect(hashwatt('miner.subsidy', '840000').stdout.trim()).toBe('3.125');
    const skipped = hashwatt('HASHPRICE', '91132', '1048.5', '', '1050000');
    expect(skipped.status).toBe(0);
    expectClose(Number(skipped.stdout), (91132 * 1.5625 * 144) / 1048500, 1e-12);
  });

  // data/network.json: the latest complete snapshot is 2026-01-12 (serial 46034). data/presets/IREN.json:
  // 333.7M weighted basic shares, Q3 FY26 [U]; 4,500 MW secured as of 2026-02-05 (serial 46058).
  // data/asics.json: Antminer S21, 17.5 J/TH (d-central.tech).
  it('answers the data functions: the snapshot date, a figure and its date, the notes, a short machine name', () => {
    expect(hashwatt('NETWORK', 'date').stdout.trim()).toBe('2026-10-05');
    expect(hashwatt('NETWORK', 'date', '--serial').stdout.trim()).toBe('46300');
    // The 2025-11-03 Hashrate Index roundup's ~$106,935, dated by its row.
    expect(hashwatt('NETWORK', 'btc_price_usd', '2025-11-03').stdout.trim()).toBe('106935');
    expect(hashwatt('NETWORK', 'btc_price_usd', '2025-11-03', 'as_of').stdout.trim()).toBe('2025-11-03');
    expect(hashwatt('COMPANY', 'IREN', 'shares_outstanding').stdout.trim()).toBe('333700000');
    expect(hashwatt('COMPANY', 'IREN', 'power_capacity_mw', '', 'as_of').stdout.trim()).toBe('2026-02-05');
    expect(hashwatt('COMPANY', 'IREN', 'power_capacity_mw', '', 'as_of', '--serial').stdout.trim()).toBe('46058');
    expect(hashwatt('COMPANY', 'IREN', 'power_capacity_mw', '', 'unit').stdout.trim()).toBe('MW');
    const notes = hashwatt('NOTES', 'IREN');
    expect(notes.status).toBe(0);
    const lines = notes.stdout.trim().split('\n');
    expect(lines[0].split('\t')).toEqual(['name', 'principal_usd', 'coupon', 'maturity', 'conversion_price_usd', 'cap_price_usd', 'holder_put_date', 'as_of', 'source']);
    expect(lines).toHaveLength(6);
    expect(hashwatt('ASIC', 'S21', 'efficiency_j_per_th').stdout.trim()).toBe('17.5');
  });

  // The checks of SOTP, as an analyst types them: CORZ has no sourced debt_usd or share
  // count (data/presets/CORZ.json), HUT carries River Bend's $3.25B project notes (2026-04-30).
  it('SOTP: #N/A naming debt without a debt figure, a value with it in overrides, HUT net of River Bend', () => {
    const row = (out: string, part: string) => out.split('\n').map((line) => line.split('\t')).find((cells) => cells[0] === part) as string[];
    const corz = hashwatt('SOTP', 'CORZ', '90000', '50', '0', '14000000', '5000000', '0.5', '2026-06-30', '', 'TRUE');
    expect(corz.status).toBe(0);
    expect(row(corz.stdout, 'debt')[4]).toBe('#N/A debt needs debt_usd: CORZ has no sourced figure on or before 2026-06-30; give it in overrides (debt_usd)');
    expect(row(corz.stdout, 'equity value')[4]).toMatch(/^#N\/A equity value needs debt_usd/);
    expect(row(corz.stdout, 'value per share')[5]).toMatch(/^#N\/A value per share needs debt_usd and shares_outstanding/);
    const withDebt = hashwatt('SOTP', 'CORZ', '90000', '50', '0', '14000000', '5000000', '0.5', '2026-06-30', '', 'TRUE', '[["debt_usd",1085000000],["shares_outstanding",300000000]]');
    expect(Number(row(withDebt.stdout, 'equity value')[4])).toBeGreaterThan(0);
    expect(Number(row(withDebt.stdout, 'value per share')[5])).toBeGreaterThan(0);
    expect(row(withDebt.stdout, 'debt less notes counted as shares')[7]).toBe('analyst input');
    const iren = hashwatt('SOTP', 'IREN', '90000', '40', '0', '17000000', '0', '1', '2026-03-31', '', '', '[["contracted_mw",660]]');
    expect(row(iren.stdout, 'contracted AI/HPC').filter((_, i) => i !== 5)).toEqual(['contracted AI/HPC', '660', 'MW', '17000000', '11220000000', '', 'analyst input']);
    const hut = hashwatt('SOTP', 'HUT', '90000', '50', '0', '17000000', '5000000', '0.5');
    expect(row(hut.stdout, 'project debt').slice(1, 7)).toEqual(['3250000000', 'USD', '-1', '-3250000000', String(-3250000000 / 111000000), '2026-04-30']);
    expect(row(hut.stdout, 'project debt')[7]).toMatch(/hut-8-closes-dollar325-billion/);
  });

  it('runs a fan past five years with paths blank, and names the cap for an explicit paths over it', () => {
    // 61 months: blank paths give floor(600,000 ÷ 61) = 9,836 paths; 10,000 would pass the cap.
    const fan = hashwatt('HASHPRICE_FAN', '46101', '61', '70343.9', '957.7', '941472', '0.5');
    expect(fan.status).toBe(0);
    const lines = fan.stdout.trim().split('\n');
    expect(lines).toHaveLength(62);
    expect(lines[61].split('\t')[0]).toBe('2031-03-20');
    const over = hashwatt('HASHPRICE_FAN', '46101', '61', '70343.9', '957.7', '941472', '0.5', '0', '0', '0', '10000');
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('#VALUE! paths must be <= 600,000 ÷ months (9,836 for 61 months) (got 10000)');
  });

  it('lists the bundled data sets with their newest date and their age against today', () => {
    const out = hashwatt('data');
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n').map((line) => line.split('\t'));
    expect(lines[0]).toEqual(['data_set', 'file', 'newest', 'age_days']);
    // The newest network figure is the 2026-10-05 capture; its age follows the clock.
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    const age = Math.round((today - Date.parse('2026-10-05')) / 86_400_000);
    expect(lines[1]).toEqual(['network history', 'data/network.json', '2026-10-05', String(age)]);
    expect(lines.some(([, file]) => file === 'data/presets/IREN.json')).toBe(true);
  });

  it('lists every function with its parameters', () => {
    const out = hashwatt('list');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('HASHPRICE(btc_price_usd, network_hashrate_ehs, [fees_btc_per_block], [block_height])');
  });

  it('names an unknown function and a wrong argument count', () => {
    const unknown = hashwatt('NOPE', '1');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('#NAME? unknown function NOPE');
    const tooMany = hashwatt('SUBSIDY', '1', '2');
    expect(tooMany.status).toBe(1);
    expect(tooMany.stderr).toContain('#VALUE! SUBSIDY takes 1 arguments (got 2)');
  });

  it('reports text where a number belongs', () => {
    const out = hashwatt('SUBSIDY', 'abc');
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toBe('#VALUE! block_height must be a number (got "abc")');
  });

  it('answers --version, and prints the usage on stderr with exit status 1 when nothing is asked', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(hashwatt('--version').stdout).toBe(`hashwatt ${pkg.version}\n`);
    const bare = hashwatt();
    expect(bare.status).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^usage: hashwatt FUNCTION/);
  });

  it('explains a function from its declaration: parameters with units and rules, the example, the math', () => {
    const out = hashwatt('help', 'breakeven_btc');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('BREAKEVEN_BTC(efficiency_j_per_th, power_price_usd_per_kwh, network_hashrate_ehs');
    expect(out.stdout).toContain('power_price_usd_per_kwh (required)\n    Power price in USD/kWh, >= 0.\n    rules: must be >= 0\n    plausible: 0 to 0.5');
    expect(out.stdout).toContain('Example: =MINER.BREAKEVEN_BTC(17.5, 0.04, 1048.5, 0.0173, , 0.02)');
    expect(out.stdout).toContain('The math: =(efficiency_j_per_th*24*power_price_usd_per_kwh');
  });

  it('suggests the function meant by a mistyped name', () => {
    expect(hashwatt('HASHPRCE', '1', '2').stderr).toContain('unknown function HASHPRCE; did you mean HASHPRICE?');
    expect(hashwatt('help', 'breakeven').stderr).toContain('did you mean BREAKEVEN_BTC, BREAKEVEN_HASHPRICE, BREAKEVEN_NETWORK_HASHRATE, BREAKEVEN_POWER?');
  });

  it('reads percentages and thousands separators as Excel shows them', () => {
    expect(hashwatt('COLO_MW_REVENUE', '150', '95%').stdout.trim()).toBe('1710000');
    expect(hashwatt('AI_MW_REVENUE', '9,700,000,000', '5', '200').stdout.trim()).toBe('9700000');
    expectClose(Number(hashwatt('CONTRACT_PV', '1,000', '1', '2.5%').stdout), 1000 / 1.025);
  });

  it('prints dates as dates (a result or a table column named for a date), and serials with --serial', () => {
    expect(hashwatt('HALVING_DATE', '941472', '2026-03-20').stdout).toBe('2028-04-11 16:00\n');
    expect(hashwatt('HALVING_DATE', '941472', '2026-03-20', '--serial').stdout.trim()).toBe(String(46101 + (108528 * 10) / 1440));
    expect(hashwatt('CONTRACTS', 'IREN').stdout).toMatch(/\tsigned\n.*\t\d{4}-\d{2}-\d{2}\n/);
  });

  it('warns on stderr when an argument is far outside its plausible range, without changing the result', () => {
    const slip = hashwatt('BREAKEVEN_BTC', '17.5', '5', '1048.5');
    const meant = hashwatt('BREAKEVEN_BTC', '17.5', '0.05', '1048.5');
    expect(slip.status).toBe(0);
    expect(Number(slip.stdout)).toBeCloseTo(Number(meant.stdout) * 100, 6);
    expect(slip.stderr).toBe('warning: power_price_usd_per_kwh 5 is outside its plausible range 0 to 0.5; check the unit (Power price in USD/kWh, >= 0.)\n');
    expect(meant.stderr).toBe('');
  });

  it('prints one JSON object a call with --json', () => {
    expect(JSON.parse(hashwatt('--json', 'SUBSIDY', '840000').stdout)).toEqual({ function: 'SUBSIDY', args: [840000], result: 3.125 });
    const failed = hashwatt('--json', 'HASHPRICE', '91132', '-5');
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout).error).toEqual({ code: '#VALUE!', message: 'network_hashrate_ehs must be > 0 (got -5)' });
  });

  it('evaluates a CSV batch, a row per call, one result per row, and says which rows failed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-csv-'));
    const file = path.join(dir, 'calls.csv');
    fs.writeFileSync(file, 'function,arg1,arg2,arg3\nHASHPRICE,91132,1048.5,0.0173\nAI_MW_REVENUE,"9,700,000,000",5,200\nHALVING_DATE,941472,2026-03-20\nSUBSIDY,-1\n');
    const out = hashwatt('--csv', file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(out.status).toBe(1);
    // One line an input row, in order: the function and its arguments as given, then the result or the error.
    expect(out.stdout.split('\n')).toEqual([
      'function,arg1,arg2,arg3,result,error',
      'HASHPRICE,91132,1048.5,0.0173,39.32897285493562,',
      'AI_MW_REVENUE,"9,700,000,000",5,200,9700000,',
      'HALVING_DATE,941472,2026-03-20,,2028-04-11 16:00,',
      'SUBSIDY,-1,,,,#VALUE! block_height must be >= 0 (got -1)',
      '',
    ]);
  });

  it('reads the --csv batch from standard input with -, and keeps a table result on its one line, dates as dates', () => {
    const out = hashwattFed('HASHPRICE,91132,1048.5,0.0173\nHASHPRICE_PATH,2026-10-05,2,86303.18,950,969991\n', '--csv', '-');
    expect(out.status).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('HASHPRICE,91132,1048.5,0.0173,,,39.32897285493562,');
    expect(lines[2]).toMatch(/^HASHPRICE_PATH,2026-10-05,2,86303\.18,950,969991,"\[\[""date"",.*\[""2026-10-05"",969991,3\.125,950,86303\.18,[\d.]+\],\[""2026-11-05"",/);
    const serial = hashwattFed('HASHPRICE_PATH,2026-10-05,1,86303.18,950,969991\n', '--csv', '-', '--serial');
    expect(serial.stdout).toContain('[46300,969991,');
    expect(hashwattFed('', '--csv', '-').stdout).toBe('function,result,error\n');
  });

  it('carries ISO dates in --json tables and date results, serials with --serial', () => {
    const table = JSON.parse(hashwatt('--json', 'HASHPRICE_PATH', '2026-10-05', '2', '86303.18', '950', '969991').stdout);
    expect(table.result[0][0]).toBe('date');
    expect(table.result.slice(1).map((row: unknown[]) => row[0])).toEqual(['2026-10-05', '2026-11-05']);
    expect(table.args[0]).toBe(46300);
    const serials = JSON.parse(hashwatt('--json', '--serial', 'HASHPRICE_PATH', '2026-10-05', '2', '86303.18', '950', '969991').stdout);
    expect(serials.result.slice(1).map((row: unknown[]) => row[0])).toEqual([46300, 46331]);
    expect(JSON.parse(hashwatt('--json', 'HALVING_DATE', '941472', '2026-03-20').stdout).result).toBe('2028-04-11 16:00');
    expect(JSON.parse(hashwatt('--json', 'NETWORK', 'date').stdout).result).toBe('2026-10-05');
  });

  it("feeds one function's table into another in one command line: ASIC_CASHFLOWS on HASHPRICE_PATH's hashprice column", () => {
    const path36 = 'hashwatt HASHPRICE_PATH 2026-10-05 36 86303.18 950 969991 0.025 0 0.014073';
    const piped = shell(`${path36} | hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice_usd_per_ph_day 1890`);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    // The same call with the column typed out by hand, read from the path's own output.
    const pathRows = hashwatt(...path36.split(' ').slice(1)).stdout.trim().split('\n').map((line) => line.split('\t'));
    const column = pathRows[0].indexOf('hashprice_usd_per_ph_day');
    const typed = hashwatt('ASIC_CASHFLOWS', '2026-10-05', '36', '270', '13.5', '0.04', JSON.stringify(pathRows.slice(1).map((row) => [Number(row[column])])), '1890');
    expect(typed.status).toBe(0);
    expect(piped.stdout).toBe(typed.stdout);
    expect(piped.stdout.trim().split('\n')).toHaveLength(37);
    // By column number, and a column that is not there named with the ones that are.
    expect(shell(`${path36} | hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:6 1890`).stdout).toBe(typed.stdout);
    const missing = shell(`${path36} | hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice 1890`);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(
      'hashwatt: -:hashprice: no column "hashprice" in the table on standard input; its columns are date, block_height, subsidy_btc, network_hashrate_ehs, btc_price_usd, hashprice_usd_per_ph_day\n',
    );
    expect(hashwattFed('', 'ASIC_CASHFLOWS', '2026-10-05', '1', '270', '13.5', '0.04', '-').stderr).toBe('hashwatt: -: standard input holds no table\n');
    // `hashwatt help` and the README show this very command line.
    const help = hashwatt('help').stdout;
    expect(help).toContain('hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice_usd_per_ph_day 1890');
    expect(help).toContain('hashwatt HASHPRICE_PATH 2026-10-05 36 86303.18 950 969991 0.025 0 0.014073');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('| hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice_usd_per_ph_day 1890');
  });

  it('says in one line, without a stack trace, that --csv was given a directory or a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hashwatt-csv-'));
    try {
      for (const [file, problem] of [
        [dir, 'is a directory, not a file'],
        [path.join(dir, 'missing.csv'), 'does not exist'],
        [path.join(dir, 'no-folder', 'calls.csv'), 'does not exist'],
      ]) {
        const out = hashwatt('--csv', file);
        expect(out.status).toBe(1);
        expect(out.stdout).toBe('');
        expect(out.stderr).toBe(`hashwatt --csv: ${file} ${problem}\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends quietly when the reader of its output goes away (a 1,200-month path piped into head -1)', () => {
    const command = `"${process.execPath}" "${bin}" HASHPRICE_PATH 2026-01-01 1200 91132 1048.5 930000 | head -1`;
    const result = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.stderr).toBe('');
  });
});
