import { checkedCore } from '../params';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { difficultyFromHashrateEhs, difficultyParams } from './difficulty';

const checkedDifficultyFromHashrateEhs = checkedCore(difficultyParams, difficultyFromHashrateEhs);

describe('difficultyFromHashrateEhs', () => {
  // Worked: 1,048.5 EH/s × 1e18 × 600 / 2^32 = 146,473,757,922,649.38, the 146.47T difficulty
  // of 2026-01-12 (mining.md) to five digits.
  it('gives ~146.47T for the 2026-01-12 hashrate of 1,048.5 EH/s', () => {
    expectClose(checkedDifficultyFromHashrateEhs(1048.5), 146_473_757_922_649.38);
    expectClose(checkedDifficultyFromHashrateEhs(1048.5), 146.47e12, 1e-4);
  });

  it('scales with the block spacing (invariant)', () => {
    expectClose(difficultyFromHashrateEhs(1048.5, 1200), 2 * checkedDifficultyFromHashrateEhs(1048.5));
  });

  it('handles a tiny hashrate and reports an overflow as not a finite number', () => {
    expectClose(difficultyFromHashrateEhs(4_294_967_296e-18, 1), 1);
    expect(() => difficultyFromHashrateEhs(1e300, 1e10)).toThrow('the difficulty is not a finite number');
  });

  it.each(ruleCases(difficultyParams, [1048.5, 600]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(difficultyParams, difficultyFromHashrateEhs)(...(args as [number, number]))).toThrow(message);
  });
});
