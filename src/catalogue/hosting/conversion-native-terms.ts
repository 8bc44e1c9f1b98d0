/**
 * The pieces the native formulas of CONVERSION_CASHFLOWS, CONVERSION_NPV and
 * CONVERSION_PAYBACK_YEARS share, in plain spreadsheet functions (see
 * src/core/hosting/conversion-schedule.ts for the schedule they write out).
 *
 * The prepayment is written without a count of prepaid months: the revenue it has paid by
 * month t is W(t) = MIN(prepayment, revenue a month × months after the build by t). That is the
 * core's schedule (whole months at the full revenue, then the rest in one month) and it stays
 * continuous where a division would round a whole number of months down or up.
 *
 * Series of months and years are runs of whole numbers (src/catalogue/native-series.ts).
 */
import { monthsPerYear } from '../../core/constants';
import { needed } from '../native';
import { wholeNumbersAlong, wholeNumbersDown } from '../native-series';
import { Operands } from '../../sheet/native-form';
import { operandShape } from '../../sheet/operand-shape';

/** The arguments every CONVERSION_* formula reads, as operands. */
export interface ConversionOperands {
  readonly load: string;
  readonly revenue: string;
  readonly margin: string;
  readonly capex: string;
  readonly build: string;
  readonly mining: string;
  readonly years: string;
  readonly prepayment: string;
  /** The margins given up one a year (a range, read row by row), or undefined for the one margin. */
  readonly margins: string | undefined;
}

/** The operands of a CONVERSION_* call: the six terms, years, then the prepayment and the margins at these indices. */
export function conversionOperands(operands: Operands, yearsAt: number, prepaymentAt: number): ConversionOperands {
  const [load, revenue, margin, capex, build, mining] = operands.slice(0, 6).map(needed);
  return { load, revenue, margin, capex, build, mining, years: needed(operands[yearsAt]), prepayment: needed(operands[prepaymentAt]), margins: operands[prepaymentAt + 1] };
}

/** AI revenue a month after the build: IT load × revenue per MW-year ÷ 12. */
export function revenuePerMonth(c: ConversionOperands): string {
  return `${c.load}*${c.revenue}/${monthsPerYear}`;
}

/** AI EBITDA a month after the build: that revenue × the EBITDA margin. */
export function ebitdaPerMonth(c: ConversionOperands): string {
  return `${c.load}*${c.revenue}*${c.margin}/${monthsPerYear}`;
}

/** Capex spent at time zero: all of it with no build, else none. */
export function capexAtStart(c: ConversionOperands): string {
  return `IF(${c.build}=0,-${c.load}*${c.capex},0)`;
}

/** Months of the horizon: years × 12. */
export function horizonMonths(c: ConversionOperands): string {
  return `(${c.years}*${monthsPerYear})`;
}

/** Months after the build by month `month` (a number), MAX(0, month − build). */
export function operatingMonthsBy(c: ConversionOperands, month: string): string {
  return `MAX(0,${month}-${c.build})`;
}

/** Revenue the prepayment has paid by month `month` (a number): MIN(prepayment, revenue a month × months after the build). */
export function prepaidBy(c: ConversionOperands, month: string): string {
  return `MIN(${c.prepayment},${revenuePerMonth(c)}*${operatingMonthsBy(c, month)})`;
}

/** The margins as a column of figures, year 1 first, and how many it holds (at least the horizon's years). */
export interface MarginsColumn {
  readonly column: string;
  readonly count: string;
}

/**
 * The margins given up, one a year of the horizon, as a column, whatever the range's shape. A
 * range of one column is that column as it stands (figures past the horizon are weighed by 0
 * where it is used). Any other shape is read row by row, as the add-in reads it: figure p is in
 * row INT((p−1)/columns) + 1, column MOD(p−1, columns) + 1, picked out by two matrix products
 * (MMULT), so it computes in an ordinary cell and takes a range or an array constant alike.
 */
export function marginsColumn(margins: string, years: string): MarginsColumn {
  const shape = operandShape(margins);
  // A column of cells (A1:A6, 'Sheet 1'!F31:F36) or an array constant of one column ({1;2;3});
  // one of an unknown shape (a name, a call) is read row by row, which suits every shape.
  if (shape && shape.columns === 1 && (shape.rows > 1 || !shape.reference)) return { column: margins, count: `ROWS(${margins})` };
  const p = wholeNumbersDown(years);
  const width = `COLUMNS(${margins})`;
  const rowOf = `(INT((${p}-1)/${width})+1=${wholeNumbersAlong(`ROWS(${margins})`)})`;
  const columnOf = `(MOD(${p}-1,${width})+1=${wholeNumbersAlong(width)})`;
  return { column: `MMULT(MMULT(${rowOf}*1,${margins})*${columnOf},${wholeNumbersDown(width)}^0)`, count: years };
}

/** The margin given up per MW of IT load in year `year` (a number): the one margin, or the year's figure of the range, read row by row. */
export function marginInYear(c: ConversionOperands, year: string): string {
  if (c.margins === undefined) return c.mining;
  const width = `COLUMNS(${c.margins})`;
  return `INDEX(${c.margins},INT((${year}-1)/${width})+1,MOD(${year}-1,${width})+1)`;
}

/** (1 + rate)^(−month ÷ 12): the discount factor of a month's end, month a number or a series. */
export function monthDiscount(rate: string, month: string): string {
  return `(1+${rate})^(-${month}/${monthsPerYear})`;
}

/**
 * Σ_{j = from + 1 … from + count} (1 + rate)^(−j/12), a whole number of months discounted at
 * their ends: summed month by month rather than as (1 − v^count) ÷ (1/v − 1), which loses
 * digits to cancellation at a small rate (at 10^−6 a year, about one digit in 10^9); a sum of
 * at most 1,200 positive terms keeps them, and at a zero rate it is `count` exactly.
 */
export function monthlyAnnuity(rate: string, from: string, count: string): string {
  return `IF(${count}<=0,0,SUMPRODUCT(${monthDiscount(rate, wholeNumbersDown(count, from))}))`;
}
