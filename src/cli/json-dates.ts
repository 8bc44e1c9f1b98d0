/**
 * A result as `--json` and `--csv` carry it: the dates a text print shows as ISO dates (a date
 * result, a table's date columns by their header) are ISO strings here too, unless --serial
 * asks for serials; every other value stays a JSON number, boolean or string.
 */
import { FormatOptions, formatDateSerial, isDateColumn } from './format-result';

export function jsonResult(result: unknown, options: FormatOptions): unknown {
  if (options.serial) return result;
  if (Array.isArray(result)) {
    const table = result as unknown[][];
    const header = table[0] ?? [];
    const dateColumns = header.some((cell) => typeof cell === 'string') ? header.map(isDateColumn) : [];
    return table.map((row, r) => row.map((cell, c) => (r > 0 && dateColumns[c] && typeof cell === 'number' ? formatDateSerial(cell) : cell)));
  }
  return options.resultIsDate && typeof result === 'number' ? formatDateSerial(result) : result;
}
