/**
 * What the data functions (COMPANY, COMPANIES, CONTRACTS, ASIC, NETWORK) share: finding a
 * name among those available with a #N/A that lists them, and turning dates between Excel
 * serials and the ISO dates of the bundled data.
 */
import { isoDateToSerial, serialToIsoDate } from '../dates';
import { notFinite, notFound, quoteText } from '../errors';
import { findPreset, listPresets, Preset } from './presets';

/** A cell of a spilled data table. */
export type DataCell = number | string;

/** The preset for a ticker (case and surrounding spaces ignored), or #N/A listing the tickers. */
export function presetOrThrow(ticker: string): Preset {
  const preset = findPreset(ticker);
  if (preset) return preset;
  const available = listPresets().map((p) => p.ticker);
  throw notFound(`unknown ticker ${quoteText(ticker.trim())}; available: ${available.join(', ')}`);
}

/**
 * The entry of `available` equal to `name` ignoring case and surrounding spaces, or #N/A:
 * `unknown field "x"; available: a, b`.
 */
export function choiceOrThrow<T extends string>(what: string, name: string, available: readonly T[]): T {
  // A name written as listed, the usual case, without a lower-case copy of every choice.
  for (const choice of available) if (choice === name) return choice;
  const wanted = name.trim().toLowerCase();
  const found = available.find((choice) => choice.toLowerCase() === wanted);
  if (found !== undefined) return found;
  throw notFound(`unknown ${what} ${quoteText(name.trim())}; available: ${available.join(', ')}`);
}

/** An Excel date serial as the ISO date of its day, or undefined for an omitted date. */
export function isoDateOrLatest(asOfDate: number | undefined): string | undefined {
  return asOfDate === undefined ? undefined : serialToIsoDate(asOfDate);
}

/** The Excel serial of a bundled ISO date (the schema tests guarantee the format). */
export function serialOf(isoDate: string): number {
  const serial = isoDateToSerial(isoDate);
  if (serial === undefined) throw notFinite(`the bundled date ${JSON.stringify(isoDate)} is not a date`);
  return serial;
}
