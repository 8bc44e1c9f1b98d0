/**
 * Runs of whole numbers (1, 2, … n) in native formulas, down a column or along a row, for
 * SUMPRODUCT and MMULT to weigh months and years: SEQUENCE is not in Excel without dynamic
 * arrays, so a run is the row (or column) numbers of a range that long.
 *
 * The range is INDEX($A:$A,first):INDEX($A:$A,last) rather than OFFSET($A$1,…): OFFSET is
 * volatile (every cell using it recalculates on every edit anywhere in the workbook), INDEX is
 * not, and a range between two INDEX references is valid in every Excel version and computes
 * in LibreOffice 7.4 inside SUMPRODUCT, MMULT, MATCH and LOOKUP in an ordinary cell, in column A
 * and row 1 too (test/catalogue/native-series.test.ts). Only positions are read, never a value.
 * A whole column keeps its numbers when rows are inserted, so number k stays k wherever the
 * formula is. A count must be at least 1: INDEX($A:$A,0) is the whole column.
 */

/** The first and last of a run: `from` + 1 and `from` + `count`, as operands of INDEX. */
function ends(count: string, from: string): [string, string] {
  return from === '0' ? ['1', count] : [`${from}+1`, `${from}+${count}`];
}

/** The whole numbers from + 1 … from + count, down a column (count >= 1). */
export function wholeNumbersDown(count: string, from = '0'): string {
  const [first, last] = ends(count, from);
  return `ROW(INDEX($A:$A,${first}):INDEX($A:$A,${last}))`;
}

/** The whole numbers 1 … count, along a row (count >= 1). */
export function wholeNumbersAlong(count: string): string {
  return `COLUMN(INDEX($1:$1,1):INDEX($1:$1,${count}))`;
}

/** The whole numbers count … 1, down a column (count >= 1): the last first. */
export function wholeNumbersDownFromLast(count: string): string {
  return `(${count}+1-${wholeNumbersDown(count)})`;
}
