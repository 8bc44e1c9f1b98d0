/**
 * LEASE_FINANCING's second-edition options (debt profiles, a downside case, a debt service
 * reserve, a lock-up, the close date) and LEASE_SUMMARY, each against a deal derived by hand:
 * 10 MW at $100/kW-month, NOI $12M a year, no build unless stated, 10% interest.
 */
import { expectClose } from '../../../test/helpers/tolerance';
import { checkedCore } from '../params';
import { leaseFinancing, leaseFinancingParams } from './lease-financing';
import { leaseSummary, leaseSummaryParams } from './lease-summary';

const deal = checkedCore(leaseFinancingParams, leaseFinancing);
const summary = (...args: Parameters<typeof deal>) =>
  new Map(checkedCore(leaseSummaryParams, leaseSummary)(...args).filter(([label]) => label !== 'label').map(([label, value]) => [label as string, value]));
type Row = (number | string)[];
const column = (table: Row[], index: number) => table.map((row) => row[index]);
// 10 MW, $100/kW-month, 2 years, flat, NOI = rent; capex 200M; LTC 80%; 10%; DSCR 1.2
const base = [10, 100, 2, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2] as const;

describe('LEASE_FINANCING, second edition', () => {
  // Level: service 12M ÷ 1.2 = 10M a year, worth 10M × (1/1.1 + 1/1.21); the same as sculpted on a flat NOI.
  it('level and sculpted agree on a flat NOI; a bullet pays interest only and the loan at the term', () => {
    const level = deal(...base, undefined, false, undefined, 'level');
    const sculpted = deal(...base, undefined, false);
    level.forEach((row, r) => row.forEach((cell, c) => (typeof cell === 'number' ? expectClose(cell, sculpted[r][c] as number, 1e-14) : expect(cell).toBe(sculpted[r][c]))));
    // Bullet: interest = 12M ÷ 1.2 = 10M a year on a loan of 100M, capped by the 80% LTC at 160M: 100M.
    const bullet = deal(...base, undefined, false, undefined, 'bullet');
    expect(column(bullet, 3)).toEqual([100_000_000, 0, 0]);
    expect(column(bullet, 4)).toEqual([0, 10_000_000, 10_000_000]);
    expect(column(bullet, 5)).toEqual([0, 0, 100_000_000]);
    expect(column(bullet, 7)).toEqual(['', 1.2, 1.2]); // the bullet's principal is left out of the DSCR
    expect(column(bullet, 8)).toEqual([-100_000_000, 2_000_000, 2_000_000 - 100_000_000]);
  });

  // Balloon 50%: S = 10M; loan L with L = S/1.1 + (S + L/2)/1.21, so L = S × (1/1.1 + 1/1.21) ÷ (1 − 0.5/1.21).
  it('a balloon sizes the level service on the loan less its share, the share paid at the term', () => {
    const table = deal(...base, undefined, false, undefined, 'balloon', 0.5);
    const loan = (1e7 * (1 / 1.1 + 1 / 1.21)) / (1 - 0.5 / 1.21);
    expectClose(table[0][3] as number, loan, 1e-14);
    expectClose((table[1][5] as number) + (table[2][5] as number), loan, 1e-13);
    expectClose(table[2][6] as number, 1e7 + loan / 2, 1e-13);
    expectClose(table[2][7] as number, 1.2, 1e-13);
  });

  // A 25% haircut: the downside NOI 9M carries 9M ÷ 1.2 = 7.5M a year, which sizes the loan;
  // the base DSCR is then 12 ÷ 7.5 = 1.6 and the downside's 1.2.
  it('sizes on the smaller of the base and the downside case, showing both DSCRs', () => {
    const table = deal(...base, undefined, false, undefined, undefined, 0, 0.25);
    expectClose(table[0][3] as number, 7.5e6 * (1 / 1.1 + 1 / 1.21), 1e-14);
    expectClose(table[1][7] as number, 1.6, 1e-13);
    expectClose(table[1][10] as number, 1.2, 1e-13);
  });

  // A 6-month reserve of the 10M service: 5M at close (the NOI sizes the loan, which stays the
  // same, so the equity puts 5M more in), released with the last service.
  it('funds a debt service reserve at close and releases it with the last debt service', () => {
    const without = deal(...base, undefined, false);
    const table = deal(...base, undefined, false, undefined, undefined, 0, 0, 6);
    expect(column(table, 11)).toEqual([5_000_000, 5_000_000, 0]);
    expectClose(table[0][8] as number, (without[0][8] as number) - 5e6, 1e-15);
    expectClose(table[2][8] as number, (without[2][8] as number) + 5e6, 1e-15);
    expect(summary(...base, undefined, false, undefined, undefined, 0, 0, 6).get('dsra_usd')).toBe(5_000_000);
  });

  // DSCR 1.2 every year: a lock-up at 1.3 holds year 1's 2M; the last row releases all of it.
  it('holds distributions back below the lock-up DSCR and releases them when the deal ends', () => {
    const table = deal(10, 100, 3, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false, undefined, undefined, 0, 0, 0, 1.3);
    [0, 2e6, 4e6, 0].forEach((held, row) => expectClose(table[row][12] as number, held, 1e-14));
    [0, 0, 6e6].forEach((equity, row) => expectClose(table[row + 1][8] as number, equity, 1e-14));
    // a lock-up the DSCR meets holds nothing
    const free = deal(10, 100, 3, 0, 1, 20_000_000, 0, 0.8, 0.1, 1.2, undefined, false, undefined, undefined, 0, 0, 0, 1.1);
    expect(column(free, 12)).toEqual([0, 0, 0, 0]);
  });

  it('dates each row 365 days after the last from the close date', () => {
    expect(column(deal(...base, undefined, false), 13)).toEqual([0, 365, 730]);
    expect(column(deal(...base, undefined, false, undefined, undefined, 0, 0, 0, undefined, 46142), 13)).toEqual([46142, 46507, 46872]);
  });
});

