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
