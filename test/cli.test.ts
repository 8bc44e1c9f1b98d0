/**
 * The CLI, run as a real process (`node bin/hashwatt.js`, what `npx hashwatt` runs), built
 * by the jest global setup the way `npm install` builds it.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { expectClose } from './helpers/tolerance';

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin', 'hashwatt.js');

function hashwatt(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
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
    expect(hashwatt('NETWORK', 'date').stdout.trim()).toBe('46034');
    expect(hashwatt('COMPANY', 'IREN', 'shares_outstanding').stdout.trim()).toBe('333700000');
    expect(hashwatt('COMPANY', 'IREN', 'power_capacity_mw', '', 'as_of').stdout.trim()).toBe('46058');
    const notes = hashwatt('NOTES', 'IREN');
    expect(notes.status).toBe(0);
    const lines = notes.stdout.trim().split('\n');
    expect(lines[0].split('\t')).toEqual(['name', 'principal_usd', 'coupon', 'maturity', 'conversion_price_usd', 'cap_price_usd', 'holder_put_date', 'as_of', 'source']);
    expect(lines).toHaveLength(6);
    expect(hashwatt('ASIC', 'S21', 'efficiency_j_per_th').stdout.trim()).toBe('17.5');
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
});
