/**
 * A1 addresses, the one place that converts between column letters and indexes: the model
 * plans (0-based rows and columns), the task pane's boxes (1-based rows, as Excel numbers
 * them) and the addresses Excel reports all go through here.
 */

/** The last column of the grid (XFD) and the last row. */
export const maxColumns = 16_384;
export const maxRows = 1_048_576;

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= maxColumns) throw new RangeError(`column index ${index} is outside the grid`);
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" -> 0, "XFD" -> 16383 (letters of any case). */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new RangeError(`"${letters}" is not a column`);
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** A rectangle of cells: 0-based column indexes, 1-based rows, both ends included. */
export interface CellBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** (row 0, col 0) -> "A1": 0-based row and column, with $ where asked (the plans' cell positions). */
export function a1(row: number, col: number, absCol = false, absRow = false): string {
  return `${absCol ? '$' : ''}${columnLetters(col)}${absRow ? '$' : ''}${row + 1}`;
}

/** "A4:F12" (or "B5" for one cell); with absolute, "$A$4:$F$12". */
export function boxAddress(box: CellBox, absolute = false): string {
  const dollar = absolute ? '$' : '';
  const corner = (column: number, row: number) => `${dollar}${columnLetters(column)}${dollar}${row}`;
  const first = corner(box.left, box.top);
  return box.left === box.right && box.top === box.bottom ? first : `${first}:${corner(box.right, box.bottom)}`;
}

/**
 * Reads "A4:F12", "$B$5", "IREN!A4:F12" or "'My sheet'!A1:B2" (as Excel reports a range's
 * address); the sheet part, when present, is returned unquoted.
 */
export function parseAddress(address: string): CellBox & { sheet?: string } {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) throw new RangeError(`"${address}" is not an A1 address`);
  const [, quoted, bare, firstColumn, firstRow, lastColumn, lastRow] = match;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
  const left = columnIndex(firstColumn);
  const top = Number(firstRow);
  const right = lastColumn === undefined ? left : columnIndex(lastColumn);
  const bottom = lastRow === undefined ? top : Number(lastRow);
  return { ...(sheet === undefined ? {} : { sheet }), left, top, right, bottom };
}
