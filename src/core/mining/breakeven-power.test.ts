import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { breakevenHashpriceUsdPerPhDay } from './breakeven-hashprice';
import { breakevenPowerParams, breakevenPowerPriceUsdPerKwh } from './breakeven-power';

const checkedBreakevenPowerPriceUsdPerKwh = checkedCore(breakevenPowerParams, breakevenPowerPriceUsdPerKwh);

describe('breakevenPowerPriceUsdPerKwh', () => {
  // Worked: at the 2026-01-12 hashprice of ~39.33 USD/PH/day a 17.5 J/TH machine uses 420 kWh
  // per PH/day, so it pays up to 39.33 / 420 = 0.093643 USD/kWh.
  it('gives ~9.36 c/kWh for a 17.5 J/TH machine at a 39.33 hashprice', () => {
    expectClose(checkedBreakevenPowerPriceUsdPerKwh(39.33, 17.5), 39.33 / 420);
  });

  it('nets the pool fee and other costs', () => {
    expectClose(breakevenPowerPriceUsdPerKwh(39.33, 17.5, 0.02, 5), (39.33 * 0.98 - 5) / 420);
  });

  it('is negative when other costs exceed the revenue: off at any positive price', () => {
    expectClose(breakevenPowerPriceUsdPerKwh(10, 29.5, 0, 12), -2 / (29.5 * 24));
    expectClose(breakevenPowerPriceUsdPerKwh(0, 17.5, 0, 1), -1 / 420);
  });

  it('returns the power price that the breakeven hashprice came from (invariant)', () => {
    for (const [efficiency, price, fee, other] of [
      [17.5, 0.04, 0, 0],
      [29.5, 0.065, 0.02, 3.5],
      [12, 0.0123456789, 0.035, 0.7],
    ]) {
      const hashprice = breakevenHashpriceUsdPerPhDay(efficiency, price, fee, other);
      expectClose(breakevenPowerPriceUsdPerKwh(hashprice, efficiency, fee, other), price, 1e-14);
    }
  });

  it.each(ruleCases(breakevenPowerParams, [39.33, 17.5, 0.02, 5]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(breakevenPowerParams, breakevenPowerPriceUsdPerKwh)(...(args as [number, number, number, number]))).toThrow(message);
  });
});
