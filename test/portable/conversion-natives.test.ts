/**
 * The native formulas of CONVERSION_CASHFLOWS, CONVERSION_NPV and CONVERSION_PAYBACK_YEARS,
 * recomputed by LibreOffice (an independent engine) over the argument combinations their
 * schedule has: no build and a build longer than the horizon; a prepayment that runs out in
 * the middle of a month, on a month's end, never within the horizon, with and without revenue;
 * the mining margin as one figure or one a year in a column, a row, a block read row by row
 * and an array constant; negative margins; rates of 0, below 0 and very small; cash that dips
 * below 0 after starting above it, never goes below 0, or never pays back. Each is compared
 * with the add-in's own result to 1e-9 (an error with the same error). And a formula that
 * would be longer than Excel accepts is none: the call keeps its value.
 */
import ExcelJS from 'exceljs';
import { maxFormulaCharacters } from '../../src/catalogue/native';
import { nativeFormula, nativeTable } from '../../src/catalogue/native-forms';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { a1 } from '../../src/sheet/a1';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { expectCell } from '../helpers/expect-cell';

installCustomFunctionsShim();
const functions = functionsById();
const declaration = (id: string) => declarations.find((d) => d.id === id) as (typeof declarations)[number];

/** How the margins a year are written: as cells down a column, along a row, a block of two columns, or an array constant. */
type MarginsAs = 'column' | 'row' | 'block' | 'constant';

interface Case {
  name: string;
  /** it_load_mw, ai_revenue_per_mw_year, ai_ebitda_margin, capex_per_mw, build_months, mining_margin_per_mw_year */
  terms: number[];
  years: number | undefined;
  rate: number;
  prepayment?: number;
  margins?: { figures: number[]; as: MarginsAs };
}

const iren = [200, 9_700_000, 0.85, 29_000_000, 12, 702_601];
const halving = [702_601, 702_601, 702_601, 360_000, 360_000, 360_000, 360_000, 180_000];
const cases: Case[] = [
  { name: 'the one margin', terms: iren, years: 6, rate: 0.1 },
  { name: 'a prepayment used up within a month', terms: iren, years: 6, rate: 0.1, prepayment: 1_940_000_000 },
  { name: 'a margin a year down a column', terms: iren, years: 6, rate: 0.1, prepayment: 1_940_000_000, margins: { figures: halving, as: 'column' } },
  { name: 'a margin a year along a row', terms: iren, years: 7, rate: 0.08, prepayment: 1e9, margins: { figures: halving, as: 'row' } },
  { name: 'a margin a year in a block, read row by row', terms: iren, years: 5, rate: 0.12, prepayment: 5e8, margins: { figures: halving, as: 'block' } },
  { name: 'a margin a year as an array constant', terms: iren, years: 6, rate: 0.1, prepayment: 1_940_000_000, margins: { figures: halving, as: 'constant' } },
  { name: 'no build', terms: [200, 9_700_000, 0.85, 29_000_000, 0, 702_601], years: 6, rate: 0.1, prepayment: 1_940_000_000 },
  { name: 'a build longer than the horizon', terms: [10, 1_200_000, 0.5, 1_000_000, 30, 120_000], years: 2, rate: 0.07, prepayment: 3_000_000 },
  { name: 'a prepayment of exactly five months', terms: [10, 1_200_000, 0.5, 1_000_000, 12, 120_000], years: 4, rate: 0.1, prepayment: 5_000_000 },
  { name: 'a prepayment the horizon does not use up', terms: [10, 1_200_000, 0.5, 1_000_000, 12, 120_000], years: 3, rate: 0.1, prepayment: 40_000_000 },
  { name: 'a prepayment without revenue', terms: [10, 0, 0.5, 1_000_000, 6, -50_000], years: 3, rate: 0.1, prepayment: 2_000_000 },
  { name: 'a zero rate', terms: iren, years: 8, rate: 0, prepayment: 1_940_000_000, margins: { figures: halving, as: 'column' } },
  { name: 'a negative rate', terms: iren, years: 6, rate: -0.05, prepayment: 7e8 },
  { name: 'a very small rate', terms: iren, years: 6, rate: 1e-9, prepayment: 7e8 },
  { name: 'negative margins (a loss the conversion stops)', terms: [10, 1_200_000, 0.3, 0, 12, -200_000], years: 4, rate: 0.1, margins: { figures: [-200_000, -150_000, -100_000, -50_000], as: 'column' } },
  { name: 'cash above 0 at signing that dips below and comes back', terms: [10, 1_200_000, 0.5, 1_000_000, 12, 120_000], years: 5, rate: 0.1, prepayment: 4_000_000 },
  { name: 'cash never below 0', terms: [10, 1_200_000, 0.5, 0, 0, 120_000], years: 3, rate: 0.1, prepayment: 1_000_000 },
  { name: 'no payback within the horizon', terms: [10, 1_200_000, 0.15, 1_000_000, 12, 120_000], years: 3, rate: 0.1 },
  { name: 'the default horizon of 30 years (payback)', terms: [10, 1_200_000, 0.2, 3_000_000, 24, 120_000], years: undefined, rate: 0.1, prepayment: 2_500_000 },
];

