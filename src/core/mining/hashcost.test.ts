import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { hashcostParams, hashcostUsdPerPhDay } from './hashcost';

describe('hashcostUsdPerPhDay', () => {
  // Worked: an illustrative $10M power bill for 10 EH/s (10,000 PH/s) over a 92-day quarter:
  // 10,000,000 / (10,000 × 92) = 10.8696 USD/PH/day.
  it('gives 10.87 USD/PH/day for $10M over 10 EH/s and 92 days', () => {
    expectClose(hashcostUsdPerPhDay(10_000_000, 10, 92), 10.869565217391305);
  });

  it('is exact for short decimals, 0 for no cost, and halves with twice the hashrate', () => {
    expect(hashcostUsdPerPhDay(31.3 * 1000 * 30 * 60.4, 60.4, 30)).toBe(31.3);
    expect(hashcostUsdPerPhDay(0, 10, 30)).toBe(0);
    expectClose(hashcostUsdPerPhDay(7e6, 20, 31), hashcostUsdPerPhDay(7e6, 10, 31) / 2);
  });

  it.each(ruleCases(hashcostParams, [10_000_000, 10, 92]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(hashcostParams, hashcostUsdPerPhDay)(...(args as [number, number, number]))).toThrow(message);
  });
});
