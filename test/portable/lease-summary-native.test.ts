/**
 * LEASE_SUMMARY's native form (src/catalogue/underwriting/lease-summary-native.ts) on every
 * recorded call, its arguments in cells and written in, recomputed by LibreOffice: each value is
 * the add-in's own to 1e-9, but where the copy cannot follow the deal and says so with #N/A: a
 * cash sweep above 0 (equity_irr, the three DSCRs, equity_payback_year), a lock-up above the
 * minimum DSCR (equity_irr, equity_payback_year) and equity flows with two IRRs (equity_irr).
 * Those cases are counted, so the exceptions stay the exceptions.
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
const lockupIndex = 17;

/** The labels a copy shows as #N/A: with a sweep, with a lock-up above the minimum DSCR, with equity flows of two IRRs. */
const movedBySweep = ['equity_irr', 'min_dscr', 'avg_dscr', 'min_dscr_downside', 'equity_payback_year'];
const movedByLockup = ['equity_irr', 'equity_payback_year'];
const twoIrrs = ['equity_irr'];
/** The label not compared where the equity's returns are rounding residues (see returnsAreResidues). */
const residues = ['equity_irr'];

/** The add-in's equity flows of the deal (LEASE_FINANCING's equity column). */
const equityFlows = (args: unknown[]) => leaseFinancing(...args.map((value, i) => (i === 11 ? false : value))).map((row) => row[8] as number);

/** Whether the deal's lock-up is above its minimum DSCR (the add-in's min_dscr): some year may hold distributions back. */
function lockupAboveMinimum(args: unknown[], summary: unknown[][]): boolean {
  const lockup = args[lockupIndex];
  const minDscr = summary.find((row) => row[0] === 'min_dscr')?.[1];
  return typeof lockup === 'number' && typeof minDscr === 'number' && minDscr < lockup;
}

/** Whether the equity's flows turn negative after a positive one: two changes of sign, two IRRs. */
function turnsNegativeAgain(args: unknown[]): boolean {
  const flows = equityFlows(args);
  return flows.some((flow, r) => flow < 0 && flows.slice(0, r).some((before) => before > 0));
}

/**
 * Whether the equity's returns are rounding residues (a loan at 100% of cost and a DSCR of 1:
 * NOI less service is 0 give or take 1e-8): the add-in's IRR of such flows is the residues',
 * not a figure, and the copy's is blank or another residue's. Not compared.
 */
function returnsAreResidues(args: unknown[]): boolean {
  const flows = equityFlows(args);
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
      const notComputed = swept(args)
        ? movedBySweep
        : lockupAboveMinimum(args, table)
          ? movedByLockup
          : returnsAreResidues(args)
            ? residues
            : turnsNegativeAgain(args)
              ? twoIrrs
              : [];
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
    expect(cases.filter((c) => c.notComputed === twoIrrs).length).toBeGreaterThan(0);
  });

  it('gives every label and value of the add-in, #N/A only where a sweep or a holding lock-up moves the figure', () => {
    const differences: string[] = [];
    let residueCases = 0;
    for (const { label, table, top, notComputed } of cases) {
      const debt = Math.abs(Number(table.find((row) => row[0] === 'debt_usd')?.[1] ?? 0));
      for (let r = 1; r < table.length; r++) {
        const [name, expected] = table[r] as [string, unknown];
        const shown = computedValue(sheet.getCell(top + r, 1));
        const actual = computedValue(sheet.getCell(top + r, 2));
        const where = `${label} ${name}`;
        if (shown !== name) differences.push(`${where}: label ${JSON.stringify(shown)}`);
        if (notComputed.includes(name)) {
          residueCases += notComputed === residues ? 1 : 0;
          if (notComputed !== residues && !isError(actual, '#N/A')) differences.push(`${where}: ${JSON.stringify(actual)}, not #N/A`);
        } else if (typeof expected === 'number') {
          const scale = usdFigures.includes(name) ? debt : 0;
          const close = typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), Math.abs(actual), scale);
          if (!close) differences.push(`${where}: ${JSON.stringify(actual)}, the add-in ${expected}`);
        } else if ((actual ?? '') !== expected) differences.push(`${where}: ${JSON.stringify(actual)}, the add-in ${JSON.stringify(expected)}`);
      }
    }
    expect({ differences: differences.length, first: differences.slice(0, 15) }).toEqual({ differences: 0, first: [] });
    expect(cases.length * leaseSummaryLabels.length).toBeGreaterThan(4000);
    expect(residueCases).toBeLessThan(10);
  });
});
