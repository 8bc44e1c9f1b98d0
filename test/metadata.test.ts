/**
 * The metadata contract: functions.json, written from the catalogue (src/catalogue) as the
 * build writes it, must equal the committed golden file. Function IDs and parameter
 * names live in users' workbooks: a change here must be made on purpose, by regenerating the
 * golden file (`npm run metadata:golden`) and reviewing the diff.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogueMetadata } from '../src/catalogue/metadata';
import { functionsById } from '../src/functions/registry';

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionEntry {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const goldenFile = path.join(__dirname, 'golden', 'functions.json');

describe('functions.json metadata', () => {
  let generated: { functions: FunctionEntry[] };
  const golden = JSON.parse(fs.readFileSync(goldenFile, 'utf8')) as { functions: FunctionEntry[] };

  beforeAll(() => {
    generated = JSON.parse(JSON.stringify(catalogueMetadata())) as { functions: FunctionEntry[] };
  });

  it('equals the committed golden file (IDs, parameters, optionality, result shapes, descriptions)', () => {
    expect(generated).toEqual(golden);
  });

  it('gives every function an UPPER_CASE ID, a description and a help URL to its reference entry', () => {
    for (const fn of generated.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(fn.name).toBe(fn.id);
      expect(fn.description && fn.description.length).toBeGreaterThan(20);
      expect(fn.helpUrl).toBe(`https://localhost:3000/docs/functions.html#${fn.id.toLowerCase()}`);
    }
  });

  it('names every parameter in snake_case and describes it', () => {
    for (const fn of generated.functions) {
      for (const parameter of fn.parameters) {
        expect(parameter.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(parameter.description && parameter.description.length).toBeGreaterThan(5);
      }
    }
  });

  it('puts optional parameters only after the required ones', () => {
    for (const fn of generated.functions) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  it('has exactly one exported Excel-layer function per ID, and no exported function without metadata', () => {
    const ids = generated.functions.map((fn) => fn.id).sort();
    expect(new Set(ids).size).toBe(ids.length);
    expect([...functionsById().keys()].sort()).toEqual(ids);
  });
});
