import { expectClose } from '../../../test/helpers/tolerance';
import { yearlyIrr } from './yearly-irr';

describe('yearlyIrr', () => {
  it('solves the flows by hand: 10% on −100, 110; (1 + √13.96 … ) on −100, 60, 60', () => {
    expectClose(yearlyIrr([-100, 110]) as number, 0.1, 1e-15);
    // −100 + 60v + 60v² = 0: v = (−60 + √(3600 + 24000)) ÷ 120
    const v = (-60 + Math.sqrt(27600)) / 120;
    expectClose(yearlyIrr([-100, 60, 60]) as number, 1 / v - 1, 1e-14);
  });

  it('skips leading zero flows, which do not move the rate', () => {
    expect(yearlyIrr([0, 0, -100, 110])).toBe(yearlyIrr([-100, 110]));
  });

  it('finds negative rates, and none for flows of one sign', () => {
    expectClose(yearlyIrr([-100, 50]) as number, -0.5, 1e-15);
    expect(yearlyIrr([100, 50])).toBeUndefined();
    expect(yearlyIrr([0, 0])).toBeUndefined();
  });
});
