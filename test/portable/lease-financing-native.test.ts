/**
 * LEASE_FINANCING's native table (src/catalogue/underwriting/lease-financing-native.ts) on every
 * recorded call: the seeded samples and the variants with a reserve, a lock-up, a close date and
 * a cash sweep under each debt profile. Each call is laid out twice in one workbook, once with
 * its arguments in cells (as a model holds them) and once written into the formulas, and
 * LibreOffice recomputes every cell, which must be the add-in's own table to 1e-9, with blanks
 * past its length.
 *
 * A cash sweep is computed where each lease year is one row (a build of whole years): each sweep
 * call is also run with its build rounded to whole years. With a sweep and a build that splits
 * lease years, the copy cannot compute the table and must say so: every cell shows #N/A (a share
 * in a cell), or the call has no native form and keeps its values (a share written in).
 */
import ExcelJS from 'exceljs';
import { nativeTable } from '../../src/catalogue/native-forms';
import type { NativeTable } from '../../src/catalogue/native-table';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { a1 } from '../../src/sheet/a1';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { argumentsInCells, argumentsWrittenIn, leaseCalls, splitBuild, swept } from '../helpers/lease-calls';

installCustomFunctionsShim();
const leaseFinancing = functionsById().get('LEASE_FINANCING') as (...args: unknown[]) => unknown[][];
const declaration = declarations.find((d) => d.id === 'LEASE_FINANCING')!;
/** Rows below each table that must show blank. */
const blankRows = 2;

interface Case {
  readonly label: string;
  readonly args: unknown[];
  readonly table: unknown[][];
  /** The first row of the table on the sheet (1-based), its header row. */
  readonly top: number;
  readonly columns: number;
  /** #N/A in every data cell: a sweep over a build that splits lease years, the share in a cell. */
  readonly refused: boolean;
}

/** The columns in USD: capex, NOI, drawn, interest, principal, service, equity, project, reserve, held, sweep. */
const moneyColumns = [1, 2, 3, 4, 5, 6, 8, 9, 11, 12, 14];

/** The largest amount in USD of a row. */
function rowScale(row: readonly unknown[]): number {
  return Math.max(0, ...moneyColumns.map((c) => Math.abs(typeof row[c] === 'number' ? (row[c] as number) : 0)));
}

const isError = (value: unknown, code: string) => typeof value === 'object' && value !== null && (value as { error?: string }).error === code;

/**
 * A recomputed cell against the add-in's: a number to 1e-9 of itself, or, for an amount in USD,
 * of the row's largest amount (an equity flow that is a difference of amounts of 1e8 carries
 * their rounding, a few 1e-8, as its own digits); anything else equal.
 */
function sameCell(actual: unknown, expected: unknown, scale: number): boolean {
  if (typeof expected !== 'number') return (actual ?? '') === expected;
  if (typeof actual !== 'number') return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual), scale);
}

describe('LEASE_FINANCING as plain formulas, recomputed by LibreOffice', () => {
  const cases: Case[] = [];
  let sheet: ExcelJS.Worksheet;
  let withoutNativeForm = 0;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('deals');
    let top = 1;
    const write = (label: string, args: unknown[], table: unknown[][], native: NativeTable, refused: boolean) => {
      const first = top + 1;
      const columns = native.columns;
      for (let r = 0; r < table.length + blankRows; r++) {
        for (let c = 0; c < columns; c++) {
          const cell = out.getCell(first + r, c + 1);
          if (r < native.headerRows) cell.value = table[r][c] as string;
          else cell.value = { formula: native.formula(r - native.headerRows, c, (column, rowsUp = 0) => a1(first + r - 1 - rowsUp, column)).slice(1) } as ExcelJS.CellFormulaValue;
        }
      }
      cases.push({ label, args, table, top: first, columns, refused });
      top = first + table.length + blankRows + 1;
    };
    for (const { label, args } of leaseCalls('LEASE_FINANCING')) {
      let table: unknown[][];
      try {
        table = leaseFinancing(...args);
      } catch {
        continue; // outside the function's domain
      }
      const native = nativeTable(declaration, argumentsInCells(out, top, args));
      if (!native) throw new Error(`no native table for ${label}`);
      write(`${label}, arguments in cells`, args, table, native, swept(args) && splitBuild(args));
      const literal = nativeTable(declaration, argumentsWrittenIn(args));
      if (!literal) {
        withoutNativeForm++;
        expect({ label, sweeps: swept(args), splitBuild: splitBuild(args) }).toEqual({ label, sweeps: true, splitBuild: true });
        continue;
      }
      write(`${label}, arguments written in`, args, table, literal, false);
    }
    sheet = (await recalculateWithLibreOffice(workbook)).getWorksheet('deals') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs * 2);

  it('covers every profile, builds of whole and part years, reserves, lock-ups and sweeps', () => {
    const calls = cases.map((c) => c.args);
    expect(cases.length).toBeGreaterThan(400);
    for (const profile of ['sculpted', 'level', 'bullet', 'balloon']) expect(calls.some((args) => args[13] === profile)).toBe(true);
    expect(calls.filter((args) => swept(args) && !splitBuild(args)).length).toBeGreaterThan(60);
    expect(calls.filter((args) => Number(args[16] ?? 0) > 0).length).toBeGreaterThan(60);
    expect(cases.filter((c) => c.columns === 15).length).toBeGreaterThan(30);
    expect(withoutNativeForm).toBeGreaterThan(0);
  });

  it('gives every cell of the add-in table, and blanks past its length', () => {
    let compared = 0;
    const differences: string[] = [];
    for (const { label, table, top, columns, refused } of cases) {
      for (let r = 1; r < table.length + blankRows; r++) {
        const scale = r < table.length ? rowScale(table[r]) : 0;
        for (let c = 0; c < columns; c++) {
          const actual = computedValue(sheet.getCell(top + r, c + 1));
          const expected = r < table.length ? table[r][c] : '';
          const where = `${label} row ${r} column ${c}`;
          compared++;
          if (refused) {
            if (!isError(actual, '#N/A')) differences.push(`${where}: ${JSON.stringify(actual)}, not #N/A`);
          } else if (!sameCell(actual, expected, moneyColumns.includes(c) ? scale : 0)) {
            differences.push(`${where}: ${JSON.stringify(actual)}, the add-in ${JSON.stringify(expected)}`);
          }
        }
      }
    }
    expect({ differences: differences.length, first: differences.slice(0, 12) }).toEqual({ differences: 0, first: [] });
    expect(compared).toBeGreaterThan(100_000);
  });
});
