import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { defaultSubsidyBtc, hashvalueBtcPerPhDay, hashvalueParams } from './hashvalue';

const checkedHashvalueBtcPerPhDay = checkedCore(hashvalueParams, hashvalueBtcPerPhDay);

describe('hashvalueBtcPerPhDay', () => {
  // Worked (Luxor Hashrate Index method): (3.125 + 0.0173) × 144 / 1,048,500 PH/s
  // = 0.00043156051502145923 BTC/PH/day, the 2026-01-12 network of mining.md.
  it('gives 0.000431561 BTC/PH/day for the 2026-01-12 network', () => {
    expectClose(hashvalueBtcPerPhDay(1048.5, 0.0173), 0.00043156051502145923);
  });

  it('uses the 3.125 BTC era when the height is omitted, and the height when given', () => {
    expect(defaultSubsidyBtc).toBe(3.125);
    expect(checkedHashvalueBtcPerPhDay(1000)).toBe(hashvalueBtcPerPhDay(1000, 0, 840_000));
    expectClose(hashvalueBtcPerPhDay(1000, 0, 839_999), (6.25 * 144) / 1_000_000);
    expectClose(hashvalueBtcPerPhDay(1000, 0, 1_050_000), (1.5625 * 144) / 1_000_000);
  });

  it('earns fees alone once the subsidy is gone (height 6,930,000), and 1 sat at 6,929,999', () => {
    expect(hashvalueBtcPerPhDay(1000, 0, 6_930_000)).toBe(0);
    expectClose(hashvalueBtcPerPhDay(1000, 0.5, 6_930_000), (0.5 * 144) / 1_000_000);
    expectClose(hashvalueBtcPerPhDay(1000, 0, 6_929_999), (1e-8 * 144) / 1_000_000);
  });

  it('halves when the network hashrate doubles, and at a halving without fees (invariants)', () => {
    expectClose(hashvalueBtcPerPhDay(2097, 0.0173), hashvalueBtcPerPhDay(1048.5, 0.0173) / 2);
    expectClose(hashvalueBtcPerPhDay(1048.5, 0, 1_050_000), hashvalueBtcPerPhDay(1048.5, 0, 1_049_999) / 2);
  });

  it('stays finite for a tiny network and a huge one', () => {
    expectClose(checkedHashvalueBtcPerPhDay(1e-12), 3.125 * 144 / 1e-9);
    expectClose(checkedHashvalueBtcPerPhDay(1e12), (3.125 * 144) / 1e15);
  });

  it.each(ruleCases(hashvalueParams, [1048.5, 0.0173, 840_000]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(hashvalueParams, hashvalueBtcPerPhDay)(...(args as [number, number, number]))).toThrow(message);
  });
});
