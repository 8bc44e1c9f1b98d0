/**
 * How the CLI prints a result: a number in full precision, a date serial as an ISO date (with
 * the time of day when it has one), text as is, a spilled table as tab-separated rows, an Excel
 * error as `#CODE! message`. Dates are the results a declaration marks as dates, a look-up asked
 * for a date (`NETWORK date`, the part `as_of`), and the table columns whose header names a
 * date (date, signed, maturity, as_of, ..._date); `--serial`
 * prints serials as they are.
 */
import { serialToIsoDate } from '../core/dates';

export interface FormatOptions {
  /** The whole result is a date serial. */
  readonly resultIsDate?: boolean;
  /** Print date serials as numbers. */
  readonly serial?: boolean;
}

const minutesPerDay = 1440;

/** Header names of date columns: date, signed, maturity, as_of and anything ending in _date or as_of. */
export function isDateColumn(header: unknown): boolean {
  return typeof header === 'string' && /^(date|signed|maturity)$|(_date|as_of)$/.test(header);
}

/** 46854.666… -> "2028-04-11 16:00"; a whole serial -> "2028-04-11". */
export function formatDateSerial(serial: number): string {
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * minutesPerDay);
  if (minutes === 0) return serialToIsoDate(day);
  if (minutes === minutesPerDay) return serialToIsoDate(day + 1);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${serialToIsoDate(day)} ${hh}:${mm}`;
}

export function formatValue(value: unknown, asDate = false): string {
  if (typeof value === 'number') return asDate ? formatDateSerial(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return '';
  // An error in a cell of a table (SOTP's #N/A for a missing figure): its code and message.
  if (typeof value === 'object' && typeof (value as { code?: unknown }).code === 'string') return formatError(value as { code: string; message?: string });
  return String(value);
}

/** A table's rows as printed cells: date columns (by their header) as dates unless serials are asked for. */
export function tableCells(table: readonly unknown[][], options: FormatOptions = {}): string[][] {
  const header = table[0] ?? [];
  const hasHeader = header.some((cell) => typeof cell === 'string');
  const dateColumns = header.map((cell) => hasHeader && !options.serial && isDateColumn(cell));
  return table.map((row, r) => row.map((cell, c) => formatValue(cell, r > 0 && dateColumns[c] && typeof cell === 'number')));
}

export function formatResult(result: unknown, options: FormatOptions = {}): string {
  if (Array.isArray(result)) return tableCells(result as unknown[][], options).map((row) => row.join('\t')).join('\n');
  return formatValue(result, options.resultIsDate === true && !options.serial);
}

export function formatError(error: { code?: string; message?: string }): string {
  return `${error.code ?? '#VALUE!'} ${error.message ?? ''}`.trim();
}
