import { Decimal } from '../decimal';
import { ruleCases } from '../rules';
import { expectClose } from '../../../test/helpers/tolerance';
import { flexDispatch, flexDispatchParams } from './flex-dispatch';

// R, the hourly revenue per MW: 39.33 × (1,000 / 17.5) / 24 = 93.642857142857142857... USD/MWh.
const exactRevenue = new Decimal('39.33').times(1000).div('17.5').div(24);

describe('flexDispatch', () => {
  it('mines the hours priced below the hourly revenue', () => {
    const result = flexDispatch(39.33, 17.5, [[40], [120]]);
    expect(result.hours).toBe(2);
    expect(result.hoursMined).toBe(1);
    expect(result.marginUsdPerMw.eq(exactRevenue.minus(40))).toBe(true);
  });

  it('decides a price equal to the revenue\'s nearest double exactly, and stays off at equality', () => {
    const nearest = exactRevenue.toNumber();
    const revenueAbove = exactRevenue.gt(nearest);
    expect(flexDispatch(39.33, 17.5, [[nearest]]).hoursMined).toBe(revenueAbove ? 1 : 0);
    // hashprice 24 at 10 J/TH: R = 24 × 100 / 24 = exactly 100 USD/MWh
    expect(flexDispatch(24, 10, [[100]]).hoursMined).toBe(0);
    expect(flexDispatch(24, 10, [[99.99999999999999]]).hoursMined).toBe(1);
  });

  it('mines through negative prices, even at zero hashprice', () => {
    const result = flexDispatch(0, 17.5, [[-5, 0, 3]]);
    expect(result.hoursMined).toBe(1);
    expect(result.marginUsdPerMw.toNumber()).toBe(5);
  });

  // Worked reference: the margin summed hour by hour in Decimal. 8,760 hours of prices that
  // swing around R make a plain double sum drift; the compensated sum must not.
  it('sums 8,760 hours to the exact hour-by-hour Decimal margin', () => {
    const prices = Array.from({ length: 8760 }, (_, hour) => [93.6 + 80 * Math.sin(hour * 0.37) + 1e-7 * (hour % 13)]);
    let exact = new Decimal(0);
    let mined = 0;
    for (const [price] of prices) {
      if (exactRevenue.gt(price)) {
        exact = exact.plus(exactRevenue.minus(price));
        mined++;
      }
    }
    const result = flexDispatch(39.33, 17.5, prices);
    expect(result.hoursMined).toBe(mined);
    expectClose(result.marginUsdPerMw.toNumber(), exact.toNumber(), 1e-14);
  });

  it('reads any shape: a row, a column and a block give the same dispatch', () => {
    const values = [10, 200, -3, 93, 94, 60];
    const asRow = flexDispatch(39.33, 17.5, [values]);
    const asColumn = flexDispatch(39.33, 17.5, values.map((v) => [v]));
    const asBlock = flexDispatch(39.33, 17.5, [values.slice(0, 3), values.slice(3)]);
    for (const other of [asColumn, asBlock]) {
      expect(other.hoursMined).toBe(asRow.hoursMined);
      expect(other.marginUsdPerMw.eq(asRow.marginUsdPerMw)).toBe(true);
    }
  });

  it('rejects an empty range and a cell that is not a finite number, naming the cell', () => {
    expect(() => flexDispatch(39.33, 17.5, [])).toThrow('hourly_power_prices_usd_per_mwh must be a range of numbers (got a range)');
    expect(() => flexDispatch(39.33, 17.5, [[1], []])).toThrow('must be a range of numbers');
    expect(() => flexDispatch(39.33, 17.5, [[1, 2], [3, Number.NaN]])).toThrow(
      'hourly_power_prices_usd_per_mwh must contain only numbers (row 2, column 2 is NaN) (got a range)',
    );
    expect(() => flexDispatch(39.33, 17.5, [[1, null as unknown as number]])).toThrow('(row 1, column 2 is blank)');
  });

  it.each(ruleCases(flexDispatchParams, [39.33, 17.5, [[40]], 0.02]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => flexDispatch(...(args as [number, number, number[][], number]))).toThrow(message);
  });

  it('rejects a range of more than 1,048,576 cells (the rule on its cell count)', () => {
    const [rule] = flexDispatchParams[2].rules;
    const tooMany = [new Array(rule.counterexample).fill(0)];
    expect(() => flexDispatch(39.33, 17.5, tooMany)).toThrow(
      `hourly_power_prices_usd_per_mwh ${rule.text} (got ${rule.counterexample})`,
    );
    expect(flexDispatch(39.33, 17.5, [new Array(1_048_576).fill(200)]).hours).toBe(1_048_576);
  });
});
