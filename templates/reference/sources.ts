/**
 * What the function reference reads from the code beside the metadata: each MINER.*
 * function's section file and @returns text (src/functions/*.ts JSDoc), the parameter specs
 * and core function it calls (captured at the one bridge, src/functions/invoke.ts), and the
 * core function's failures other than invalid input (its @throws lines in src/core).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ParamSpec } from '../../src/core/params';
import * as invoke from '../../src/functions/invoke';

export interface Declaration {
  readonly id: string;
  /** The section file's base name: protocol, mining, hosting, data, units. */
  readonly section: string;
  readonly returns: string;
}

/** The tags of a JSDoc block, each with its text joined over continuation lines. */
export function jsdocTags(block: string): { tag: string; text: string }[] {
  const lines = block
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const tags: { tag: string; text: string }[] = [];
  for (const line of lines) {
    const m = /^@(\w+)\s*(.*)$/.exec(line.trim());
    if (m) tags.push({ tag: m[1], text: m[2].trim() });
    else if (tags.length > 0 && line.trim()) tags[tags.length - 1].text += ` ${line.trim()}`;
  }
  return tags;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
    })
    .sort();
}

/** Every @customfunction of src/functions/*.ts, in file order, with its @returns text. */
export function readDeclarations(functionsDir: string): Declaration[] {
  const declarations: Declaration[] = [];
  for (const file of fs.readdirSync(functionsDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort()) {
    const source = fs.readFileSync(path.join(functionsDir, file), 'utf8');
    for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
      const tags = jsdocTags(block);
      const id = tags.find((t) => t.tag === 'customfunction')?.text.split(/\s+/)[0];
      if (!id) continue;
      declarations.push({ id, section: file.replace(/\.ts$/, ''), returns: tags.find((t) => t.tag === 'returns')?.text ?? '' });
    }
  }
  return declarations;
}

export interface Captured {
  readonly specs: readonly ParamSpec[];
  /** The core function's name, when it is a named function. */
  readonly coreName: string;
}

const stop = new Error('captured');

/**
 * The parameter specs and core function a MINER.* function passes to the invoke bridge,
 * found by calling it once with the bridge's three entry points replaced by a recorder
 * (module exports are read at call time in CommonJS, so the replacement is what it calls).
 */
export function captureCall(fn: (...args: unknown[]) => unknown): Captured {
  const bridge = invoke as unknown as Record<string, unknown>;
  const names = ['callNumber', 'callValue', 'callTable'];
  const saved = names.map((name) => bridge[name]);
  let captured: Captured | undefined;
  names.forEach((name) => {
    bridge[name] = (specs: readonly ParamSpec[], _args: unknown, core: { name?: string }) => {
      captured = { specs, coreName: core?.name ?? '' };
      throw stop;
    };
  });
  try {
    fn();
  } catch (error) {
    if (error !== stop) throw error;
  } finally {
    names.forEach((name, i) => {
      bridge[name] = saved[i];
    });
  }
  if (!captured) throw new Error('the function did not call callNumber, callValue or callTable');
  return captured;
}

const codeByKind: Record<string, string> = {
  not_found: '#N/A',
  no_solution: '#N/A',
  division_by_zero: '#DIV/0!',
  not_finite: '#NUM!',
};

export interface Failure {
  readonly code: string;
  readonly when: string;
}

/** The core functions' failures other than invalid input, by function name, from their @throws lines. */
export function readCoreFailures(coreDir: string): Map<string, Failure[]> {
  const failures = new Map<string, Failure[]>();
  for (const file of sourceFiles(coreDir)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*export function (\w+)/g)) {
      const list = jsdocTags(m[1])
        .filter((t) => t.tag === 'throws')
        .map((t) => /^(\w+)\s+(.*)$/.exec(t.text))
        .filter((x): x is RegExpExecArray => x !== null && x[1] in codeByKind)
        .map((x) => ({ code: codeByKind[x[1]], when: x[2].replace(/\s+/g, ' ') }));
      failures.set(m[2], list);
    }
  }
  return failures;
}
