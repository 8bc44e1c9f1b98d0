import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { breakevenHashpriceUsdPerPhDay } from './breakeven-hashprice';
import { breakevenNetworkHashrateEhs, breakevenNetworkHashrateParams } from './breakeven-network-hashrate';
import { hashpriceUsdPerPhDay } from './hashprice';

const checkedBreakevenNetworkHashrateEhs = checkedCore(breakevenNetworkHashrateParams, breakevenNetworkHashrateEhs);

type Args = [number, number, number, number, number | undefined, number, number];

describe('breakevenNetworkHashrateEhs', () => {
  // Worked: an Antminer S21 XP (13.5 J/TH, mining.md) at 5 c/kWh costs 13.5 × 24 × 0.05 =
  // 16.2 USD/PH/day. At $91,132 and 0.0173 BTC of fees a block (2026-01-12) the hashprice is
  // 91,132 × 3.1423 × 0.144 / H = 41,236.428... / H, which is 16.2 at H = 2,545.4585 EH/s.
  it('gives 2,545.46 EH/s for an S21 XP at 5 c/kWh and $91,132', () => {
    expectClose(checkedBreakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0.0173), 2545.4585208888889);
  });

  // With a 2% pool fee and 2 USD/PH/day of other cost:
  // 41,236.428... × 0.98 / (16.2 + 2) = 2,220.4230 EH/s.
  it('counts the pool fee and other cost', () => {
    expectClose(breakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0.0173, undefined, 0.02, 2), 2220.4230482215385);
  });

  it('is where the hashprice meets the breakeven hashprice (invariant)', () => {
    const h = breakevenNetworkHashrateEhs(70343.9, 17.5, 0.045, 0.016, 1_050_000, 0.015, 3);
    expectClose(hashpriceUsdPerPhDay(70343.9, h, 0.016, 1_050_000), breakevenHashpriceUsdPerPhDay(17.5, 0.045, 0.015, 3), 1e-14);
  });

  it('halves at the 2028 halving without fees, and doubles with the BTC price (invariants)', () => {
    const before = checkedBreakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0, 1_049_999);
    expectClose(checkedBreakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0, 1_050_000), before / 2);
    expectClose(checkedBreakevenNetworkHashrateEhs(2 * 91132, 13.5, 0.05, 0, 1_049_999), 2 * before);
  });

  it('is 0 with no subsidy and no fees, and #DIV/0! when running costs nothing', () => {
    expect(checkedBreakevenNetworkHashrateEhs(91132, 13.5, 0.05, 0, 6_930_000)).toBe(0);
    expect(() => checkedBreakevenNetworkHashrateEhs(91132, 13.5, 0)).toThrow(
      expect.objectContaining({
        kind: 'division_by_zero',
        message:
          'power_price_usd_per_kwh and other_cost_usd_per_ph_day are both 0: the machine costs nothing to run, ' +
          'so no network hashrate ends its life',
      }),
    );
  });

  it.each(ruleCases(breakevenNetworkHashrateParams, [91132, 13.5, 0.05, 0.0173, 940_000, 0.02, 2]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(breakevenNetworkHashrateParams, breakevenNetworkHashrateEhs)(...(args as Args))).toThrow(message);
    },
  );
});
