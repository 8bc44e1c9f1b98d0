/**
 * A banker underwrites Hut 8's River Bend lease: the rent the $7.0B contract implies, the debt
 * its NOI carries against the 85% loan-to-cost the banks offered, the sculpted schedule and the
 * equity's return. Figures: companies.md (2025-12-17: 245 MW IT, $7.0B over 15 years, 3%
 * escalator, NOI $6.9B cumulative, up to 85% LTC, first hall Q2 2027), valuation.md §2.2 (capex
 * ~$2.45B, ~$2.08B loan), capital.md (2026-04-30: $3.25B of 6.192% notes). Derived here: rent
 * $128/kW-month, NOI margin 0.986, build 18 months. Assumed (not public): a minimum DSCR of 1.4.
 *
 * The equity and project IRR are Excel's own =IRR() of LEASE_FINANCING's columns: checked here
 * with LibreOffice, an independent engine, recomputing a workbook that holds the table's values
 * and the formulas, never with our core.
 */
import ExcelJS from 'exceljs';
import { computedValue, libreOfficeTimeoutMs, recalculateWithLibreOffice } from '../helpers/libreoffice';
import { miner } from '../helpers/miner';
import { expectClose } from '../helpers/tolerance';

const riverBend = [245, 128, 15, 0.03, 0.986, 10_000_000, 18, 0.85, 0.06192, 1.4] as const;
type Table = (number | string)[][];

describe('Hut 8 River Bend, underwritten', () => {
  it('leases for about the $7.0B reported over 15 years at $128/kW-month with a 3% escalator', () => {
    const lease = miner.LEASE_CASHFLOWS(245, 128, 15, 0.03, 1, 1, false) as Table;
    const total = lease.reduce((sum, row) => sum + (row[1] as number), 0);
    expectClose(total, 7e9, 0.001);
  });

  it('carries more debt on its NOI than the 85% LTC allows, so the LTC sizes the $2.08B loan', () => {
    const noi = (miner.LEASE_CASHFLOWS(245, 128, 15, 0.03, 0.986, 1, false) as Table).map((row) => [row[2]]);
    const byDscr = miner.DEBT_SIZE(noi, 0.06192, 15, 1.4) as number;
    expect(byDscr).toBeGreaterThan(0.85 * 2.45e9);
    expect(miner.DEBT_SIZE(noi, 0.06192, 15, 1.4, 2.45e9, 0.85)).toBe(2_082_500_000);
    // With the 18-month build on the timeline the 85% applies to capex plus capitalised interest.
    const deal = miner.LEASE_FINANCING(...riverBend) as Table;
    const drawn = deal.slice(1).reduce((sum, row) => sum + (row[3] as number), 0);
    expect(drawn).toBeLessThan(2_082_500_000);
    const summary = new Map((miner.LEASE_SUMMARY(...riverBend, null, false) as Table).map(([label, value]) => [label, value]));
    expectClose(summary.get('loan_to_cost') as number, 0.85, 1e-14);
    expect(summary.get('min_dscr') as number).toBeGreaterThan(1.4);
  });
});

