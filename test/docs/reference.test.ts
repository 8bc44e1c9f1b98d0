/**
 * The function reference: docs/functions.md is the generated file (never edited by hand),
 * it documents every function of the metadata, and each worked example in it gives, when
 * evaluated with the add-in's own function, the value the page shows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogueMetadata } from '../../src/catalogue/metadata';
import { generateReference, GeneratedReference } from '../../tools/reference/generate';
import { generatedLine } from '../../tools/reference/render';
import { expectClose } from '../helpers/tolerance';
import { evaluateFormula, Result, Value } from '../templates/formula-eval';

const root = path.join(__dirname, '..', '..');
const onDisk = fs.readFileSync(path.join(root, 'docs', 'functions.md'), 'utf8');

interface Meta {
  id: string;
  helpUrl: string;
  parameters: { name: string }[];
}

/** The markdown of each function, by ID (from its "### ID" heading to the next heading). */
function functionSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^### /m).slice(1)) {
    const id = part.slice(0, part.indexOf('\n')).trim();
    sections.set(id, part.split(/^## /m)[0]);
  }
  return sections;
}

interface ShownExample {
  formula: string;
  shown: string | string[][];
}

function shownExample(section: string): ShownExample {
  const example = section.slice(section.indexOf('**Example**'));
  const scalar = /^`(=MINER\.[^`]+)` returns `([^`]*)`/m.exec(example);
  if (scalar) return { formula: scalar[1], shown: scalar[2] };
  const table = /^`(=MINER\.[^`]+)` returns:\n\n((?:\|.*\|\n?)+)/m.exec(example);
  if (!table) throw new Error(`no example found in:\n${example}`);
  const rows = table[2]
    .trim()
    .split('\n')
    .filter((line) => !/^\|(-+\|)+$/.test(line))
    .map((line) => line.slice(2, -2).split(' | '));
  return { formula: table[1], shown: rows };
}

function expectShown(shown: string, actual: Value, where: string): void {
  if (typeof actual === 'number') {
    expectClose(Number(shown), actual, 0);
    return;
  }
  const text = typeof actual === 'boolean' ? (actual ? 'TRUE' : 'FALSE') : JSON.stringify(actual);
  expect({ where, shown }).toEqual({ where, shown: typeof actual === 'string' ? actual : text });
}

describe('function reference (docs/functions.md)', () => {
  let metadata: { functions: Meta[] };
  let reference: GeneratedReference;

  beforeAll(() => {
    metadata = catalogueMetadata() as unknown as { functions: Meta[] };
    reference = generateReference(root);
  });

  it('is the generated file, and its first line says so (regenerate with npm run docs)', () => {
    expect(onDisk.split('\n')[0]).toBe(generatedLine);
    expect(onDisk).toBe(reference.markdown);
  });

  it('documents every function of the metadata with its syntax, parameters, returns, errors and an example', () => {
    const sections = functionSections(onDisk);
    expect([...sections.keys()].sort()).toEqual(metadata.functions.map((fn) => fn.id).sort());
    for (const fn of metadata.functions) {
      const section = sections.get(fn.id) as string;
      expect(section).toContain(`=MINER.${fn.id}(`);
      for (const p of fn.parameters) expect(section).toContain(`| \`${p.name}\` |`);
      for (const heading of ['**Returns**', '**Errors**', '**Example**']) expect({ id: fn.id, has: section.includes(heading) }).toEqual({ id: fn.id, has: true });
    }
  });

  it('shows, for every example, the value the function itself gives', () => {
    const noCells = (): Value => {
      throw new Error('an example refers to a cell');
    };
    for (const [id, section] of functionSections(onDisk)) {
      const { formula, shown } = shownExample(section);
      const actual: Result = evaluateFormula(formula, 'Sheet1', noCells);
      if (typeof actual === 'object' && actual !== null && !Array.isArray(actual)) throw new Error(`${id}: the example gives ${actual.error}`);
      if (Array.isArray(actual)) {
        if (!Array.isArray(shown)) throw new Error(`${id}: shows one value, the function spills`);
        expect({ id, rows: shown.length, cols: shown[0].length }).toEqual({ id, rows: actual.length, cols: actual[0].length });
        actual.forEach((row, r) => row.forEach((value, c) => expectShown(shown[r][c], value, `${id} [${r},${c}]`)));
      } else {
        if (Array.isArray(shown)) throw new Error(`${id}: shows a table, the function gives one value`);
        expectShown(shown, actual, id);
      }
    }
  });

  it('lists each rule of each parameter as a #VALUE! error, and the documented #N/A, #DIV/0! and #NUM! cases', () => {
    const sections = functionSections(onDisk);
    let codes = new Set<string>();
    for (const section of reference.sections) {
      for (const fn of section.functions) {
        const text = sections.get(fn.id) as string;
        for (const p of fn.parameters) for (const rule of p.rules) expect(text).toContain(`- \`#VALUE!\` \`${p.name}\` ${rule}`);
        codes = new Set([...codes, ...fn.errors.map((e) => e.code)]);
      }
    }
    expect([...codes].sort()).toEqual(['#DIV/0!', '#N/A', '#NUM!', '#VALUE!']);
    expect(sections.get('CONVERSION_PAYBACK_YEARS')).toMatch(/- `#N\/A` "does not pay back within N years"/);
    expect(sections.get('COMPANY')).toMatch(/- `#N\/A` for an unknown ticker/);
  });

  it('renders the help page with an anchor at each function help URL', () => {
    for (const fn of metadata.functions) {
      const anchor = fn.helpUrl.split('#')[1];
      expect(reference.html).toContain(`<h3 id="${anchor}">${fn.id}</h3>`);
    }
    expect(reference.html.split('\n')[1]).toBe(generatedLine);
  });
});
