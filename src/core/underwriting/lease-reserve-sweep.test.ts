/**
 * LEASE_FINANCING's debt service reserve funded at close from the loan and the equity, and its
 * cash sweep, each against a deal derived by hand: 10 MW at $100/kW-month, NOI $12M a year,
 * 10% interest, no build unless stated.
 */
import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { bulletYears } from './debt-years';
import { sweptYears } from './cash-sweep';
import { cashSweepHeader, leaseFinancing, leaseFinancingHeaders, leaseFinancingParams } from './lease-financing';
import { leaseSummary, leaseSummaryParams } from './lease-summary';
import { closeDrawFactor } from './build-draws';
import { fundedWithReserve } from './reserve-funding';

const deal = checkedCore(leaseFinancingParams, leaseFinancing);
const summary = (...args: Parameters<typeof deal>) =>
  new Map(checkedCore(leaseSummaryParams, leaseSummary)(...args).filter(([label]) => label !== 'label').map(([label, value]) => [label as string, value]));
type Row = (number | string)[];
const column = (table: Row[], index: number) => table.map((row) => row[index]);
const [drawnColumn, principalColumn, serviceColumn, dscrColumn, equityColumn, dsraColumn, sweepColumn] = [3, 5, 6, 7, 8, 11, 14];
/** 1 ÷ 1.1 + … + 1 ÷ 1.1^n: a level loan of service S is S × this at 10%. */
const annuity = (years: number) => Array.from({ length: years }, (_, t) => 1 / 1.1 ** (t + 1)).reduce((a, b) => a + b, 0);

describe('a debt service reserve funded at close from the loan and the equity', () => {
  // capex 15M, LTC 80%, level over 2 years: what the NOI carries at 1.2, 10M × annuity(2) =
  // 17.36M, is above the cost's limit, so the loan-to-cost sizes it. The reserve is 6 months
  // of the level service B ÷ annuity(2), R = B × 0.5 ÷ a, and B = 0.8 × (15M + R) (no build:
  // no capitalised interest), so B = 12M ÷ (1 − 0.4 ÷ a) and the equity is 15M + R − B = B ÷ 4.
  const ltcDeal = [10, 100, 2, 0, 1, 1_500_000, 0, 0.8, 0.1, 1.2, undefined, false, undefined, 'level', 0, 0, 6] as const;

  it('makes the reserve a use of funds: the loan is max_loan_to_cost of capex plus reserve', () => {
    const a = annuity(2);
    const loan = 12e6 / (1 - 0.4 / a);
    const reserve = (loan * 0.5) / a;
    const figures = summary(...ltcDeal);
    expectClose(figures.get('debt_usd') as number, loan, 1e-14);
    expectClose(figures.get('dsra_usd') as number, reserve, 1e-14);
    expectClose(figures.get('equity_usd') as number, 15e6 + reserve - loan, 1e-14);
    expectClose(figures.get('equity_usd') as number, loan / 4, 1e-14);
    expectClose(figures.get('loan_to_cost') as number, 0.8, 1e-15);
    expect(figures.get('capitalised_interest_usd')).toBe(0);

    const table = deal(...ltcDeal);
    expectClose(table[0][drawnColumn] as number, loan, 1e-14); // the build's draw and the reserve's part, both at close
    expectClose(table[0][equityColumn] as number, -15e6 + loan - reserve, 1e-13);
    [reserve, reserve, 0].forEach((balance, row) => expectClose(table[row][dsraColumn] as number, balance, 1e-14));
    expectClose(table[2][equityColumn] as number, 12e6 - loan / a + reserve, 1e-13); // released with the last service
    expectClose(table[1][dscrColumn] as number, 12e6 / (loan / a), 1e-13);
  });

  it('where the NOI sizes the loan, it is the same loan; the reserve only moves equity in', () => {
    const figures = summary(10, 100, 2, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false, undefined, undefined, 0, 0, 6);
    const loan = 1e7 * annuity(2);
    expectClose(figures.get('debt_usd') as number, loan, 1e-15);
    expect(figures.get('dsra_usd')).toBe(5_000_000);
    expectClose(figures.get('equity_usd') as number, 2e8 + 5e6 - loan, 1e-15);
    expectClose(figures.get('loan_to_cost') as number, loan / 2.05e8, 1e-15);
  });

  // A 12-month build at 12% (1% a month): a build draw of 1 is K = Σ 1.01^k ÷ 12 at completion,
  // the reserve's draw at close 1.01^12. Pro rata: the loan's share of the reserve is its share
  // of capex, and the balance is both draws with their interest.
  it('draws the loan’s part of the reserve at close and capitalises its interest over the build', () => {
    const args = [10, 100, 2, 0, 1, 1_000_000, 12, 0.5, 0.12, 1.2, undefined, false, undefined, 'level', 0, 0, 6] as const;
    let k = 0;
    for (let m = 0; m < 12; m++) k += 1.01 ** m;
    k /= 12;
    const k0 = 1.01 ** 12;
    const table = deal(...args);
    const figures = summary(...args);
    const buildDrawn = table[1][drawnColumn] as number; // the build's months fall in year 1
    const reserveDrawn = table[0][drawnColumn] as number;
    const reserve = figures.get('dsra_usd') as number;
    const debt = figures.get('debt_usd') as number;
    expectClose(reserveDrawn / reserve, buildDrawn / 1e7, 1e-14);
    expectClose(debt, k * buildDrawn + k0 * reserveDrawn, 1e-14);
    expectClose(figures.get('capitalised_interest_usd') as number, debt - buildDrawn - reserveDrawn, 1e-12);
    const cost = 1e7 + (figures.get('capitalised_interest_usd') as number) + reserve;
    expectClose(figures.get('loan_to_cost') as number, 0.5, 1e-14);
    expectClose(debt / cost, 0.5, 1e-14);
    expectClose(reserve, (0.5 * debt) / annuityAt(0.12, 2), 1e-13); // 6 months of the level service at 12%
    expectClose(figures.get('equity_usd') as number, 1e7 + reserve - buildDrawn - reserveDrawn, 1e-14);
  });

  it('solves the loan-to-cost limit in closed form (the smaller root in [0, 1])', () => {
    const capex = 1e8;
    const [ltc, d, build, close] = [0.85, 0.3, 1.05, 1.08];
    const funds = fundedWithReserve(capex, ltc, Infinity, build, close, d);
    const capitalised = funds.balanceUsd - funds.buildDrawnUsd - funds.reserveDrawnUsd;
    expectClose(funds.balanceUsd, ltc * (capex + funds.reserveUsd + capitalised), 1e-14);
    expectClose(funds.balanceUsd, build * funds.buildDrawnUsd + close * funds.reserveDrawnUsd, 1e-14);
    expectClose(funds.reserveUsd, d * funds.balanceUsd, 1e-15);
    expectClose(funds.reserveDrawnUsd / funds.reserveUsd, funds.buildDrawnUsd / capex, 1e-15);
    expect(closeDrawFactor(0.12, 2)).toBe(1.0201);
    expect(closeDrawFactor(0.12, 0)).toBe(1);
  });
});