describe('River Bend with a debt service reserve and a cash sweep', () => {
  const summaryOf = (args: readonly unknown[]) => new Map((miner.LEASE_SUMMARY(...args) as Table).slice(1).map(([label, value]) => [label, value]));
  const column = (table: Table, index: number) => table.slice(1).map((row) => row[index] as number);
  const sum = (amounts: number[]) => amounts.reduce((a, b) => a + b, 0);

  // Six months of the largest service held from close: a use of funds, so the 85% covers capex,
  // capitalised interest and the reserve, and the equity funds the rest.
  it('funds the reserve from the loan and the equity within the 85% loan-to-cost', () => {
    const args = [...riverBend, null, true, null, null, null, null, 6];
    const summary = summaryOf(args);
    const table = miner.LEASE_FINANCING(...args) as Table;
    const [debt, reserve, capitalised] = ['debt_usd', 'dsra_usd', 'capitalised_interest_usd'].map((label) => summary.get(label) as number);
    const drawn = sum(column(table, 3));
    expectClose(debt, 0.85 * (2.45e9 + capitalised + reserve), 1e-14);
    expectClose(capitalised, debt - drawn, 1e-12);
    expectClose(summary.get('equity_usd') as number, 2.45e9 + reserve - drawn, 1e-14);
    // The sculpted service grows with the NOI, so the largest is the last lease year's; after an
    // 18-month build it is split evenly between the last two rows, the last holding half of it.
    const service = column(table, 6);
    expectClose(reserve, ((2 * service[service.length - 1]) * 6) / 12, 1e-13);
    expect(summaryOf(riverBend).get('debt_usd') as number).toBeLessThan(debt); // the loan funds 85% of the reserve too
  });

  // No build: each lease year's row holds its service; half of what is left prepays the loan,
  // the other half is the equity's, until the loan is repaid; principal and sweep repay it all.
  it('sweeps half the cash after debt service into prepayments until the loan is repaid', () => {
    const args = [245, 128, 15, 0.03, 0.986, 10_000_000, 0, 0.85, 0.06192, 1.4, null, true, null, null, null, null, null, null, null, 0.5];
    const table = miner.LEASE_FINANCING(...args) as Table;
    const [noi, principal, service, equity, sweep] = [2, 5, 6, 8, 14].map((index) => column(table, index));
    const repaidRow = sweep.findIndex((amount, row) => row > 0 && amount < 0.5 * (noi[row] - service[row]) * (1 - 1e-12));
    expect(repaidRow).toBeGreaterThan(1);
    for (let row = 1; row < repaidRow; row++) {
      expectClose(sweep[row], 0.5 * (noi[row] - service[row]), 1e-12);
      expectClose(equity[row], 0.5 * (noi[row] - service[row]), 1e-12);
    }
    expect(sweep.slice(repaidRow + 1).every((amount) => amount === 0)).toBe(true);
    expectClose(sum(principal) + sum(sweep), summaryOf(args).get('debt_usd') as number, 1e-12);
  });
});

describe("Excel's IRR of LEASE_FINANCING's equity and project columns, computed by LibreOffice", () => {
  jest.setTimeout(libreOfficeTimeoutMs + 30_000);

  /** Σ flow_t / (1 + rate)^t, the plain sum, and the same sum of the flows' magnitudes. */
  const npv = (flows: number[], rate: number) => flows.reduce((sum, flow, t) => sum + flow / (1 + rate) ** t, 0);
  const gross = (flows: number[], rate: number) => flows.reduce((sum, flow, t) => sum + Math.abs(flow) / (1 + rate) ** t, 0);

  it('is the rate at which the flows are worth 0, with and without a sale at a 6% exit cap rate', async () => {
    const deals = [miner.LEASE_FINANCING(...riverBend) as Table, miner.LEASE_FINANCING(...riverBend, null, true, 0.06) as Table];
    const workbook = new ExcelJS.Workbook();
    deals.forEach((deal, index) => {
      const sheet = workbook.addWorksheet(`deal${index + 1}`);
      deal.forEach((row) => sheet.addRow(row));
      const last = deal.length;
      // Formula cells with no cached value: LibreOffice computes them.
      sheet.getCell('L1').value = { formula: `IRR(I2:I${last})` } as ExcelJS.CellFormulaValue;
      sheet.getCell('L2').value = { formula: `IRR(J2:J${last})` } as ExcelJS.CellFormulaValue;
    });
    const computed = await recalculateWithLibreOffice(workbook);
    deals.forEach((deal, index) => {
      const sheet = computed.getWorksheet(`deal${index + 1}`) as ExcelJS.Worksheet;
      const equityIrr = computedValue(sheet.getCell('L1')) as number;
      const projectIrr = computedValue(sheet.getCell('L2')) as number;
      expect(typeof equityIrr).toBe('number');
      expect(typeof projectIrr).toBe('number');
      for (const [column, irr] of [[8, equityIrr], [9, projectIrr]] as const) {
        const flows = deal.slice(1).map((row) => row[column] as number);
        expect(Math.abs(npv(flows, irr))).toBeLessThanOrEqual(1e-9 * gross(flows, irr));
      }
      // Debt at 6.192% on a project earning more levers the equity's return up.
      expect(equityIrr).toBeGreaterThan(projectIrr);
      expect(projectIrr).toBeGreaterThan(0.06192);
    });
  });
});
