import { blocksPerHalving, minutesPerDay } from '../constants';
import { Exact } from '../arithmetic/exact';
import { quotientValue } from '../arithmetic/quotient';
import { notFinite } from '../errors';
import { optional, required } from '../params';
import { atLeastOne, atLeastZero, excelDate, greaterThanZero, maxExcelDateSerial, wholeNumber } from '../rules';

export const halvingDateParams = [
  required('block_height', atLeastZero, wholeNumber),
  required('as_of_date', excelDate),
  optional('halvings_ahead', 1, atLeastOne, wholeNumber),
  optional('block_minutes', 10, greaterThanZero),
] as const;

const minutesPerDayExact = Exact.of(minutesPerDay);
/** 9999-12-31 in minutes since day 0: the numerator of the last date Excel shows. */
const maxExcelDateMinutes = Exact.of(maxExcelDateSerial * minutesPerDay);

/**
 * Estimated date (Excel serial) of the Nth halving after a block height.
 *
 * Counts the blocks from `blockHeight` (the tip on `asOfDate`) to the Nth halving height
 * above it and spaces them `blockMinutes` apart: as_of_date + blocks × minutes / 1,440.
 * The fraction of a day is kept, so the cell can be formatted as a date and time. The
 * protocol targets 10-minute blocks; observed spacing drifts with hashrate (about 10m12s in
 * January 2026), which is what `blockMinutes` is for. As one quotient:
 * (as_of_date × 1,440 + blocks × minutes) / 1,440, the numerator exact (and compared exactly
 * with 9999-12-31); the division happens once, at the boundary (see ../arithmetic/README.md).
 *
 * @param blockHeight the tip's height on as_of_date, whole number >= 0
 * @param asOfDate Excel date serial, 61 (1900-03-01) to 2,958,465 (9999-12-31)
 * @param halvingsAhead which halving: 1 = the next, whole number >= 1 (default 1)
 * @param blockMinutes average minutes between blocks, > 0 (default 10)
 * @returns Excel date serial (days since 1899-12-30, with the time as a fraction)
 * @throws invalid_input for a bad height, date, count or spacing
 * @throws not_finite when the date falls after 9999-12-31, the last date Excel shows
 * @example halvingDateSerial(941_472, 46101) ≈ 46854.6667 (2028-04-11 16:00; tip on
 *   2026-03-20, 108,528 blocks × 10 min)
 */
export function halvingDateSerial(blockHeight: number, asOfDate: number, halvingsAhead: number, blockMinutes: number): number {
  const blocks = Exact.of(halvingsAhead).times(blocksPerHalving).minus(blockHeight % blocksPerHalving);
  const minutes = Exact.of(asOfDate).times(minutesPerDay).plus(blocks.times(blockMinutes));
  if (minutes.minus(maxExcelDateMinutes).sign() > 0) {
    throw notFinite(`the halving falls after 9999-12-31, the last date Excel shows (${blocks.toDecimal().toString()} blocks ahead)`);
  }
  return quotientValue({ numerator: minutes, denominator: minutesPerDayExact }, 'the halving date');
}
