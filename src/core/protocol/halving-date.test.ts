import { checkedCore } from '../params';
import { isoDateToSerial, serialToIsoDate } from '../dates';
import { ruleCases } from '../../../test/helpers/rule-cases';
import { expectClose } from '../../../test/helpers/tolerance';
import { halvingDateParams, halvingDateSerial } from './halving-date';

const checkedHalvingDateSerial = checkedCore(halvingDateParams, halvingDateSerial);

const march20of2026 = isoDateToSerial('2026-03-20') as number; // 46101

describe('halvingDateSerial', () => {
  // Worked derivation: height 941,472 on 2026-03-20 (mining.md, axy.media); 1,050,000 − 941,472
  // = 108,528 blocks × 10 min = 753 2/3 days -> 2028-04-11 16:00. Hashrate Index estimated
  // 2028-04-15 in November 2024 (mining.md): four days apart, as blocks ran faster than 10 min.
  it('dates the 2028 halving from the 2026-03-20 tip', () => {
    const serial = checkedHalvingDateSerial(941_472, march20of2026);
    expectClose(serial, march20of2026 + 753 + 2 / 3);
    expect(serialToIsoDate(serial)).toBe('2028-04-11');
  });

  // Back-test on a real halving: height 838,656 on 2024-04-10 (The Block, mining.md): 1,344
  // blocks × 10 min = 9 1/3 days -> 2024-04-19 08:00; the block came 2024-04-20 00:09.
  it('lands within a day of the 2024 halving when dated ten days before it', () => {
    const estimate = checkedHalvingDateSerial(838_656, isoDateToSerial('2024-04-10') as number);
    const actual = (isoDateToSerial('2024-04-20') as number) + 9 / 1440;
    expectClose(estimate, (isoDateToSerial('2024-04-10') as number) + 1344 / 144);
    expect(Math.abs(estimate - actual)).toBeLessThan(1);
  });

  it('counts a full era from a halving block itself (840,000 -> 1,050,000)', () => {
    expectClose(checkedHalvingDateSerial(840_000, 45_402), 45_402 + 210_000 / 144);
  });

  it('counts further halvings 210,000 blocks apart', () => {
    const first = checkedHalvingDateSerial(941_472, march20of2026, 1);
    const third = checkedHalvingDateSerial(941_472, march20of2026, 3);
    expectClose(third - first, (2 * 210_000) / 144);
  });

  it('scales the wait with the block spacing and keeps the fraction of a day', () => {
    const observed = halvingDateSerial(941_472, march20of2026, 1, 12.6); // ~12m36s blocks to 2026-03-20
    expectClose(observed - march20of2026, (108_528 * 12.6) / 1440);
    expectClose(checkedHalvingDateSerial(941_472, march20of2026 + 0.5) - checkedHalvingDateSerial(941_472, march20of2026), 0.5);
  });

  it('is one block away at height 1,049,999 and next at 6,929,999', () => {
    expectClose(checkedHalvingDateSerial(1_049_999, 47_000), 47_000 + 10 / 1440);
    expectClose(checkedHalvingDateSerial(6_929_999, 47_000), 47_000 + 10 / 1440);
  });

  it('reports a date after 9999-12-31 as not a finite number', () => {
    expect(() => checkedHalvingDateSerial(941_472, 2_958_000)).toThrow(
      'the halving falls after 9999-12-31, the last date Excel shows (108528 blocks ahead)',
    );
    expect(() => checkedHalvingDateSerial(0, march20of2026, 1_000_000)).toThrow(expect.objectContaining({ kind: 'not_finite' }));
  });

  it.each(ruleCases(halvingDateParams, [941_472, march20of2026, 1, 10]))(
    'rejects $parameter that breaks "$rule"',
    ({ args, message }) => {
      expect(() => checkedCore(halvingDateParams, halvingDateSerial)(...(args as [number, number, number, number]))).toThrow(message);
    },
  );
});
