/**
 * ASIC_PAYBACK_MONTHS' native formula over a monthly hashprice range reads its first max_months
 * figures through INDEX ranges (INDEX(h,1,1):INDEX(h,m,1)), never OFFSET or INDIRECT, which are
 * volatile: a copy's every payback cell would recalculate on every edit anywhere in the workbook.
 * LibreOffice recomputes the formula to the add-in's value on the recorded seeded machines, each
 * over a monthly path down a column and along a row, the ranges longer than max_months (the cells
 * past it blank, not read) and on another sheet; a range the function refuses (too short, a blank
 * or text among its first max_months cells, several rows and columns) is #VALUE! as before.
 */
import ExcelJS from 'exceljs';
import { nativeFormula } from '../../src/catalogue/native-forms';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { recordedCalls } from '../helpers/recorded-cases';
import { expectCell } from '../helpers/expect-cell';

installCustomFunctionsShim();
const payback = declarations.find((d) => d.id === 'ASIC_PAYBACK_MONTHS') as (typeof declarations)[number];
const addIn = functionsById().get('ASIC_PAYBACK_MONTHS') as (...args: unknown[]) => unknown;

/** Recorded machines sent to LibreOffice, each over a column and a row. */
const samples = 24;
/** Figures in every path; max_months runs 24 … 60 below it, and the ranges run 6 cells past it, blank. */
const pathMonths = 60;
const blankPast = 6;
const uptime = 0.97;
const poolFee = 0.02;

/** A path from the sample's hashprice, falling (or, every third, rising) a little every month. */
function monthlyPath(hashprice: number, sample: number): number[] {
  const step = sample % 3 === 2 ? 0.004 : -0.006;
  return Array.from({ length: pathMonths }, (_, k) => hashprice * (1 + step * k));
}

/** The add-in's value, or the error a cell shows for its refusal. */
function addInValue(args: unknown[]): unknown {
  try {
    return addIn(...args);
  } catch (error) {
    return /does not pay back/.test((error as Error).message) ? '#N/A' : '#VALUE!';
  }
}

/** A recomputed cell as a number, or its error text. */
function cellValue(cell: ExcelJS.Cell): unknown {
  const value = computedValue(cell);
  return value && typeof value === 'object' && 'error' in value ? (value as { error: string }).error : value;
}

function formulaOf(hashprice: string, row: number): string {
  const formula = nativeFormula(payback, ['A', 'B', 'C', 'D'].map((column) => `$${column}$${row}`).concat(hashprice, `$E$${row}`, `$F$${row}`, `$G$${row}`));
  if (!formula) throw new Error(`no native formula over ${hashprice}`);
  return formula;
}

/** A1 letters of a column number (1 = A). */
function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface Case {
  name: string;
  formula: string;
  expected: unknown;
  row: number;
}

describe('ASIC_PAYBACK_MONTHS over a hashprice range, read with INDEX', () => {
  const cases: Case[] = [];
  let computed: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Payback');
    const columns = workbook.addWorksheet('Columns');
    const rows = workbook.addWorksheet('Rows');
    const recorded = recordedCalls().find((r) => r.key === 'ASIC_PAYBACK_MONTHS');
    if (!recorded) throw new Error('no recorded ASIC_PAYBACK_MONTHS calls');
    const machine = (row: number, args: unknown[], months: number) =>
      [...args.slice(0, 4), uptime, poolFee, months].forEach((value, i) => (sheet.getCell(row, i + 1).value = value as number));
    const add = (name: string, hashprice: string, args: unknown[], months: number, expected: unknown) => {
      const row = cases.length + 1;
      machine(row, args, months);
      const formula = formulaOf(hashprice, row);
      sheet.getCell(row, 8).value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
      cases.push({ name, formula, expected, row });
    };

    recorded.calls.slice(0, samples).forEach((args, i) => {
      const path = monthlyPath(args[4] as number, i);
      const months = 24 + (i % 4) * 12;
      path.forEach((figure, k) => {
        columns.getCell(2 + k, 1 + i).value = figure;
        rows.getCell(1 + i, 2 + k).value = figure;
      });
      const column = columnLetters(1 + i);
      const expected = addInValue([...args.slice(0, 4), path.map((figure) => [figure]), uptime, poolFee, months]);
      add(`sample ${i} down a column`, `Columns!$${column}$2:$${column}$${1 + pathMonths + blankPast}`, args, months, expected);
      add(`sample ${i} along a row`, `Rows!$B$${1 + i}:$${columnLetters(1 + pathMonths + blankPast)}$${1 + i}`, args, months, expected);
    });

    // Ranges the function refuses, on the first machine with its path in column A of Columns.
    const first = recorded.calls[0];
    const refused = (name: string, hashprice: string, months: number, value: unknown) => add(name, hashprice, first, months, addInValue([...first.slice(0, 4), value, uptime, poolFee, months]));
    const path = monthlyPath(first[4] as number, 0).map((figure) => [figure]);
    refused('a range shorter than max_months', 'Columns!$A$2:$A$31', 36, path.slice(0, 30));
    refused('a range with a blank among its first max_months cells', 'Columns!$A$2:$A$67', 66, [...path, ...Array.from({ length: blankPast }, () => [null])]);
    columns.getCell(50, 30).value = 'n/a';
    refused('a range with text among its first max_months cells', 'Columns!$AD$2:$AD$61', 60, Array.from({ length: 60 }, (_, k) => [k === 48 ? 'n/a' : 40]));
    for (let k = 0; k < 60; k++) if (k !== 48) columns.getCell(2 + k, 30).value = 40;
    refused('a range of several rows and columns', 'Columns!$A$2:$B$61', 36, path.map(([figure], k) => [figure, path[k][0]]));

    computed = (await recalculateWithLibreOffice(workbook)).getWorksheet('Payback') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs);

  it('reads the range with INDEX only: no OFFSET or INDIRECT (volatile) in any formula', () => {
    expect(cases.length).toBe(2 * samples + 4);
    for (const { name, formula } of cases) expect({ name, volatile: /\b(OFFSET|INDIRECT)\(/i.test(formula) }).toEqual({ name, volatile: false });
    expect(cases[0].formula).toContain('INDEX(Columns!$A$2:$A$67,1,1):INDEX(Columns!$A$2:$A$67,$G$1,1)');
    expect(cases[1].formula).toContain('INDEX(Rows!$B$1:$BO$1,1,1):INDEX(Rows!$B$1:$BO$1,1,$G$2)');
  });

  it('computes in LibreOffice as the add-in does, a payback or #N/A on the recorded machines and #VALUE! where it refuses the range', () => {
    const outcomes = new Set(cases.map((c) => (typeof c.expected === 'number' ? 'number' : c.expected)));
    expect([...outcomes].sort()).toEqual(['#N/A', '#VALUE!', 'number']);
    for (const { name, formula, expected, row } of cases) expectCell(cellValue(computed.getCell(row, 8)), expected, `${name}: ${formula}`);
  });

  it('stays within Excel\'s 8,192 characters over a long sheet name and a 1,200-month range', () => {
    const formula = formulaOf("'Monthly hashprice path'!$F$2:$F$1201", 1);
    expect(formula.length).toBeLessThanOrEqual(8192);
  });
});
