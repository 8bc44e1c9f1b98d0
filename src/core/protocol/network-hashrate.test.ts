import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { difficultyFromHashrateEhs } from './difficulty';
import { hashrateEhsFromDifficulty, networkHashrateParams } from './network-hashrate';

describe('hashrateEhsFromDifficulty', () => {
  // Worked: 146.47T × 2^32 / 600 / 1e18 = 1,048.4730997418667 EH/s; Hashrate Index's 2026-01-12
  // roundup gives ~1,048.5 EH/s for the 146.47T difficulty (mining.md).
  it('gives ~1,048.5 EH/s for the 2026-01-12 difficulty of 146.47T', () => {
    expectClose(hashrateEhsFromDifficulty(146.47e12), 1048.4730997418667);
    expectClose(hashrateEhsFromDifficulty(146.47e12), 1048.5, 1e-4);
  });

  it('reads a slower block spacing as a lower hashrate (10m12s observed in January 2026)', () => {
    expectClose(hashrateEhsFromDifficulty(146.47e12, 612), 1027.9148036684967);
  });

  it('is exact on powers of two: difficulty 1 is 2^32 hashes per block', () => {
    expect(hashrateEhsFromDifficulty(1, 1)).toBe(4_294_967_296 / 1e18);
    expectClose(hashrateEhsFromDifficulty((1e18 / 4_294_967_296) * 600), 1, 1e-15);
  });

  it('inverts difficultyFromHashrateEhs (invariant)', () => {
    for (const difficulty of [1, 86.39e12, 146.47e12, 1e20]) {
      expectClose(difficultyFromHashrateEhs(hashrateEhsFromDifficulty(difficulty, 612), 612), difficulty, 1e-15);
    }
  });

  it('doubles with the difficulty (invariant)', () => {
    expectClose(hashrateEhsFromDifficulty(2 * 133.79e12), 2 * hashrateEhsFromDifficulty(133.79e12));
  });

  it('reports an overflowing hashrate as not a finite number', () => {
    expect(() => hashrateEhsFromDifficulty(1e308, 1e-10)).toThrow('the network hashrate is not a finite number');
  });

  it.each(ruleCases(networkHashrateParams, [146.47e12, 600]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => hashrateEhsFromDifficulty(...(args as [number, number]))).toThrow(message);
  });
});
