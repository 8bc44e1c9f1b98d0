/**
 * What the function reference reads from the core beside the catalogue: each core function's
 * failures other than invalid input, from the @throws lines of its doc comment in src/core.
 */
import * as fs from 'fs';
import * as path from 'path';
import { excelCodeByKind } from '../../src/functions/excel-error';

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

/** The kinds a @throws line names besides invalid input (listed from each parameter's rules). */
const codeByKind: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(excelCodeByKind).filter(([kind]) => kind !== 'invalid_input'),
);

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