/** 1 ÷ (1 + r) + … + 1 ÷ (1 + r)^n. */
function annuityAt(rate: number, years: number): number {
  return Array.from({ length: years }, (_, t) => 1 / (1 + rate) ** (t + 1)).reduce((a, b) => a + b, 0);
}

describe('a cash sweep', () => {
  it('prepays in the rows where the swept year\'s cash falls, so a full sweep never asks the equity for cash in an operating row', () => {
    // An 18-month build splits each lease year over two rows: the year's NOI and service are
    // spread over both, and so is its prepayment (a sweep of 1 takes all the cash left).
    const table = deal(10, 150, 8, -0.15, 0.9, 1e7, 18, 0.6, 0.08, 1.3, undefined, false, undefined, 'level', 0, 0, 0, undefined, undefined, 1);
    const operating = table.filter((row) => (row[serviceColumn] as number) > 0 && row[1] === 0); // past the build: no capex in the row
    expect(operating.length).toBeGreaterThanOrEqual(2);
    for (const row of operating) expect(row[equityColumn] as number).toBeGreaterThanOrEqual(-1e-6 * (row[serviceColumn] as number));
    const swept = operating.filter((row) => (row[sweepColumn] as number) > 0);
    expect(swept.length).toBeGreaterThanOrEqual(1);
  });

  const base = [10, 100, 3, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false, undefined, 'level'] as const;
  const sweeping = (share: number, lockup?: number, dsraMonths = 0) => deal(...base, 0, 0, dsraMonths, lockup, undefined, share);

  // Level service 10M on a loan of 10M × annuity(3); each year the cash left, 12M − service,
  // all prepays (share 1); later principal scales with the balance, interest is 10% of it.
  it('prepays the loan with the cash after debt service and scales the later schedule', () => {
    const table = sweeping(1);
    const loan = 1e7 * annuity(3);
    const scheduledPrincipal = [1e7 - loan * 0.1, 0, 0];
    scheduledPrincipal[1] = 1e7 - (loan - scheduledPrincipal[0]) * 0.1;
    const scheduledClosing1 = loan - scheduledPrincipal[0];
    const sweep1 = 2e6;
    const opening2 = scheduledClosing1 - sweep1;
    const principal2 = (scheduledPrincipal[1] * opening2) / scheduledClosing1;
    const service2 = opening2 * 0.1 + principal2;
    const sweep2 = 12e6 - service2;
    const opening3 = opening2 - principal2 - sweep2;
    const service3 = opening3 * 1.1;
    expectClose(table[1][principalColumn] as number, scheduledPrincipal[0], 1e-14);
    expectClose(table[2][principalColumn] as number, principal2, 1e-13);
    expectClose(table[3][principalColumn] as number, opening3, 1e-13);
    expectClose(table[2][serviceColumn] as number, service2, 1e-13);
    expectClose(table[3][serviceColumn] as number, service3, 1e-13);
    [0, sweep1, sweep2, 0].forEach((sweep, row) => expectClose(table[row][sweepColumn] as number, sweep, 1e-13));
    // the principal and the sweep repay the loan; the equity gets nothing until the last year
    const repaid = [1, 2, 3].reduce((sum, row) => sum + (table[row][principalColumn] as number) + (table[row][sweepColumn] as number), 0);
    expectClose(repaid, loan, 1e-14);
    expect(Math.abs(table[1][equityColumn] as number)).toBeLessThan(1e-6);
    expect(Math.abs(table[2][equityColumn] as number)).toBeLessThan(1e-6);
    expectClose(table[3][equityColumn] as number, 12e6 - service3, 1e-13);
    // the DSCR tests the scheduled service, not the sweep: it rises as the loan is prepaid
    expectClose(table[2][dscrColumn] as number, 12e6 / service2, 1e-13);
    expectClose(table[3][dscrColumn] as number, 12e6 / service3, 1e-13);
  });

  it('adds a cash_sweep_usd column after date, only with a sweep', () => {
    const withHeaders = deal(...base.slice(0, 11) as unknown as Parameters<typeof deal>);
    expect(withHeaders[0]).toEqual([...leaseFinancingHeaders]);
    const swept = deal(10, 100, 3, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, true, undefined, 'level', 0, 0, 0, undefined, undefined, 0.5);
    expect(swept[0]).toEqual([...leaseFinancingHeaders, cashSweepHeader]);
    expect(swept.every((row) => row.length === 15)).toBe(true);
    expect(sweeping(0)[0]).toHaveLength(14);
  });

  // A bullet of 100 at 10%, NOI 60: year 1 pays 10 of interest and sweeps half of the 50 left;
  // year 2 pays 10% of the 75 left and the 75 itself.
  it('cuts a bullet’s interest and its final principal', () => {
    const years = sweptYears(bulletYears(100, 0.1, 2), [60, 60], 0.1, 0.5, undefined);
    expect(years.sweepUsd).toEqual([25, 0]);
    expect(years.years[1]).toEqual({ opening: 75, interest: 7.5, principal: 75, debtService: 82.5, closing: 0, balloon: 75 });
  });

  it('sweeps nothing in a year whose DSCR is below the lock-up', () => {
    const locked = sweeping(0.5, 1.3);
    expect(column(locked, sweepColumn)).toEqual([0, 0, 0, 0]);
    const lockedOnly = deal(...base, 0, 0, 0, 1.3);
    expect(locked.map((row) => row.slice(0, 14))).toEqual(lockedOnly);
  });

  // DSCR 3: service 4M, 8M left in year 1 against a balance of 4M × annuity(2): all of it is
  // swept, the loan is repaid in year 1, and the 6-month reserve (2M) comes back with it.
  it('releases the reserve once the sweep has repaid the loan', () => {
    const table = deal(10, 100, 3, 0, 1, 20_000_000, 0, 0.8, 0.1, 3, undefined, false, undefined, 'level', 0, 0, 6, undefined, undefined, 1);
    const closing1 = 4e6 * annuity(2);
    expectClose(table[1][sweepColumn] as number, closing1, 1e-14);
    expect(column(table, dsraColumn)).toEqual([2e6, 0, 0, 0]);
    expectClose(table[1][equityColumn] as number, 8e6 - closing1 + 2e6, 1e-14);
    expect(column(table, serviceColumn).slice(2)).toEqual([0, 0]);
    expect(column(table, dscrColumn).slice(2)).toEqual(['', '']);
    expect(table[2][equityColumn]).toBe(12e6);
  });

  // capex 50M, LTC 80%: a 40M loan at 10% on a project that earns 23%; prepaying cheap debt
  // with the equity's cash delevers it, so its IRR falls and its payback comes later.
  it('lowers the equity IRR of a deal that earns more than its debt costs, and leaves the project IRR alone', () => {
    const args = [10, 100, 10, 0.03, 1, 5_000_000, 0, 0.8, 0.1, 1.3] as const;
    const without = summary(...args, undefined, false);
    const swept = summary(...args, undefined, false, undefined, undefined, 0, 0, 0, undefined, undefined, 0.5);
    expect(swept.get('project_irr')).toBe(without.get('project_irr'));
    expect(swept.get('debt_usd')).toBe(40_000_000);
    expect(without.get('project_irr') as number).toBeGreaterThan(0.1);
    expect(swept.get('equity_irr') as number).toBeLessThan(without.get('equity_irr') as number);
    expect(swept.get('equity_payback_year') as number).toBeGreaterThan(without.get('equity_payback_year') as number);
    expectClose(swept.get('min_dscr') as number, without.get('min_dscr') as number, 1e-14); // year 1, before any prepayment
    expect(swept.get('avg_dscr') as number).toBeGreaterThan(without.get('avg_dscr') as number);
  });

  it('refuses a share outside 0 … 1, naming the parameter, the rule and the value', () => {
    expect(() => deal(...base, 0, 0, 0, undefined, undefined, 1.5)).toThrow('cash_sweep_share must be between 0 and 1 (a share: 8% is 0.08) (got 1.5)');
    expect(() => deal(...base, 0, 0, 0, undefined, undefined, -0.1)).toThrow('cash_sweep_share must be between 0 and 1');
  });
});
