import { Decimal } from '../arithmetic/decimal';
import { expectClose } from '../../../test/helpers/tolerance';
import { quotientValue } from '../arithmetic/quotient';
import { flexDispatch } from './flex-dispatch';
import { flexMarginUsdPerMwYear, flexMarginPerMwParams } from './flex-margin-per-mw';
import { checkedCore } from '../params';

const checkedFlexMarginUsdPerMwYear = checkedCore(flexMarginPerMwParams, flexMarginUsdPerMwYear);

// The precision of Σ prices in flexDispatch (Neumaier's compensated summation). After a price of
// −1e16 USD/MWh a double's spacing is 2, so each later price of 0.5 USD/MWh vanishes from a
// plain running sum: over 8,759 such hours it loses 4,379.5 USD, 4.4e-13 of the margin, far
// beyond the one rounding (about 1e-16) the compensated sum keeps to.
// R = 39.33 × (1,000 / 17.5) / 24 = 39,330 / 420 USD/MWh; exact margin Σ (R − p) in decimal.
const spike = -1e16;
const tinyPrice = 0.5;
const tinyHours = 8_759;
const prices = [[spike], ...Array.from({ length: tinyHours }, () => [tinyPrice])];
const revenue = new Decimal(39_330).div(420);
const exactPricesSum = new Decimal(spike).plus(new Decimal(tinyPrice).times(tinyHours));
const exactMargin = revenue.times(tinyHours + 1).minus(exactPricesSum);

describe('flexDispatch sums the prices without losing small ones after a large one', () => {
  it('mines every hour, and a plain running sum would lose the small prices', () => {
    expect(flexDispatch(39.33, 17.5, prices).hoursMined).toBe(tinyHours + 1);
    const plainSum = prices.reduce((sum, [price]) => sum + price, 0);
    expect(plainSum).toBe(spike);
  });

  it('keeps the margin per MW within one rounding of the exact Σ (R − p)', () => {
    const margin = quotientValue(flexDispatch(39.33, 17.5, prices).marginUsdPerMw, 'the margin');
    expectClose(margin, exactMargin.toNumber(), 1e-15);
  });

  it('keeps the annual margin per MW within one rounding of the exact value (8,760 hours given: no scaling)', () => {
    expectClose(checkedFlexMarginUsdPerMwYear(39.33, 17.5, prices), exactMargin.toNumber(), 1e-15);
  });
});