/** An array constant of figures: one row of `width` a row. */
function arrayConstant(figures: number[], width: number): string {
  const rows: string[] = [];
  for (let i = 0; i < figures.length; i += width) rows.push(figures.slice(i, i + width).join(','));
  return `{${rows.join(';')}}`;
}

/** The figures as the add-in reads a range: rows of `width`. */
function asRows(figures: number[], width: number): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < figures.length; i += width) rows.push(figures.slice(i, i + width));
  return rows;
}

const widthOf = (as: MarginsAs, count: number) => (as === 'row' ? count : as === 'column' ? 1 : 2);

function outcome(id: string, args: unknown[]): unknown {
  try {
    return (functions.get(id) as (...a: unknown[]) => unknown)(...args);
  } catch (error) {
    return { error: (error as { code?: string }).code };
  }
}

describe('CONVERSION_* native formulas over their argument combinations, recomputed by LibreOffice', () => {
  const laid: { name: string; sheet: string; npv: unknown; payback: unknown; table: unknown[][]; tableTop: number; tableRows: number }[] = [];
  let computed: ExcelJS.Workbook;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    cases.forEach((c, index) => {
      const sheet = workbook.addWorksheet(`case ${index}`);
      // Inputs on row 1: the six terms, years, rate, prepayment; the margins from row 3.
      const values = [...c.terms, c.years, c.rate, c.prepayment];
      const refs = values.map((value, i) => {
        if (value === undefined) return undefined;
        sheet.getCell(1, i + 1).value = value;
        return a1(0, i);
      });
      const [years, rate, prepayment] = refs.slice(6);
      let margins: string | undefined;
      let marginRows: number[][] | undefined;
      if (c.margins) {
        const width = widthOf(c.margins.as, c.margins.figures.length);
        marginRows = asRows(c.margins.figures, width);
        if (c.margins.as === 'constant') margins = arrayConstant(c.margins.figures, 1);
        else {
          marginRows.forEach((row, r) => row.forEach((figure, col) => (sheet.getCell(3 + r, col + 1).value = figure)));
          margins = `${a1(2, 0)}:${a1(2 + marginRows.length - 1, width - 1)}`;
        }
      }
      const terms = refs.slice(0, 6);
      const termValues = c.terms;
      const npvArgs = [...termValues, c.years, c.rate, c.prepayment ?? null, marginRows ?? null];
      const paybackArgs = [...termValues, c.years ?? null, c.prepayment ?? null, marginRows ?? null];
      const tableArgs = [...termValues, c.years, index % 2 === 0, c.prepayment ?? null, marginRows ?? null];
      if (c.years !== undefined) sheet.getCell('L1').value = { formula: (nativeFormula(declaration('CONVERSION_NPV'), [...terms, years, rate, prepayment, margins]) as string).slice(1) } as ExcelJS.CellFormulaValue;
      sheet.getCell('M1').value = { formula: (nativeFormula(declaration('CONVERSION_PAYBACK_YEARS'), [...terms, years, prepayment, margins]) as string).slice(1) } as ExcelJS.CellFormulaValue;
      const table = c.years === undefined ? [] : (outcome('CONVERSION_CASHFLOWS', tableArgs) as unknown[][]);
      const tableTop = 20;
      if (c.years !== undefined) {
        const native = nativeTable(declaration('CONVERSION_CASHFLOWS'), [...terms, years, index % 2 === 0 ? 'TRUE' : 'FALSE', prepayment, margins]);
        if (!native) throw new Error(`${c.name}: no native table`);
        // Two rows more than the table: they must show blank.
        for (let r = 0; r < table.length + 2; r++) {
          for (let col = 0; col < 6; col++) {
            const cell = sheet.getCell(tableTop + r, col + 1);
            if (r < native.headerRows) cell.value = table[r][col] as string;
            else cell.value = { formula: native.formula(r - native.headerRows, col, (column, rowsUp = 0) => a1(tableTop + r - 1 - rowsUp, column)).slice(1) } as ExcelJS.CellFormulaValue;
          }
        }
      }
      laid.push({ name: c.name, sheet: sheet.name, npv: c.years === undefined ? undefined : outcome('CONVERSION_NPV', npvArgs), payback: outcome('CONVERSION_PAYBACK_YEARS', paybackArgs), table, tableTop, tableRows: table.length + 2 });
    });
    computed = await recalculateWithLibreOffice(workbook);
  }, libreOfficeTimeoutMs);

  it('the add-in computes every case, and the cases have the shapes their names say', () => {
    const noPayback = ['a build longer than the horizon', 'a prepayment without revenue', 'no payback within the horizon'];
    for (const { name, npv, payback, table } of laid) {
      if (npv !== undefined) expect({ name, npv: typeof npv }).toEqual({ name, npv: 'number' });
      expect({ name, table: Array.isArray(table) }).toEqual({ name, table: true });
      expect({ name, payback: typeof payback === 'number' }).toEqual({ name, payback: !noPayback.includes(name) });
      if (noPayback.includes(name)) expect(payback).toEqual({ error: '#N/A' });
    }
    const shape = (name: string) => laid.find((l) => l.name === name) as (typeof laid)[number];
    expect(shape('cash never below 0').payback).toBe(0);
    const dip = shape('cash above 0 at signing that dips below and comes back');
    const years = dip.table.filter((row) => typeof row[0] === 'number');
    expect(years[0][5]).toBeGreaterThan(0);
    expect(years.some((row) => (row[5] as number) < 0)).toBe(true);
    expect(dip.payback).toBeGreaterThan(1);
  });

  it.each(cases.map((c) => c.name))('%s: NPV, payback and every table cell as the add-in gives them, to 1e-9', (name) => {
    const { sheet, npv, payback, table, tableTop, tableRows } = laid.find((l) => l.name === name) as (typeof laid)[number];
    const out = computed.getWorksheet(sheet) as ExcelJS.Worksheet;
    if (npv !== undefined) expectCell(computedValue(out.getCell('L1')), npv, `${name} NPV ${out.getCell('L1').formula}`);
    expectCell(computedValue(out.getCell('M1')), payback, `${name} payback`);
    for (let r = 0; r < (table.length ? tableRows : 0); r++) {
      for (let col = 0; col < 6; col++) {
        const expected = r < table.length ? table[r][col] : '';
        expectCell(computedValue(out.getCell(tableTop + r, col + 1)), expected, `${name} table row ${r} column ${col} ${out.getCell(tableTop + r, col + 1).formula}`);
      }
    }
  });
});

describe('formula length', () => {
  const payback = declaration('CONVERSION_PAYBACK_YEARS');
  const on = (sheet: string, margins: string) => [...['B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12'].map((cell) => `${sheet}${cell}`), `${sheet}${margins}`];

  it("fits Excel's limit with the margins in a column, on the same sheet or another one", () => {
    for (const sheet of ['', "'契約の引受分析'!"]) expect((nativeFormula(payback, on(sheet, 'F31:F36')) as string).length).toBeLessThanOrEqual(maxFormulaCharacters);
  });

  it('has no native formula where it would be longer than Excel accepts (the call keeps its value)', () => {
    expect(nativeFormula(payback, on("'契約の引受分析'!", 'C20:D23'))).toBeUndefined();
  });
});
