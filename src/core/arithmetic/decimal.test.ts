import { Decimal, quotientToNumber, toFiniteNumber } from './decimal';

describe('toFiniteNumber', () => {
  it('converts and turns -0 into 0', () => {
    expect(toFiniteNumber(new Decimal('1.5'), 'x')).toBe(1.5);
    expect(Object.is(toFiniteNumber(new Decimal('-0'), 'x'), 0)).toBe(true);
  });

  it('throws not_finite for a value beyond the double range', () => {
    expect(() => toFiniteNumber(new Decimal('1e400'), 'the total')).toThrow('the total is not a finite number');
  });
});

describe('quotientToNumber', () => {
  it('equals the correctly rounded quotient for ordinary values (1 ulp at most)', () => {
    // Worked derivation: hashprice 39.33 USD/PH/day × 365,000 / 17.5 J/TH = 820,311.428571...
    const exact = new Decimal('39.33').times(365000).div('17.5').toNumber();
    const fast = quotientToNumber(new Decimal('39.33').times(365000), new Decimal('17.5'), 'x');
    expect(Math.abs(fast - exact)).toBeLessThanOrEqual(Number.EPSILON * Math.abs(exact));
    expect(quotientToNumber(new Decimal(1), new Decimal(3), 'x')).toBe(1 / 3);
  });

  it('falls back to the decimal division when a side is outside the double range', () => {
    const huge = new Decimal('1e400');
    expect(quotientToNumber(huge, new Decimal('1e390'), 'x')).toBeCloseTo(1e10, 0);
    expect(quotientToNumber(new Decimal('1e-350'), new Decimal('1e-340'), 'x')).toBe(1e-10);
  });

  it('throws not_finite for a zero denominator or an overflowing quotient', () => {
    expect(() => quotientToNumber(new Decimal(1), new Decimal(0), 'the ratio')).toThrow('the ratio is not a finite number');
    expect(() => quotientToNumber(new Decimal('1e300'), new Decimal('1e-300'), 'the ratio')).toThrow('not a finite number');
  });

  it('keeps a quotient whose numerator underflows a double (the exact path)', () => {
    expect(quotientToNumber(new Decimal('2.25e-324'), new Decimal('0.3333333333333333'), 'x')).toBe(5e-324);
  });

  it('returns 0, not -0, for a zero numerator', () => {
    expect(Object.is(quotientToNumber(new Decimal('-0'), new Decimal(5), 'x'), 0)).toBe(true);
  });
});
