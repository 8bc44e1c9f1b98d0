import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { hashpriceParams, hashpriceUsdPerPhDay } from './hashprice';
import { hashvalueBtcPerPhDay } from './hashvalue';

describe('hashpriceUsdPerPhDay', () => {
  // Worked: (3.125 + 0.0173) × 144 × 91,132 / 1,048,500 = 39.328972854935622 USD/PH/day.
  // Hashrate Index published $39.53 on 2026-01-12 at its own price timing (mining.md).
  it('gives ~39.33 USD/PH/day for the 2026-01-12 network', () => {
    expectClose(hashpriceUsdPerPhDay(91132, 1048.5, 0.0173), 39.328972854935622);
    expectClose(hashpriceUsdPerPhDay(91132, 1048.5, 0.0173), 39.53, 0.01);
  });

  it('is hashvalue × BTC price (invariant)', () => {
    expectClose(hashpriceUsdPerPhDay(87235, 731.2, 0.158, 870_020), 87235 * hashvalueBtcPerPhDay(731.2, 0.158, 870_020));
  });

  it('halves when the network doubles, doubles with the price (invariants)', () => {
    expectClose(hashpriceUsdPerPhDay(91132, 2097, 0.0173), hashpriceUsdPerPhDay(91132, 1048.5, 0.0173) / 2);
    expectClose(hashpriceUsdPerPhDay(2 * 91132, 1048.5, 0.0173), 2 * hashpriceUsdPerPhDay(91132, 1048.5, 0.0173));
  });

  it('halves at the 2028 halving without fees (heights 1,049,999 -> 1,050,000)', () => {
    expectClose(hashpriceUsdPerPhDay(91132, 1048.5, 0, 1_050_000), hashpriceUsdPerPhDay(91132, 1048.5, 0, 1_049_999) / 2);
  });

  it('is 0 with no subsidy and no fees (height 6,930,000)', () => {
    expect(hashpriceUsdPerPhDay(91132, 1048.5, 0, 6_930_000)).toBe(0);
  });

  it.each(ruleCases(hashpriceParams, [91132, 1048.5, 0.0173, 840_000]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(hashpriceParams, hashpriceUsdPerPhDay)(...(args as [number, number, number, number]))).toThrow(message);
  });
});
