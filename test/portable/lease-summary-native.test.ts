/**
 * LEASE_SUMMARY's native form (src/catalogue/underwriting/lease-summary-native.ts) on every
 * recorded call, its arguments in cells and written in, recomputed by LibreOffice: each value is
 * the add-in's own to 1e-9, but where the copy cannot follow the deal and says so with #N/A: a
 * cash sweep above 0 (equity_irr, the three DSCRs, equity_payback_year) and a lock-up that holds
 * a distribution back in some row (equity_irr, equity_payback_year). Those cases are counted, so
 * the exceptions stay the exceptions.
 */
import ExcelJS from 'exceljs';
import { nativeTable } from '../../src/catalogue/native-forms';
import type { NativeTable } from '../../src/catalogue/native-table';
import { declarations } from '../../src/functions/registrations';
import { functionsById } from '../../src/functions/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { leaseSummaryLabels } from '../../src/core/underwriting/lease-summary';
import { a1 } from '../../src/sheet/a1';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { argumentsInCells, argumentsWrittenIn, leaseCalls, swept } from '../helpers/lease-calls';

installCustomFunctionsShim();
const functions = functionsById();
const leaseSummary = functions.get('LEASE_SUMMARY') as (...args: unknown[]) => unknown[][];
const leaseFinancing = functions.get('LEASE_FINANCING') as (...args: unknown[]) => unknown[][];
const declaration = declarations.find((d) => d.id === 'LEASE_SUMMARY')!;
const [dscrColumn, lockupIndex] = [7, 17];

/** The labels whose figures a sweep moves, and those a lock-up that holds back moves. */
const movedBySweep = ['equity_irr', 'min_dscr', 'avg_dscr', 'min_dscr_downside', 'equity_payback_year'];
const movedByLockup = ['equity_irr', 'equity_payback_year'];

/** Whether the deal's lock-up holds a distribution back in some row: a DSCR below it, the last row aside. */
function lockupHolds(args: unknown[]): boolean {
  const lockup = args[lockupIndex];
  if (typeof lockup !== 'number') return false;
  const rows = leaseFinancing(...args.map((value, i) => (i === 11 ? false : value)));
  return rows.some((row, r) => r < rows.length - 1 && typeof row[dscrColumn] === 'number' && (row[dscrColumn] as number) < lockup);
}

/**
 * Whether the equity's returns are rounding residues (a loan at 100% of cost and a DSCR of 1:
 * NOI less service is 0 give or take 1e-8): the add-in's IRR of such flows is the residues',
 * not a figure, and the copy's is blank or another residue's. Not compared.
 */
function returnsAreResidues(args: unknown[]): boolean {
  const flows = leaseFinancing(...args.map((value, i) => (i === 11 ? false : value))).map((row) => row[8] as number);
  const paidIn = flows.filter((flow) => flow < 0).reduce((sum, flow) => sum - flow, 0);
  const returned = flows.filter((flow) => flow > 0).reduce((sum, flow) => sum + flow, 0);
  return returned <= 1e-12 * paidIn;
}

interface Case {
  readonly label: string;
  readonly table: unknown[][];
  readonly top: number;
  readonly notComputed: readonly string[];
}

/**
 * The figures in USD, compared to 1e-9 of the debt as well as of themselves: capitalised interest
 * with no build is debt − drawn, 0 give or take the rounding of amounts of 1e9 (a few 1e-7).
 */
const usdFigures = ['debt_usd', 'equity_usd', 'capitalised_interest_usd', 'dsra_usd'];

const isError = (value: unknown, code: string) => typeof value === 'object' && value !== null && (value as { error?: string }).error === code;

describe('LEASE_SUMMARY as plain formulas, recomputed by LibreOffice', () => {
  const cases: Case[] = [];
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const out = workbook.addWorksheet('summaries');
    let top = 1;
    const write = (label: string, table: unknown[][], native: NativeTable, notComputed: readonly string[]) => {
      const first = top + 1;
      for (let r = 0; r < table.length; r++) {
        for (let c = 0; c < native.columns; c++) {
          const cell = out.getCell(first + r, c + 1);
          if (r < native.headerRows) cell.value = table[r][c] as string;
          else cell.value = { formula: native.formula(r - native.headerRows, c, (column, rowsUp = 0) => a1(first + r - 1 - rowsUp, column)).slice(1) } as ExcelJS.CellFormulaValue;
        }
      }
      cases.push({ label, table, top: first, notComputed });
      top = first + table.length + 1;
    };
    for (const { label, args } of leaseCalls('LEASE_SUMMARY')) {
      let table: unknown[][];
      try {
        table = leaseSummary(...args);
      } catch {
        continue; // outside the function's domain
      }
      const notComputed = swept(args) ? movedBySweep : lockupHolds(args) ? movedByLockup : returnsAreResidues(args) ? ['equity_irr'] : [];
      for (const [layout, operands] of [['in cells', argumentsInCells(out, top, args)], ['written in', argumentsWrittenIn(args)]] as const) {
        const native = nativeTable(declaration, operands);
        if (!native) throw new Error(`no native form for ${label}, arguments ${layout}`);
        write(`${label}, arguments ${layout}`, table, native, notComputed);
      }
    }
    sheet = (await recalculateWithLibreOffice(workbook)).getWorksheet('summaries') as ExcelJS.Worksheet;
  }, libreOfficeTimeoutMs * 2);

  it('covers deals computed in full, with a sweep and with a lock-up that holds back', () => {
    expect(cases.length).toBeGreaterThan(400);
    expect(cases.filter((c) => c.notComputed.length === 0).length).toBeGreaterThan(180);
    expect(cases.filter((c) => c.notComputed === movedBySweep).length).toBeGreaterThan(60);
    expect(cases.filter((c) => c.notComputed === movedByLockup).length).toBeGreaterThan(0);
  });

  it('gives every label and value of the add-in, #N/A only where a sweep or a holding lock-up moves the figure', () => {
    const differences: string[] = [];
    let residues = 0;
    for (const { label, table, top, notComputed } of cases) {
      const debt = Math.abs(Number(table.find((row) => row[0] === 'debt_usd')?.[1] ?? 0));
      for (let r = 1; r < table.length; r++) {
        const [name, expected] = table[r] as [string, unknown];
        const shown = computedValue(sheet.getCell(top + r, 1));
        const actual = computedValue(sheet.getCell(top + r, 2));
        const where = `${label} ${name}`;
        if (shown !== name) differences.push(`${where}: label ${JSON.stringify(shown)}`);
        if (notComputed.includes(name)) {
          residues += notComputed.length === 1 ? 1 : 0;
          if (notComputed.length > 1 && !isError(actual, '#N/A')) differences.push(`${where}: ${JSON.stringify(actual)}, not #N/A`);
        } else if (typeof expected === 'number') {
          const scale = usdFigures.includes(name) ? debt : 0;
          const close = typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual), scale);
          if (!close) differences.push(`${where}: ${JSON.stringify(actual)}, the add-in ${expected}`);
        } else if ((actual ?? '') !== expected) differences.push(`${where}: ${JSON.stringify(actual)}, the add-in ${JSON.stringify(expected)}`);
      }
    }
    expect({ differences: differences.length, first: differences.slice(0, 15) }).toEqual({ differences: 0, first: [] });
    expect(cases.length * leaseSummaryLabels.length).toBeGreaterThan(4000);
    expect(residues).toBeLessThan(10);
  });
});
