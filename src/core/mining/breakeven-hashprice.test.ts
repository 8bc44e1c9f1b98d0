import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { breakevenHashpriceParams, breakevenHashpriceUsdPerPhDay } from './breakeven-hashprice';
import { miningMarginUsdPerMwYear, miningMarginPerMwParams } from './margin-per-mw';

const checkedBreakevenHashpriceUsdPerPhDay = checkedCore(breakevenHashpriceParams, breakevenHashpriceUsdPerPhDay);
const checkedMiningMarginUsdPerMwYear = checkedCore(miningMarginPerMwParams, miningMarginUsdPerMwYear);

describe('breakevenHashpriceUsdPerPhDay', () => {
  // Worked: a 17.5 J/TH S21 (mining.md) draws 17.5 kW per PH/s, 420 kWh a day; at 4 c/kWh
  // (large listed miners, mining.md) that is 16.80 USD/PH/day.
  it('gives 16.80 USD/PH/day for a 17.5 J/TH fleet at 4 c/kWh', () => {
    expect(checkedBreakevenHashpriceUsdPerPhDay(17.5, 0.04)).toBe(16.8);
  });

  it('grosses up for the pool fee and adds other costs', () => {
    expectClose(checkedBreakevenHashpriceUsdPerPhDay(17.5, 0.04, 0.02), 16.8 / 0.98);
    expectClose(breakevenHashpriceUsdPerPhDay(17.5, 0.04, 0.02, 5), 21.8 / 0.98);
  });

  it('is 0 with free power and no other cost, and only the other cost with free power', () => {
    expect(checkedBreakevenHashpriceUsdPerPhDay(17.5, 0)).toBe(0);
    expect(breakevenHashpriceUsdPerPhDay(17.5, 0, 0, 3)).toBe(3);
  });

  it('is where the margin per MW is 0 (invariant)', () => {
    const hashprice = checkedBreakevenHashpriceUsdPerPhDay(21.5, 0.065, 0.025);
    expect(Math.abs(checkedMiningMarginUsdPerMwYear(hashprice, 21.5, 0.065, 1, 0.025))).toBeLessThan(1e-9);
  });

  it('stays finite for a fee just below 1', () => {
    expectClose(checkedBreakevenHashpriceUsdPerPhDay(17.5, 0.04, 0.999999), 16.8 / 0.000001, 1e-9);
  });

  it.each(ruleCases(breakevenHashpriceParams, [17.5, 0.04, 0.02, 5]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(breakevenHashpriceParams, breakevenHashpriceUsdPerPhDay)(...(args as [number, number, number, number]))).toThrow(message);
  });
});
