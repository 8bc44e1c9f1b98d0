/**
 * ASIC_PAYBACK_MONTHS in plain spreadsheet functions, for portable copies and "Show the math".
 *
 * A month's margin is a day's margin × 365 ÷ 12, a day's margin hashrate_ths × uptime ×
 * (hashprice × (1 − pool_fee) − efficiency × 24 × power price) ÷ 1,000 (the day of
 * ASIC_CASHFLOWS). The answer is the first month k whose cumulative margin C(k) (starting at
 * −machine_cost) reaches 0, less the part of that month not needed: k − C(k) ÷ margin(k),
 * which is linear within the month that crosses. A machine that costs nothing pays back at 0.
 *
 * A flat hashprice (one number) has a closed form: cost ÷ monthly margin, within max_months.
 * A monthly hashprice (a column or a row) needs the cumulative margins of the first max_months
 * months: MMULT of a triangular 0/1 matrix (month k counts the months i ≤ k) by the margins,
 * the indices runs of whole numbers (src/catalogue/native-series.ts). MATCH
 * finds the first month at or above 0 (#N/A when none: "does not pay back") and SUMPRODUCT
 * around it makes the whole formula compute in an ordinary cell, without array entry, in
 * Excel without dynamic arrays and in LibreOffice alike.
 */
import { daysPerYear, hoursPerDay, monthsPerYear, thsPerPhs } from '../../core/constants';
import { needed } from '../native';
import { wholeNumbersAlong, wholeNumbersDown } from '../native-series';
import { NativeFormula } from '../../sheet/native-form';
import { OperandShape, operandShape } from '../../sheet/operand-shape';

/** Positions 1..count down a column (vertical) or along a row (horizontal). */
function positions(count: string, vertical: boolean): string {
  return vertical ? wholeNumbersDown(count) : wholeNumbersAlong(count);
}

interface Machine {
  readonly cost: string;
  readonly ths: string;
  readonly efficiency: string;
  readonly power: string;
  readonly uptime: string;
  readonly fee: string;
  readonly months: string;
}

/** A month's margin in USD at hashprice `h` (a number, or element by element over a range). */
function monthMargin(m: Machine, h: string): string {
  return `(${m.ths}*${m.uptime}*(${h}*(1-${m.fee})-${m.efficiency}*${hoursPerDay}*${m.power})/${thsPerPhs}*${daysPerYear}/${monthsPerYear})`;
}

/** Flat hashprice: cost ÷ monthly margin when the margin is positive and covers the cost within max_months. */
function flatPayback(m: Machine, h: string): string {
  const margin = monthMargin(m, h);
  return `IF(AND(${margin}>0,${m.months}*${margin}>=${m.cost}),${m.cost}/${margin},NA())`;
}

/**
 * Monthly hashprice in a column (vertical) or a row, `figures` of them: k − C(k) ÷ margin(k)
 * at the first month k with C(k) >= 0.
 */
function pathPayback(m: Machine, h: string, vertical: boolean, figures: string): string {
  const margins = monthMargin(m, h);
  const month = positions(m.months, vertical); // k, along the same direction as the figures
  const figure = positions(figures, !vertical); // i, across it, so that k >= i is a matrix
  const cumulative = vertical
    ? `(MMULT(--(${month}>=${figure}),${margins})-${m.cost})`
    : `(MMULT(${margins},--(${figure}<=${month}))-${m.cost})`;
  const first = `SUMPRODUCT(MATCH(1,--(${cumulative}>=0),0))`;
  const along = positions(figures, vertical); // i, in the figures' own direction
  const cumulativeAtFirst = `(SUMPRODUCT(--(${along}<=${first}),${margins})-${m.cost})`;
  const marginAtFirst = `SUMPRODUCT(--(${along}=${first}),${margins})`;
  return `${first}-${cumulativeAtFirst}/${marginAtFirst}`;
}

/** The condition, as formula text, that `h` is one cell (a one-cell range or array): a flat hashprice. */
function oneCellCondition(h: string): string {
  return `ROWS(${h})*COLUMNS(${h})=1`;
}

/**
 * A hashprice written as an array constant ({40;38} a column, {40,38} a row): its figures as
 * they stand (a constant has no blanks), its direction from its shape.
 */
function arrayPayback(m: Machine, h: string, shape: OperandShape): string {
  if (shape.rows > 1 && shape.columns > 1) return '#VALUE!'; // several rows and columns: the function refuses it
  if (shape.rows === 1 && shape.columns === 1) return flatPayback(m, `INDEX(${h},1,1)`);
  return shape.columns === 1 ? pathPayback(m, h, true, `ROWS(${h})`) : pathPayback(m, h, false, `COLUMNS(${h})`);
}

/**
 * The cells of a range from its first to row `rows`, column `columns` of it, as a range between
 * two INDEX references: unlike OFFSET, not volatile (src/catalogue/native-series.ts says why).
 */
function leadingCells(h: string, rows: string, columns: string): string {
  return `INDEX(${h},1,1):INDEX(${h},${rows},${columns})`;
}

/**
 * A hashprice range: one cell is a flat hashprice; a range whose first max_months
 * cells hold anything but numbers (a blank included), of several rows and columns, or with
 * fewer figures than max_months is #VALUE! as the function says; else its first max_months
 * figures are read (cells past them may be blank).
 */
function rangePayback(m: Machine, h: string): string {
  const column = pathPayback(m, leadingCells(h, m.months, '1'), true, m.months);
  const row = pathPayback(m, leadingCells(h, '1', m.months), false, m.months);
  const cells = `ROWS(${h})*COLUMNS(${h})`;
  // Only the first max_months cells must be numbers: a path cut short ends in blanks the function
  // does not read. Clamped to the range, so that a shorter range is refused by its size, not by #REF!.
  const read = leadingCells(h, `MIN(${m.months},ROWS(${h}))`, `MIN(${m.months},COLUMNS(${h}))`);
  const refused = `OR(MIN(ROWS(${h}),COLUMNS(${h}))>1,${cells}<${m.months},COUNT(${read})<${m.months})`;
  return `IF(${oneCellCondition(h)},${flatPayback(m, `INDEX(${h},1,1)`)},IF(${refused},#VALUE!,IF(COLUMNS(${h})=1,${column},${row})))`;
}

/**
 * The payback of a hashprice by its shape, read from its text: a number or one cell is a flat
 * hashprice, an array constant or a range may hold a figure a month. Any other expression (a
 * name, a call, arithmetic over a range such as Paths!F2:F61*0.9) may be one figure or many, which
 * one formula cannot tell apart and lay out both ways, so that call has no native form.
 */
function paybackByShape(m: Machine, h: string): string | undefined {
  const shape = operandShape(h);
  if (!shape) return undefined;
  if (!shape.reference) return shape.rows === 1 && shape.columns === 1 && !h.includes('{') ? flatPayback(m, h) : arrayPayback(m, h, shape);
  return shape.rows === 1 && shape.columns === 1 ? flatPayback(m, h) : rangePayback(m, h);
}

export const asicPaybackMonthsFormula: NativeFormula = (operands) => {
  const [cost, ths, efficiency, power, h, uptime, fee, months] = operands.map(needed);
  const payback = paybackByShape({ cost, ths, efficiency, power, uptime, fee, months }, h);
  return payback === undefined ? undefined : `IF(${cost}=0,0,${payback})`;
};
