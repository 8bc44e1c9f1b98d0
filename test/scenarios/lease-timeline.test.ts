/**
 * River Bend with its build on the timeline: the equity and the project IRR fall as the build
 * lengthens, and each is Excel's =XIRR() of LEASE_FINANCING's column against its date column,
 * computed by LibreOffice (an independent engine) on a workbook of the table's values, and
 * =IRR() of the same column (the dates are 365-day years from close).
 */
import ExcelJS from 'exceljs';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { miner } from '../helpers/miner';

type Table = (number | string)[][];
const riverBendWith = (buildMonths: number) => [245, 128, 15, 0.03, 0.986, 10_000_000, buildMonths, 0.85, 0.06192, 1.4] as const;
const builds = [0, 18, 36];
// 2026-04-30, the notes' close, as an Excel serial (a date column that reads as dates).
const closeDate = 46142;

const summaryOf = (args: readonly unknown[]) =>
  new Map((miner.LEASE_SUMMARY(...args) as Table).slice(1).map(([label, value]) => [label as string, value]));

describe('LEASE_FINANCING with the build on the timeline', () => {
  jest.setTimeout(libreOfficeTimeoutMs + 30_000);

  it('equity and project IRR strictly fall as the build goes from 0 to 18 to 36 months', () => {
    const irrs = builds.map((months) => summaryOf(riverBendWith(months)));
    for (const label of ['equity_irr', 'project_irr']) {
      const [none, eighteen, thirtySix] = irrs.map((summary) => summary.get(label) as number);
      expect(none).toBeGreaterThan(eighteen);
      expect(eighteen).toBeGreaterThan(thirtySix);
    }
  });

  it('its IRRs equal LibreOffice’s XIRR over the table’s dates and flows, and IRR of the flows, within 1e-9, with a reserve and a sweep too', async () => {
    const deals = builds.flatMap((months) => [
      [...riverBendWith(months), null, true, null, null, null, null, null, null, closeDate],
      [...riverBendWith(months), null, true, 0.06, 'sculpted', 0, 0.2, 6, 1.5],
      // a reserve funded from the loan and the equity, and half the cash after service swept
      [...riverBendWith(months), null, true, null, 'level', 0, 0, 6, null, closeDate, 0.5],
      // … with a 12-year level loan whose DSCR rises past a 2.2× lock-up: years held, then swept
      [...riverBendWith(months), 12, true, 0.06, 'level', 0, 0.2, 6, 2.2, closeDate, 0.5],
    ]);
    const workbook = new ExcelJS.Workbook();
    deals.forEach((args, index) => {
      const table = miner.LEASE_FINANCING(...args) as Table;
      const sheet = workbook.addWorksheet(`deal${index + 1}`);
      table.forEach((row) => sheet.addRow(row));
      const last = table.length;
      // I: equity, J: project, N: date (O: a sweep); formula cells with no cached value, LibreOffice computes them.
      sheet.getCell('P1').value = { formula: `XIRR(I2:I${last},N2:N${last})` } as ExcelJS.CellFormulaValue;
      sheet.getCell('P2').value = { formula: `XIRR(J2:J${last},N2:N${last})` } as ExcelJS.CellFormulaValue;
      sheet.getCell('P3').value = { formula: `IRR(I2:I${last})` } as ExcelJS.CellFormulaValue;
      sheet.getCell('P4').value = { formula: `IRR(J2:J${last})` } as ExcelJS.CellFormulaValue;
    });
    const lockedThenSwept = miner.LEASE_FINANCING(...deals[3]) as Table;
    expect(lockedThenSwept[0][14]).toBe('cash_sweep_usd');
    expect(lockedThenSwept.some((row) => (row[12] as number) > 0)).toBe(true);
    expect(lockedThenSwept.some((row) => (row[14] as number) > 0)).toBe(true);
    const computed = await recalculateWithLibreOffice(workbook);
    deals.forEach((args, index) => {
      const sheet = computed.getWorksheet(`deal${index + 1}`) as ExcelJS.Worksheet;
      const summary = summaryOf(args);
      const equity = summary.get('equity_irr') as number;
      const project = summary.get('project_irr') as number;
      for (const [cell, ours] of [['P1', equity], ['P2', project], ['P3', equity], ['P4', project]] as const) {
        const theirs = computedValue(sheet.getCell(cell));
        expect(typeof theirs).toBe('number');
        expect(Math.abs((theirs as number) - ours)).toBeLessThanOrEqual(1e-9);
      }
    });
  });
});
