import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { breakevenBtcParams, breakevenBtcPriceUsd } from './breakeven-btc';
import { breakevenHashpriceUsdPerPhDay } from './breakeven-hashprice';
import { hashpriceUsdPerPhDay } from './hashprice';
import { hashvalueBtcPerPhDay } from './hashvalue';

const checkedBreakevenBtcPriceUsd = checkedCore(breakevenBtcParams, breakevenBtcPriceUsd);

type Args = [number, number, number, number, number | undefined, number, number];

describe('breakevenBtcPriceUsd', () => {
  // Worked: 16.80 USD/PH/day (17.5 J/TH at 4 c/kWh) over the 2026-01-12 hashvalue of
  // 0.00043156051502145923 BTC/PH/day = 38,928.49 USD: the power-only cost of one BTC, well
  // under the $79,995 cash cost CoinShares published for Q4 2025 (mining.md), which carries
  // older fleets, dearer power and overheads.
  it('gives ~38,928 USD for a 17.5 J/TH fleet at 4 c/kWh on the 2026-01-12 network', () => {
    expectClose(checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0.0173), 38928.491869013143);
  });

  it('times the hashvalue gives the breakeven hashprice (invariant)', () => {
    const btc = breakevenBtcPriceUsd(21.5, 0.055, 1048.5, 0.0173, 940_000, 0.02, 4);
    expectClose(btc * hashvalueBtcPerPhDay(1048.5, 0.0173, 940_000), breakevenHashpriceUsdPerPhDay(21.5, 0.055, 0.02, 4), 1e-14);
    expectClose(hashpriceUsdPerPhDay(btc, 1048.5, 0.0173, 940_000), breakevenHashpriceUsdPerPhDay(21.5, 0.055, 0.02, 4), 1e-14);
  });

  it('doubles at the 2028 halving without fees, and with the network hashrate (invariants)', () => {
    const before = checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0, 1_049_999);
    expectClose(checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0, 1_050_000), 2 * before);
    expectClose(checkedBreakevenBtcPriceUsd(17.5, 0.04, 2097, 0, 1_049_999), 2 * before);
  });

  it('is #DIV/0! with no subsidy and no fees, and priced on fees alone after the last subsidy', () => {
    expect(() => checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0, 6_930_000)).toThrow(
      expect.objectContaining({
        kind: 'division_by_zero',
        message:
          'there is no subsidy at block_height 6930000 and no fees (fees_btc_per_block is 0): ' +
          'the hashvalue is 0, so no BTC price breaks even',
      }),
    );
    expectClose(checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0.5, 6_930_000), 16.8 / ((0.5 * 144) / 1_048_500));
    expectClose(checkedBreakevenBtcPriceUsd(17.5, 0.04, 1048.5, 0, 6_929_999), 16.8 / ((1e-8 * 144) / 1_048_500));
  });

  it('is 0 when mining costs nothing', () => {
    expect(checkedBreakevenBtcPriceUsd(17.5, 0, 1048.5)).toBe(0);
  });

  it.each(ruleCases(breakevenBtcParams, [17.5, 0.04, 1048.5, 0.0173, 940_000, 0.02, 4]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(breakevenBtcParams, breakevenBtcPriceUsd)(...(args as Args))).toThrow(message);
    },
  );
});
