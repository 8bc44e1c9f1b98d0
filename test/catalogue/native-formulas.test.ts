/**
 * Every native formula of the catalogue, computed by LibreOffice (an independent spreadsheet
 * engine), equals the add-in's own result to 1e-9 relative on 50 generated argument sets per
 * function: plausible values of every parameter (src/catalogue/parameter-text.ts), optional
 * arguments sometimes left out so the declared defaults are written in, and text arguments as
 * literals. One workbook, a sheet per function, one LibreOffice run.
 */
import ExcelJS from 'exceljs';
import { catalogue } from '../../src/catalogue';
import { nativeFormula, nativeFormulaOf } from '../../src/catalogue/native-forms';
import { parameterTextOf } from '../../src/catalogue/parameter-text-of';
import type { CatalogueEntry } from '../../src/catalogue/types';
import type { ParamSpec } from '../../src/core/params';
import { unitFamilies } from '../../src/core/units';
import { excelFunction } from '../../src/functions/excel-function';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { expectClose } from '../helpers/tolerance';
import { seededRandom } from '../helpers/seeded-random';

const setsPerFunction = 50;
const hoursPerRange = 24;
/** Where a range argument's cells go on each row, clear of the scalar arguments and the formula. */
const rangeFirstColumn = 30;

type Argument = { kind: 'omitted' } | { kind: 'cell'; value: number } | { kind: 'range'; values: number[] } | { kind: 'text'; value: string };

function numberArgument(entry: CatalogueEntry, spec: ParamSpec, random: () => number): number {
  const plausible = parameterTextOf(entry, spec.name).plausible;
  if (!plausible) throw new Error(`MINER.${entry.declaration.id}: ${spec.name} declares no plausible range to generate from`);
  const [low, high] = plausible;
  const value = low + (high - low) * random();
  // A parameter whose rules want a whole number gets one.
  if (!spec.rules.every((rule) => rule.test(value))) return Math.round(value);
  // Half short decimals, as typed into a sheet; half full doubles.
  return random() < 0.5 ? Number(value.toPrecision(4)) : value;
}

function generateArguments(entry: CatalogueEntry, random: () => number): Argument[] {
  const family = unitFamilies[Math.floor(random() * unitFamilies.length)];
  return entry.declaration.params.map((spec) => {
    if (spec.optional && random() < 0.25) return { kind: 'omitted' };
    if (spec.kind === 'range') {
      return { kind: 'range', values: Array.from({ length: hoursPerRange }, () => Math.round((random() * 220 - 20) * 100) / 100) };
    }
    if (spec.kind === 'text') return { kind: 'text', value: family.units[Math.floor(random() * family.units.length)].unit };
    return { kind: 'cell', value: numberArgument(entry, spec, random) };
  });
}

function excelValue(argument: Argument): unknown {
  if (argument.kind === 'omitted') return undefined;
  if (argument.kind === 'range') return [argument.values];
  return argument.value;
}

/** Argument sets on which the add-in gives a number (a set the rules refuse is drawn again). */
function argumentSets(entry: CatalogueEntry): { args: Argument[]; expected: number }[] {
  const fn = excelFunction(entry.declaration);
  const random = seededRandom(entry.declaration.id.split('').reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7));
  const sets: { args: Argument[]; expected: number }[] = [];
  for (let attempt = 0; sets.length < setsPerFunction && attempt < 100 * setsPerFunction; attempt++) {
    const args = generateArguments(entry, random);
    try {
      const expected = fn(...args.map(excelValue));
      if (typeof expected === 'number') sets.push({ args, expected });
    } catch {
      // outside the function's domain: draw again
    }
  }
  if (sets.length < setsPerFunction) throw new Error(`MINER.${entry.declaration.id}: only ${sets.length} valid argument sets drawn`);
  return sets;
}

const withNative = catalogue.filter((entry) => nativeFormulaOf(entry.declaration));

describe('native formulas, recomputed by LibreOffice', () => {
  const cases = new Map<string, { expected: number; formula: string }[]>();
  let computed: ExcelJS.Workbook;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    for (const entry of withNative) {
      const sheet = workbook.addWorksheet(entry.declaration.id);
      const formulaColumn = entry.declaration.params.length + 1;
      const rows = argumentSets(entry).map(({ args, expected }, index) => {
        const row = index + 1;
        const expressions = args.map((argument, i) => {
          if (argument.kind === 'omitted') return undefined;
          if (argument.kind === 'text') return `"${argument.value}"`;
          if (argument.kind === 'range') {
            argument.values.forEach((value, c) => (sheet.getCell(row, rangeFirstColumn + c).value = value));
            return `${sheet.getCell(row, rangeFirstColumn).address}:${sheet.getCell(row, rangeFirstColumn + hoursPerRange - 1).address}`;
          }
          sheet.getCell(row, i + 1).value = argument.value;
          return sheet.getCell(row, i + 1).address;
        });
        const formula = nativeFormula(entry.declaration, expressions);
        if (formula === undefined) throw new Error(`MINER.${entry.declaration.id} has no native formula for ${JSON.stringify(expressions)}`);
        sheet.getCell(row, formulaColumn).value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
        return { expected, formula };
      });
      cases.set(entry.declaration.id, rows);
    }
    computed = await recalculateWithLibreOffice(workbook);
  }, libreOfficeTimeoutMs);

  it('covers every closed-form function: protocol, mining, hosting and units', () => {
    expect(withNative.map((entry) => entry.declaration.id)).toEqual(
      expect.arrayContaining(['SUBSIDY', 'HASHPRICE', 'BREAKEVEN_BTC', 'FLEX_MARGIN_PER_MW', 'CONTRACT_PV', 'VALUE_PER_WATT', 'CONVERT']),
    );
  });

  it.each(withNative.map((entry) => entry.declaration.id))('MINER.%s: LibreOffice computes the add-in value to 1e-9', (id) => {
    const sheet = computed.getWorksheet(id);
    if (!sheet) throw new Error(`no sheet ${id} in LibreOffice's output`);
    const formulaColumn = (withNative.find((entry) => entry.declaration.id === id) as CatalogueEntry).declaration.params.length + 1;
    (cases.get(id) ?? []).forEach(({ expected, formula }, index) => {
      const actual = computedValue(sheet.getCell(index + 1, formulaColumn));
      try {
        expectClose(actual as number, expected, 1e-9);
      } catch (error) {
        throw new Error(`${id} row ${index + 1}, ${formula}: ${(error as Error).message}`);
      }
    });
  });
});
