import { Decimal } from '../arithmetic/decimal';
import { growth, rateOf } from './growth';

const Decimal50 = Decimal.clone({ precision: 50 });
const valueOf = ({ hi, lo }: { hi: number; lo: number }) => new Decimal50(hi.toPrecision(40)).plus(lo.toPrecision(40));

describe('growth and rateOf', () => {
  it.each([0.1, 0.045, -0.9999, -0.2, 3, 0, 1e-12])('take the short decimal %p as typed', (rate) => {
    const typed = new Decimal50(String(rate));
    expect(valueOf(growth(rate)).minus(typed.plus(1)).abs().toNumber()).toBeLessThan(1e-31);
    expect(valueOf(rateOf(rate)).minus(typed).abs().toNumber()).toBeLessThanOrEqual(Math.abs(rate) * 1e-31);
  });

  it('take a full-precision double above −50% as its binary value, exactly', () => {
    const rate = 0.02 + 6 * 0.001; // 0.026000000000000002
    expect(valueOf(growth(rate)).minus(new Decimal50(rate.toPrecision(40)).plus(1)).abs().toNumber()).toBeLessThan(1e-38);
    expect(rateOf(rate)).toEqual({ hi: rate, lo: 0 });
  });

  it('take a full-precision double below −50% by its printed digits', () => {
    const rate = -0.9 + 1e-17 * 3; // not a short decimal
    expect(valueOf(growth(rate)).minus(new Decimal50(String(rate)).plus(1)).abs().toNumber()).toBeLessThan(1e-31);
  });

  it('give the doc example: growth(-0.9999) rounds to 0.0001', () => {
    expect(growth(-0.9999).hi).toBe(0.0001);
    expect(growth(0.1).hi).toBe(1.1);
  });
});
