/**
 * The protocol and network functions as Excel calls them. Every parameter's blank, text,
 * boolean, default and rule cases are swept in normalise.test.ts; here are each function's
 * golden values, edges and exact error codes and messages.
 */
import { isoDateToSerial, serialToIsoDate } from '../../src/core/dates';
import { miner } from '../helpers/miner';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

const { DIFFICULTY, HALVING_DATE, NETWORK_HASHRATE, NEXT_HALVING_HEIGHT, SUBSIDY } = miner;

const march20of2026 = isoDateToSerial('2026-03-20') as number;

describe('SUBSIDY and NEXT_HALVING_HEIGHT', () => {
  // Bitcoin Core GetBlockSubsidy: 50 BTC >> floor(height / 210,000); halvings every 210,000 blocks.
  it.each([
    [0, 50, 210_000],
    [839_999, 6.25, 840_000],
    [840_000, 3.125, 1_050_000],
    [1_050_000, 1.5625, 1_260_000],
    [6_929_999, 0.00000001, 6_930_000],
    [6_930_000, 0, 7_140_000],
  ])('at height %p pay %p BTC, and the next halving is at %p', (height, btc, next) => {
    expect(SUBSIDY(height)).toBe(btc);
    expect(NEXT_HALVING_HEIGHT(height)).toBe(next);
  });

  it('answers a web blank with #VALUE!, while a desktop blank (0) is the genesis era', () => {
    expect(excelError(() => SUBSIDY(null as never))).toEqual({ code: '#VALUE!', message: 'block_height is required (got blank)' });
    expect(SUBSIDY(0)).toBe(50);
  });

  it('names a fractional or negative height', () => {
    expect(excelError(() => SUBSIDY(840_000.5))).toEqual({ code: '#VALUE!', message: 'block_height must be a whole number (got 840000.5)' });
    expect(excelError(() => SUBSIDY(-1))).toEqual({ code: '#VALUE!', message: 'block_height must be >= 0 (got -1)' });
  });
});

describe('NEXT_HALVING_HEIGHT', () => {
  it('answers #NUM! past the largest exact whole number', () => {
    expect(excelError(() => NEXT_HALVING_HEIGHT(Number.MAX_SAFE_INTEGER))).toEqual({
      code: '#NUM!',
      message: 'the next halving height is beyond 9,007,199,254,740,991',
    });
  });
});

describe('HALVING_DATE', () => {
  // Worked: 108,528 blocks from 941,472 (2026-03-20) × 10 min = 753 2/3 days -> 2028-04-11 16:00.
  it('dates the 2028 halving as a serial with the time of day', () => {
    const serial = HALVING_DATE(941_472, march20of2026);
    expectClose(serial, march20of2026 + 753 + 2 / 3);
    expect(serialToIsoDate(serial)).toBe('2028-04-11');
    expect(HALVING_DATE(941_472, march20of2026, null as never, '' as never)).toBe(serial);
  });

  it('counts further halvings and slower blocks', () => {
    expectClose(HALVING_DATE(941_472, march20of2026, 2, 12), march20of2026 + ((108_528 + 210_000) * 12) / 1440);
  });

  it('answers a desktop blank date (0) with the date rule', () => {
    expect(excelError(() => HALVING_DATE(941_472, 0))).toEqual({
      code: '#VALUE!',
      message: 'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got 0)',
    });
  });

  it('answers a desktop blank halvings_ahead (0) and a fraction with their rules', () => {
    expect(excelError(() => HALVING_DATE(941_472, march20of2026, 0))).toEqual({ code: '#VALUE!', message: 'halvings_ahead must be >= 1 (got 0)' });
    expect(excelError(() => HALVING_DATE(941_472, march20of2026, 1.5)).message).toBe('halvings_ahead must be a whole number (got 1.5)');
  });

  // 1,000,000 halvings ahead: 1,000,000 × 210,000 − (941,472 − 840,000) = 209,999,898,528 blocks.
  it('answers #NUM! for a date after 9999-12-31', () => {
    expect(excelError(() => HALVING_DATE(941_472, march20of2026, 1_000_000))).toEqual({
      code: '#NUM!',
      message: 'the halving falls after 9999-12-31, the last date Excel shows (209999898528 blocks ahead)',
    });
  });
});

describe('NETWORK_HASHRATE and DIFFICULTY', () => {
  // Worked: 146.47T × 2^32 / 600 / 1e18 = 1,048.473 EH/s (Hashrate Index: ~1,048.5, 2026-01-12).
  it('turn the 2026-01-12 difficulty into ~1,048.5 EH/s and back', () => {
    expectClose(NETWORK_HASHRATE(146.47e12), 1048.4730997418667);
    expectClose(DIFFICULTY(NETWORK_HASHRATE(146.47e12)), 146.47e12, 1e-15);
    expectClose(DIFFICULTY(1048.5), 146_473_757_922_649.38);
  });

  it('take the block spacing', () => {
    expectClose(NETWORK_HASHRATE(146.47e12, 612), 1027.9148036684967);
    expectClose(DIFFICULTY(1048.5, 1200), 2 * DIFFICULTY(1048.5));
  });

  it('answer a desktop blank (0) with the > 0 rule, and text with "must be a number"', () => {
    expect(excelError(() => NETWORK_HASHRATE(0))).toEqual({ code: '#VALUE!', message: 'difficulty must be > 0 (got 0)' });
    expect(excelError(() => DIFFICULTY(0))).toEqual({ code: '#VALUE!', message: 'network_hashrate_ehs must be > 0 (got 0)' });
    expect(excelError(() => NETWORK_HASHRATE('146.47T' as never))).toEqual({
      code: '#VALUE!',
      message: 'difficulty must be a number (got "146.47T")',
    });
  });

  it('answer #NUM! when the result overflows', () => {
    expect(excelError(() => NETWORK_HASHRATE(1e308, 1e-10))).toEqual({ code: '#NUM!', message: 'the network hashrate is not a finite number' });
  });
});
