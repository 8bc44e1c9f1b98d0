import { notFound } from '../errors';
import { optional, optionalBoolean } from '../params';
import { tickerParam } from './ticker-param';
import { excelDate } from '../rules';
import { DataCell, isoDateOrLatest, presetOrThrow, serialOf } from './lookup';
import { outstandingNotes } from './presets';

export const notesParams = [
  tickerParam,
  optional('as_of_date', undefined, excelDate),
  optionalBoolean('headers', true),
] as const;

/** The column headers of NOTES. */
export const notesHeaders: readonly string[] = [
  'name',
  'principal_usd',
  'coupon',
  'maturity',
  'conversion_price_usd',
  'cap_price_usd',
  'holder_put_date',
  'as_of',
  'source',
];

/**
 * A company's convertible notes outstanding on a date, from the bundled presets, one row a
 * note in the preset's order: name, principal outstanding (USD), coupon (a fraction), maturity
 * (Excel serial), conversion price (USD a share), the capped call's cap price (USD), the
 * holder's put date (serial), the as-of date of the entry (serial) and its source. A note's
 * principal is the one its latest entry on or before the date gives (a repurchase is a later
 * entry); a note that matured by the date, or has no principal left, is not listed. A cell
 * whose figure is not published (maturity, cap, put) is blank.
 *
 * @param ticker the company's ticker, case and surrounding spaces ignored
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest entries
 * @param headers TRUE (default) puts a header row first (the names in notesHeaders)
 * @returns one row of nine cells a note, with the header row when asked
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown ticker (lists the tickers)
 * @throws not_found when the company has no convertible notes in the presets
 * @throws not_found when none is outstanding on the date (names the first entry's date)
 * @example notesTable('CORZ', undefined, false)[1] is ['0% convertible senior notes due 2031', 625e6, 0, 47649, 22.49, '', 46371, 45629, 'https://stockhouse.com/…']
 */
export function notesTable(ticker: string, asOfDate: number | undefined, headers: boolean): DataCell[][] {
  const preset = presetOrThrow(ticker);
  const notes = preset.convertible_notes ?? [];
  if (notes.length === 0) throw notFound(`${preset.ticker} has no convertible notes in the presets`);
  const asOfIso = isoDateOrLatest(asOfDate);
  const outstanding = outstandingNotes(notes, asOfIso);
  if (outstanding.length === 0) {
    const first = notes.map((note) => note.as_of).sort()[0];
    throw notFound(`no ${preset.ticker} convertible notes outstanding on ${asOfIso ?? 'the latest date'}; the first entry is dated ${first}`);
  }
  const rows: DataCell[][] = outstanding.map((note) => [
    note.name,
    note.principal_usd,
    note.coupon,
    note.maturity === undefined ? '' : serialOf(note.maturity),
    note.conversion_price_usd,
    note.cap_price_usd ?? '',
    note.holder_put_date === undefined ? '' : serialOf(note.holder_put_date),
    serialOf(note.as_of),
    note.source,
  ]);
  return headers ? [[...notesHeaders], ...rows] : rows;
}
