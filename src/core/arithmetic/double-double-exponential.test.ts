import { Decimal } from './decimal';
import { dd, DoubleDouble } from './double-double';
import { ddExp, ddExpm1, ddLog, ddLog1p } from './double-double-exponential';

const Decimal50 = Decimal.clone({ precision: 50 });
const valueOf = (x: DoubleDouble) => new Decimal50(x.hi.toPrecision(40)).plus(x.lo.toPrecision(40));
const relativeError = (x: DoubleDouble, exact: Decimal) => valueOf(x).minus(exact).abs().div(exact.abs()).toNumber();

describe('ddExpm1 and ddExp', () => {
  it.each([1e-20, -1e-12, 1e-5, 0.3, -0.34, 1, -1, 10, -30, 100, 700, -600])('are e^%p (− 1) to about 2^-100', (x) => {
    const exact = new Decimal50(x.toPrecision(40)).exp();
    expect(relativeError(ddExp(dd(x)), exact)).toBeLessThan(2 ** -99);
    if (x > -80) expect(relativeError(ddExpm1(dd(x)), exact.minus(1))).toBeLessThan(2 ** -99);
  });

  it('gives the doc examples: e^0 − 1 = 0, e^1e-20 − 1 rounds to 1e-20', () => {
    expect(ddExpm1(dd(0)).hi).toBe(0);
    expect(ddExpm1(dd(1e-20)).hi).toBe(1e-20);
    expect(ddExp(dd(0)).hi).toBe(1);
  });

  it('is −1 far below 0 and Infinity past 709', () => {
    expect(ddExpm1(dd(-100)).hi).toBe(-1);
    expect(ddExpm1(dd(710)).hi).toBe(Infinity);
  });
});

describe('ddLog1p and ddLog', () => {
  it.each([1e-20, -1e-9, 0.045, -0.5, 0.1, 1, 5, 1e10, 1e300])('ln(1 + %p) is right to about 2^-100', (x) => {
    expect(relativeError(ddLog1p(dd(x)), new Decimal50(x.toPrecision(40)).plus(1).ln())).toBeLessThan(2 ** -98);
  });

  it.each([1e-200, 1e-8, 0.0001, 0.3, 0.5])('ln %p is right to about 2^-100', (g) => {
    expect(relativeError(ddLog(dd(g)), new Decimal50(g.toPrecision(40)).ln())).toBeLessThan(2 ** -98);
  });

  it('gives the doc examples', () => {
    expect(ddLog1p(dd(0)).hi).toBe(0);
    expect(ddLog(dd(0.0001)).hi).toBe(-9.210340371976182);
  });
});
