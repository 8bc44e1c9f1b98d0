import { Decimal } from './decimal';
import { dd, ddCompare, ddDifference, ddDiscountedSum, ddPlus, ddPower, ddProduct, ddQuotient, ddSum, ddTimes, DoubleDouble, twoSum } from './double-double';

const Decimal50 = Decimal.clone({ precision: 50 });
/** The exact value hi + lo (each double's own digits, 40 of them, are exact enough here). */
const valueOf = (x: DoubleDouble) => new Decimal50(x.hi.toPrecision(40)).plus(x.lo.toPrecision(40));
const relativeError = (x: DoubleDouble, exact: Decimal) => valueOf(x).minus(exact).abs().div(exact.abs()).toNumber();

describe('double-double arithmetic', () => {
  it('holds a sum of doubles exactly (twoSum): 1 + 1e-20', () => {
    const sum = twoSum(1, 1e-20);
    expect([sum.hi, sum.lo]).toEqual([1, 1e-20]);
  });

  it.each([
    [0.1, 0.7],
    [1 / 3, 2 / 7],
    [123456.789, 1e-9],
    [1e150, 3e-140],
  ])('adds, subtracts, multiplies and divides %p and %p to about 2^-104', (a, b) => {
    const [x, y] = [ddQuotient(dd(a), dd(3)), ddQuotient(dd(b), dd(7))];
    const [ex, ey] = [valueOf(x), valueOf(y)];
    expect(relativeError(ddSum(x, y), ex.plus(ey))).toBeLessThan(2 ** -104);
    expect(relativeError(ddDifference(x, y), ex.minus(ey))).toBeLessThan(2 ** -100);
    expect(relativeError(ddProduct(x, y), ex.times(ey))).toBeLessThan(2 ** -103);
    expect(relativeError(ddQuotient(x, y), ex.div(ey))).toBeLessThan(2 ** -102);
    expect(relativeError(ddTimes(x, b), ex.times(b.toPrecision(40)))).toBeLessThan(2 ** -103);
  });

  it('rounds to the nearest double in hi: 1 / 3', () => {
    expect(ddQuotient(dd(1), dd(3)).hi).toBe(1 / 3);
  });

  it('raises to whole powers by squaring, exactly at 1', () => {
    const x = ddQuotient(dd(1), dd(1.07));
    expect(relativeError(ddPower(x, 100), new Decimal50(1).div(new Decimal50((1.07).toPrecision(40)).pow(100)))).toBeLessThan(2 ** -98);
    expect(ddPower(dd(1), 1200)).toEqual(dd(1));
    expect(ddPower(x, 0)).toEqual(dd(1));
  });

  it('overflows to Infinity, not NaN', () => {
    expect(ddPower(dd(1e4), 100).hi).toBe(Infinity);
    expect(ddTimes(dd(1e300), 1e10).hi).toBe(Infinity);
  });

  it('compares by hi, then lo', () => {
    expect(ddCompare(twoSum(1, 1e-20), dd(1))).toBe(1);
    expect(ddCompare(twoSum(1, -1e-20), dd(1))).toBe(-1);
    expect(ddCompare(dd(2), dd(2))).toBe(0);
  });
});

describe('ddDiscountedSum', () => {
  it('is ddPlus then ddProduct from the last value, to the bit', () => {
    const v = ddQuotient(dd(1), dd(1.0687));
    const values = [0, 1.5e6, 2e6, 123456.789, 0.1, 3e7, 0];
    let total = dd(0);
    for (let t = values.length - 1; t >= 0; t--) total = ddProduct(ddPlus(total, values[t]), v);
    expect(ddDiscountedSum(values, v)).toEqual(total);
  });

  it('gives the doc example, 110 / 1.1 + 121 / 1.21 = 200, and 0 for no values', () => {
    expect(Math.abs(ddDiscountedSum([110, 121], ddQuotient(dd(1), dd(1.1))).hi - 200)).toBeLessThan(1e-13);
    expect(ddDiscountedSum([], dd(0.9)).hi).toBe(0);
  });

  it('overflows to Infinity, not NaN', () => {
    expect(ddDiscountedSum([1e300, 1e300], dd(1e10)).hi).toBe(Infinity);
  });
});