describe('LEASE_SUMMARY', () => {
  it('lists the headline figures under their permanent labels, with a header row by default', () => {
    const table = checkedCore(leaseSummaryParams, leaseSummary)(...base);
    expect(table.map((row) => row[0])).toEqual([
      'label', 'equity_irr', 'project_irr', 'min_dscr', 'avg_dscr', 'min_dscr_downside', 'debt_usd', 'equity_usd', 'loan_to_cost',
      'capitalised_interest_usd', 'equity_payback_year', 'dsra_usd',
    ]);
  });

  // Equity: −(200M − 17.36M), 2M, 2M never pays back: its IRR is the root of −182.64 + 2v + 2v² = 0, below 0.
  it('gives the figures of the hand-derived deal', () => {
    const figures = summary(...base, undefined, false);
    const loan = 1e7 * (1 / 1.1 + 1 / 1.21);
    expectClose(figures.get('debt_usd') as number, loan, 1e-15);
    expectClose(figures.get('equity_usd') as number, 2e8 - loan, 1e-15);
    expectClose(figures.get('loan_to_cost') as number, loan / 2e8, 1e-15);
    expect(figures.get('capitalised_interest_usd')).toBe(0);
    expectClose(figures.get('min_dscr') as number, 1.2, 1e-14);
    expectClose(figures.get('avg_dscr') as number, 1.2, 1e-14);
    expect(figures.get('equity_payback_year')).toBe('');
    const equity = 2e8 - loan;
    const v = (-2e6 + Math.sqrt(4e12 + 4 * 2e6 * equity)) / (2 * 2e6);
    expectClose(figures.get('equity_irr') as number, 1 / v - 1, 1e-12);
  });

  // Capitalised interest: a 12-month build at 12% draws D evenly; at completion it is D × Σ 1.01^k ÷ 12.
  it('counts the interest capitalised over the build in the debt and the loan-to-cost', () => {
    const figures = summary(10, 100, 2, 0, 1, 1_000_000, 12, 0.5, 0.12, 1.2, undefined, false);
    let factor = 0;
    for (let k = 0; k < 12; k++) factor += 1.01 ** k;
    factor /= 12;
    const drawn = (0.5 * 1e7) / (factor * 0.5 + 0.5);
    expectClose(figures.get('capitalised_interest_usd') as number, drawn * (factor - 1), 1e-12);
    expectClose(figures.get('loan_to_cost') as number, 0.5, 1e-14);
  });

  it('gives the payback year linear within the row that crosses', () => {
    // capex 10M, LTC 0: equity −10M, then 12M: paid back 10/12 of the way through year 1
    const figures = summary(10, 100, 2, 0, 1, 1_000_000, 0, 0, 0.1, 1.2, undefined, false);
    expectClose(figures.get('equity_payback_year') as number, 10 / 12, 1e-15);
  });
});
