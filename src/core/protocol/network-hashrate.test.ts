import { checkedCore } from '../params';
import fc from 'fast-check';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { difficultyFromHashrateEhs } from './difficulty';
import { decimalHashrateEhs, fastHashrateEhs, hashrateEhsFromDifficulty, networkHashrateParams } from './network-hashrate';

const checkedHashrateEhsFromDifficulty = checkedCore(networkHashrateParams, hashrateEhsFromDifficulty);

describe('hashrateEhsFromDifficulty', () => {
  // Worked: 146.47T × 2^32 / 600 / 1e18 = 1,048.4730997418667 EH/s; Hashrate Index's 2026-01-12
  // roundup gives ~1,048.5 EH/s for the 146.47T difficulty (mining.md).
  it('gives ~1,048.5 EH/s for the 2026-01-12 difficulty of 146.47T', () => {
    expectClose(checkedHashrateEhsFromDifficulty(146.47e12), 1048.4730997418667);
    expectClose(checkedHashrateEhsFromDifficulty(146.47e12), 1048.5, 1e-4);
  });

  it('reads a slower block spacing as a lower hashrate (10m12s observed in January 2026)', () => {
    expectClose(hashrateEhsFromDifficulty(146.47e12, 612), 1027.9148036684967);
  });

  it('is exact on powers of two: difficulty 1 is 2^32 hashes per block', () => {
    expect(hashrateEhsFromDifficulty(1, 1)).toBe(4_294_967_296 / 1e18);
    expectClose(checkedHashrateEhsFromDifficulty((1e18 / 4_294_967_296) * 600), 1, 1e-15);
  });

  it('inverts difficultyFromHashrateEhs (invariant)', () => {
    for (const difficulty of [1, 86.39e12, 146.47e12, 1e20]) {
      expectClose(difficultyFromHashrateEhs(hashrateEhsFromDifficulty(difficulty, 612), 612), difficulty, 1e-15);
    }
  });

  it('doubles with the difficulty (invariant)', () => {
    expectClose(checkedHashrateEhsFromDifficulty(2 * 133.79e12), 2 * checkedHashrateEhsFromDifficulty(133.79e12));
  });

  it('reports an overflowing hashrate as not a finite number', () => {
    expect(() => hashrateEhsFromDifficulty(1e308, 1e-10)).toThrow('the network hashrate is not a finite number');
  });

  it.each(ruleCases(networkHashrateParams, [146.47e12, 600]))('rejects $parameter that breaks "$rule"', ({ args, message }) => {
    expect(() => checkedCore(networkHashrateParams, hashrateEhsFromDifficulty)(...(args as [number, number]))).toThrow(message);
  });

  // The fast path must give the definition's number to the bit wherever it answers; the
  // counts make sure it answers for the usual inputs (whole difficulties, 600 s).
  describe('one double division where it equals the decimal definition', () => {
    const whole = fc.oneof(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 10 ** 6 }).map((m) => m * 1e8));
    const twoPlaces = fc.tuple(fc.integer({ min: 1, max: 10 ** 15 }), fc.integer({ min: 0, max: 2 })).map(([m, k]) => m / 10 ** k);
    const anyDifficulty = fc.double({ min: 1e-10, max: 1e30, noNaN: true });
    const spacing = fc.oneof(fc.constant(600), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.constantFrom(612, 612.5, 0.001, 599.99));

    function agree(difficulty: number, seconds: number): boolean {
      const fast = fastHashrateEhs(difficulty, seconds);
      expect(hashrateEhsFromDifficulty(difficulty, seconds)).toBe(decimalHashrateEhs(difficulty, seconds));
      if (fast !== undefined) expect(fast).toBe(decimalHashrateEhs(difficulty, seconds));
      return fast !== undefined;
    }

    it('agrees on whole and two-decimal difficulties at 600 s, and takes the fast path for all of them', () => {
      fc.assert(fc.property(fc.oneof(whole, twoPlaces), (difficulty) => expect(agree(difficulty, 600)).toBe(true)), { numRuns: 4000 });
    });

    it('agrees on any difficulty and spacing', () => {
      let fast = 0;
      fc.assert(
        fc.property(fc.oneof(whole, twoPlaces, anyDifficulty), spacing, (difficulty, seconds) => {
          if (agree(difficulty, seconds)) fast++;
        }),
        { numRuns: 4000 },
      );
      expect(fast).toBeGreaterThan(1000);
    });

    it('agrees at the edges: powers of two, 2^53 − 1, the bundled difficulties, 17 digits, tiny and huge', () => {
      const edges = [
        1, 2, 2 ** 52, 2 ** 53 - 1, 2 ** 53, 2 ** 60, 86.39e12, 101.65e12, 146.47e12, 146472570619930.78, 146472570619930.8,
        0.01, 0.07, 1e-300, 5e-324, 1e300, Number.MAX_VALUE, 3 * 5 ** 20, 3 * 5 ** 22,
      ];
      for (const difficulty of edges) {
        for (const seconds of [600, 612, 1, 3, 0.5, 1e-10, 1e10]) {
          let expected: number | string;
          try {
            expected = decimalHashrateEhs(difficulty, seconds);
          } catch (error) {
            expected = (error as Error).message;
          }
          let actual: number | string;
          try {
            actual = hashrateEhsFromDifficulty(difficulty, seconds);
          } catch (error) {
            actual = (error as Error).message;
          }
          expect(actual).toBe(expected);
        }
      }
      expect(fastHashrateEhs(146.47e12, 600)).toBe(decimalHashrateEhs(146.47e12, 600));
    });
  });
});
