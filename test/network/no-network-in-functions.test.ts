/**
 * Live figures reach formulas only through the NET_* names the task pane writes: no MINER.*
 * function, and nothing in the core they run, may reach the network or import the task pane.
 * A formula's result must not change because a server answered differently.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

const forbidden: readonly [string, RegExp][] = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['http(s) module', /from\s+['"](node:)?https?['"]|require\(\s*['"](node:)?https?['"]\s*\)/],
  ['a mempool.space URL', /mempool\.space/],
  ['an import of the task pane', /from\s+['"][^'"]*taskpane[^'"]*['"]/],
];

describe('no MINER.* function reaches the network', () => {
  const files = ['src/functions', 'src/core'].flatMap((dir) => sourceFiles(path.join(root, dir)));

  it('finds the function and core sources to check', () => {
    expect(files.some((f) => f.endsWith(path.join('src', 'functions', 'index.ts')))).toBe(true);
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(forbidden)('no source under src/functions or src/core uses %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the checks would catch a call (a check that cannot fail proves nothing)', () => {
    const sample = "const r = await fetch('https://mempool.space/api/v1/prices');\nimport { x } from '../taskpane/network/panel';";
    expect(forbidden.filter(([, pattern]) => pattern.test(sample)).map(([what]) => what)).toEqual([
      'fetch(',
      'a mempool.space URL',
      'an import of the task pane',
    ]);
  });
});
