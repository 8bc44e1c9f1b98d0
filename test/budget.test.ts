/**
 * Budgets for what ships: no script may grow past test/budget.json, none ships what the other
 * already ships, and the shipped functions.json may not lose a field. All are read from a fresh
 * production build
 * (webpack --mode production into test-artifacts/budget-dist/), so neither a stale dist/ nor a
 * development build decides the outcome, and dist/ is left alone for the other tests.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

interface Budget {
  rawBytes: number;
  gzipBytes: number;
}

const root = path.join(__dirname, '..');
const outDir = path.join(root, 'test-artifacts', 'budget-dist');
const budgets = JSON.parse(fs.readFileSync(path.join(__dirname, 'budget.json'), 'utf8')) as Record<string, Budget | string>;
const golden = JSON.parse(fs.readFileSync(path.join(__dirname, 'golden', 'functions.json'), 'utf8')) as { functions: Entry[] };

type Entry = Record<string, unknown> & { id: string; parameters?: Record<string, unknown>[] };

/** The fields every function and every parameter of the shipped functions.json must carry. */
const functionFields = ['id', 'name', 'description', 'helpUrl', 'parameters', 'result'];
const parameterFields = ['name', 'description', 'type'];

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

beforeAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', outDir], {
    cwd: root,
    stdio: 'pipe',
  });
}, 180_000);

describe('size budgets (test/budget.json)', () => {
  const files = Object.keys(budgets).filter((key) => !key.startsWith('_'));

  it('budgets every script the build emits', () => {
    const scripts = fs.readdirSync(outDir).filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`);
    expect(scripts.sort()).toEqual(['dist/functions.js', 'dist/shared.js', 'dist/taskpane.js']);
    expect(files.sort()).toEqual(scripts.sort());
  });

  it('ships decimal.js and the bundled data once, in shared.js, and the core once, in functions.js; the page loads them in that order, then taskpane.js', () => {
    const [shared, functions, taskpane, page] = ['shared.js', 'functions.js', 'taskpane.js', 'taskpane.html'].map((name) => fs.readFileSync(path.join(outDir, name), 'utf8'));
    // decimal.js's error name, a preset's ticker and an ASIC's model name mark each of them.
    for (const marker of ['[DecimalError] ', '"IREN"', '"Antminer S19j Pro"']) {
      expect([shared.includes(marker), functions.includes(marker), taskpane.includes(marker)]).toEqual([true, false, false]);
    }
    // A rule's message marks the core.
    expect([functions.includes('must be > 0'), taskpane.includes('must be > 0')]).toEqual([true, false]);
    const order = ['src=shared.js', 'src=functions.js', 'src=taskpane.js'].map((script) => page.indexOf(script));
    expect(order[0]).toBeGreaterThan(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  for (const file of files) {
    it(`${file} stays within its raw and gzipped budget`, () => {
      const budget = budgets[file] as Budget;
      const content = fs.readFileSync(path.join(outDir, path.relative('dist', file)));
      const size: Budget = { rawBytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
      const over = (['rawBytes', 'gzipBytes'] as const)
        .filter((kind) => size[kind] > budget[kind])
        .map((kind) => `${file} ${kind} ${size[kind]} > budget ${budget[kind]} (how to raise it: test/budget.json)`);
      expect(over).toEqual([]);
    });
  }
});

describe('the shipped functions.json keeps its fields', () => {
  let shipped: { functions: Entry[] };
  beforeAll(() => {
    shipped = JSON.parse(fs.readFileSync(path.join(outDir, 'functions.json'), 'utf8'));
  });

  it('gives every function id, name, description, helpUrl, parameters and result, and every parameter name, description and type', () => {
    const missing: string[] = [];
    for (const fn of shipped.functions) {
      for (const field of functionFields) if (!present(fn[field])) missing.push(`${fn.id}.${field}`);
      (fn.parameters ?? []).forEach((parameter, i) => {
        for (const field of parameterFields) if (!present(parameter[field])) missing.push(`${fn.id}.parameters[${i}].${field}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('keeps every function, parameter and field of the golden file (test/golden/functions.json)', () => {
    const byId = new Map(shipped.functions.map((fn) => [fn.id, fn]));
    const lost: string[] = [];
    for (const expected of golden.functions) {
      const actual = byId.get(expected.id);
      if (!actual) {
        lost.push(expected.id);
        continue;
      }
      for (const field of Object.keys(expected)) if (!present(actual[field])) lost.push(`${expected.id}.${field}`);
      (expected.parameters ?? []).forEach((parameter, i) => {
        const shippedParameter = actual.parameters?.[i];
        for (const field of Object.keys(parameter)) {
          if (!shippedParameter || !present(shippedParameter[field])) lost.push(`${expected.id}.parameters[${i}].${field}`);
        }
      });
      const expectedResult = (expected.result ?? {}) as Record<string, unknown>;
      const actualResult = (actual.result ?? {}) as Record<string, unknown>;
      for (const field of Object.keys(expectedResult)) if (!present(actualResult[field])) lost.push(`${expected.id}.result.${field}`);
    }
    expect(lost).toEqual([]);
  });
});
