/**
 * The recorded LEASE_FINANCING and LEASE_SUMMARY calls (the seeded samples and the variants with
 * a reserve, a lock-up, a close date and a cash sweep under each profile), laid out as the native
 * form tests read them: arguments in cells, or written into the formulas.
 */
import ExcelJS from 'exceljs';
import { formulaLiteral } from '../../src/portable/formula-literal';
import { recordedCalls } from './recorded-cases';

const [buildIndex, headersIndex, profileIndex, sweepIndex] = [6, 11, 13, 19];

export const swept = (args: readonly unknown[]) => Number(args[sweepIndex] ?? 0) > 0;
export const splitBuild = (args: readonly unknown[]) => Number(args[buildIndex]) % 12 !== 0;

/**
 * The recorded calls of `id`: each without a sweep also with no build (every flow of row 0),
 * each with a sweep also without it (so the reserve, lock-up and profile are read in full) and,
 * where its build splits lease years, with the build rounded to whole years (where a copy
 * computes a sweep).
 */
export function leaseCalls(id: 'LEASE_FINANCING' | 'LEASE_SUMMARY'): { label: string; args: unknown[] }[] {
  const calls = recordedCalls().filter((recorded) => recorded.id === id).flatMap((recorded) => recorded.calls.map((args, i) => ({ label: `${recorded.key} #${i}`, args })));
  return calls.flatMap(({ label, args }) => {
    const noBuild = [...args];
    noBuild[buildIndex] = 0;
    const withoutBuild = swept(args) ? [] : [{ label: `${label}, no build`, args: noBuild }];
    if (!swept(args)) return [{ label, args }, ...withoutBuild];
    const unswept = [...args];
    unswept[sweepIndex] = 0;
    const found = [{ label, args }, { label: `${label}, no sweep`, args: unswept }];
    if (!splitBuild(args)) return found;
    const whole = [...args];
    whole[buildIndex] = 12 * Math.round(Number(args[buildIndex]) / 12);
    return [...found, { label: `${label}, build of whole years`, args: whole }];
  });
}

/**
 * The arguments in cells of row `top` (their operands the cells' addresses), but the profile and
 * the headers written in: a profile or headers in a cell has no native form (a formula cannot lay
 * out a schedule by a text in a cell, nor a table by whether it has a header row).
 */
export function argumentsInCells(sheet: ExcelJS.Worksheet, top: number, args: readonly unknown[]): (string | undefined)[] {
  return args.map((value, i) => {
    if (value === null || value === undefined) return undefined;
    if (i === profileIndex || i === headersIndex) return formulaLiteral(value);
    sheet.getCell(top, i + 1).value = value as ExcelJS.CellValue;
    return sheet.getCell(top, i + 1).address;
  });
}

/** The arguments written into the formulas. */
export function argumentsWrittenIn(args: readonly unknown[]): (string | undefined)[] {
  return args.map((value) => (value === null || value === undefined ? undefined : formulaLiteral(value)));
}
