import { Decimal } from '../arithmetic/decimal';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { flexDispatch, flexDispatchParams } from './flex-dispatch';
import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';

// R, the hourly revenue per MW: 39.33 × (1,000 / 17.5) / 24 = 93.642857142857142857... USD/MWh,
// exactly 39,330 / 420.
const exactRevenue = new Decimal('39.33').times(1000).div('17.5').div(24);

/** a / b = c / d exactly, compared as a × d = c × b. */
function sameValue(a: Quotient, b: Quotient): boolean {
  return a.numerator.toDecimal().times(b.denominator.toDecimal()).eq(b.numerator.toDecimal().times(a.denominator.toDecimal()));
}

/** The double `steps` places above x (below for negative steps), for x > 0. */
function nextDouble(x: number, steps: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(steps));
  return view.getFloat64(0);
}

function valueOf(margin: Quotient): number {
  return quotientValue(margin, 'the margin');
}

describe('flexDispatch', () => {
  it('mines the hours priced below the hourly revenue', () => {
    const result = flexDispatch(39.33, 17.5, [[40], [120]]);
    expect(result.hours).toBe(2);
    expect(result.hoursMined).toBe(1);
    // exactly R − 40 = (39,330 − 40 × 420) / 420
    const expected = { numerator: Exact.of(39_330 - 40 * 420), denominator: Exact.of(420) };
    expect(sameValue(result.marginUsdPerMw, expected)).toBe(true);
  });

  it('decides a price equal to the revenue\'s nearest double exactly, and stays off at equality', () => {
    const nearest = exactRevenue.toNumber();
    const revenueAbove = exactRevenue.gt(nearest);
    expect(flexDispatch(39.33, 17.5, [[nearest]]).hoursMined).toBe(revenueAbove ? 1 : 0);
    // hashprice 24 at 10 J/TH: R = 24 × 100 / 24 = exactly 100 USD/MWh
    expect(flexDispatch(24, 10, [[100]]).hoursMined).toBe(0);
    expect(flexDispatch(24, 10, [[99.99999999999999]]).hoursMined).toBe(1);
  });

  // R is divided once into a number r that may be a unit in the last place off; the prices
  // around r must still be decided as R decides them. Reference: R in 80-digit decimal.
  it.each([
    [39.33, 17.5, 0],
    [24, 10, 0], // R = 100 exactly
    [40, 17.5, 0.02],
    [76.74, 35, 0.02], // R = 89.53 exactly: the price 89.53 ties, and the load stays off
    [0.1 + 0.2, 3.3, 0.015],
    [91.77777777777777, 21.123456789, 0.0123456789],
    [1e-150, 1e150, 0], // R ≈ 4.2e-299
    [1e-160, 1e160, 0], // R ≈ 4.2e-319, below the normal doubles
  ])('decides the prices within four doubles of R exactly (hashprice %p, %p J/TH, fee %p)', (hashprice, efficiency, fee) => {
    const Precise = Decimal.clone({ precision: 80 });
    const revenue = new Precise(hashprice).times(new Precise(1).minus(fee)).times(1000).div(new Precise(efficiency).times(24));
    const nearest = revenue.toNumber();
    for (let ulps = -4; ulps <= 4; ulps++) {
      const price = nextDouble(nearest, ulps);
      expect(flexDispatch(hashprice, efficiency, [[price]], fee).hoursMined).toBe(revenue.gt(price) ? 1 : 0);
    }
  });

  it('mines every hour when R is past the largest double', () => {
    expect(flexDispatch(1e300, 1e-300, [[1.7976931348623157e308, -1e308, 0]]).hoursMined).toBe(3);
  });

  it('mines through negative prices, even at zero hashprice', () => {
    const result = flexDispatch(0, 17.5, [[-5, 0, 3]]);
    expect(result.hoursMined).toBe(1);
    expect(valueOf(result.marginUsdPerMw)).toBe(5);
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
    expectClose(valueOf(result.marginUsdPerMw), exact.toNumber(), 1e-14);
  });

  it('reads any shape: a row, a column and a block give the same dispatch', () => {
    const values = [10, 200, -3, 93, 94, 60];
    const asRow = flexDispatch(39.33, 17.5, [values]);
    const asColumn = flexDispatch(39.33, 17.5, values.map((v) => [v]));
    const asBlock = flexDispatch(39.33, 17.5, [values.slice(0, 3), values.slice(3)]);
    for (const other of [asColumn, asBlock]) {
      expect(other.hoursMined).toBe(asRow.hoursMined);
      expect(sameValue(other.marginUsdPerMw, asRow.marginUsdPerMw)).toBe(true);
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

describe('prices at the edge of the number range', () => {
  it('refuses, as not finite, a sum of mined prices past the largest number instead of failing inside', () => {
    const prices = [[0, -Number.MAX_VALUE, -Number.MAX_VALUE]];
    expect(() => flexDispatch(39.53, 17.5, prices, 0.02).marginUsdPerMw).toThrow("the sum of the mined hours' prices is past the largest number");
  });
});

