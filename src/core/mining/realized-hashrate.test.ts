import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { hashvalueBtcPerPhDay } from './hashvalue';
import { realizedHashrateEhs, realizedHashrateParams } from './realized-hashrate';

const checkedRealizedHashrateEhs = checkedCore(realizedHashrateParams, realizedHashrateEhs);

type Args = [number, number, number, number, number | undefined];

describe('realizedHashrateEhs', () => {
  // Worked: CleanSpark mined 1,795 BTC in Q1 2026 (90 days) and reported 47.3 EH/s on average
  // (companies.md). On the 2026-01-12 network (1,048.5 EH/s, 0.0173 BTC fees a block) one EH/s
  // earns 3.1423 × 144 / 1,048.5 = 0.431560... BTC a day, so 1,795 BTC in 90 days is
  // 1,795 × 1,048.5 / (90 × 3.1423 × 144) = 46.2147 EH/s realized.
  it('gives ~46.2 EH/s for CleanSpark in Q1 2026', () => {
    expectClose(realizedHashrateEhs(1795, 90, 1048.5, 0.0173), 46.214710915924995);
  });

  it('earns back the BTC it was given (invariant)', () => {
    const r = realizedHashrateEhs(921, 31, 957.7, 0.016, 941_472);
    expectClose(r * 1000 * hashvalueBtcPerPhDay(957.7, 0.016, 941_472) * 31, 921, 1e-14);
  });

  it('doubles across the 2028 halving for the same BTC without fees (invariant)', () => {
    expectClose(realizedHashrateEhs(500, 30, 1000, 0, 1_050_000), 2 * realizedHashrateEhs(500, 30, 1000, 0, 1_049_999));
  });

  it('is 0 for no BTC, and #DIV/0! with no subsidy and no fees', () => {
    expect(checkedRealizedHashrateEhs(0, 30, 1000)).toBe(0);
    expect(() => realizedHashrateEhs(500, 30, 1000, 0, 6_930_000)).toThrow(
      expect.objectContaining({ kind: 'division_by_zero' }),
    );
  });

  it.each(ruleCases(realizedHashrateParams, [1795, 90, 1048.5, 0.0173, 941_472]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(realizedHashrateParams, realizedHashrateEhs)(...(args as Args))).toThrow(message);
  });
});
