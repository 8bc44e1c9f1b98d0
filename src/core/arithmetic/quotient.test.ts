import { Exact } from './exact';
import { oneMinus, quotientValue } from './quotient';

describe('oneMinus', () => {
  it('is exactly 1 − share in decimal, where the double subtraction is not', () => {
    expect(oneMinus(0).toDecimal().toString()).toBe('1');
    expect(oneMinus(0.02).toDecimal().toString()).toBe('0.98');
    // 1 − 0.9999999999999999 is 1e-16 in decimal; in doubles it is 1.1102230246251565e-16.
    expect(oneMinus(0.9999999999999999).toDecimal().toString()).toBe('1e-16');
    expect(1 - 0.9999999999999999).toBe(1.1102230246251565e-16);
  });
});

describe('quotientValue', () => {
  it('divides the numerator by the denominator once', () => {
    expect(quotientValue({ numerator: Exact.of(16.8), denominator: oneMinus(0.02) }, 'x')).toBe(16.8 / 0.98);
    expect(quotientValue({ numerator: Exact.of(1), denominator: Exact.of(3) }, 'x')).toBe(1 / 3);
  });

  it('reports a zero denominator as not a finite number', () => {
    expect(() => quotientValue({ numerator: Exact.of(1), denominator: oneMinus(0.5).minus(0.5) }, 'the value')).toThrow(
      expect.objectContaining({ kind: 'not_finite' }),
    );
  });
});
