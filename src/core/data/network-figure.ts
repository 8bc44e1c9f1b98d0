import { secondsPerBlockTarget } from '../constants';
import { notFound } from '../errors';
import { checkParam, ChoiceSet, optional, requiredText } from '../params';
import { hashrateEhsFromDifficulty } from '../protocol/network-hashrate';
import { excelDate } from '../rules';
import { FigureParts, figurePart, partParam } from './figure-part';
import { choiceOrThrow, isoDateOrLatest, serialOf } from './lookup';
import { firstNetworkRowWith, latestCompleteNetworkRow, latestNetworkRowWith, NetworkRow, NetworkRowField } from './network';

// The field's set is read when asked: the list is declared below.
const networkFields: ChoiceSet = { id: 'NetworkField', values: () => networkFigureFields.map((value) => ({ value })) };

export const networkFigureParams = [requiredText('field', networkFields), optional('as_of_date', undefined, excelDate), partParam] as const;

/** The fields NETWORK answers, in display order. */
export const networkFigureFields = [
  'btc_price_usd',
  'difficulty',
  'network_hashrate_ehs',
  'fees_btc_per_block',
  'block_height',
  'date',
] as const;

type NetworkFigureField = (typeof networkFigureFields)[number];

/** The stored field a NETWORK field is read from: the hashrate from the difficulty; the date from any row. */
function storedFieldOf(field: NetworkFigureField): NetworkRowField | undefined {
  if (field === 'date') return undefined;
  return field === 'network_hashrate_ehs' ? 'difficulty' : field;
}

/** A field of a row as a sourced figure dated by its row; the hashrate from the difficulty. */
function figureOfRow(row: NetworkRow, field: NetworkFigureField): FigureParts {
  if (field === 'date') return { value: serialOf(row.date), as_of: row.date, unit: 'date', source: row.source, note: row.note };
  if (field === 'network_hashrate_ehs') {
    const difficulty = row.difficulty!;
    const note = '[D] from the difficulty: D × 2^32 / 600 / 1e18 EH/s.';
    return { value: hashrateEhsFromDifficulty(difficulty.value, secondsPerBlockTarget), as_of: row.date, unit: 'EH/s', source: difficulty.source, note };
  }
  const figure = row[field]!;
  return { value: figure.value, as_of: row.date, unit: figure.unit, source: figure.source, note: figure.note };
}

/**
 * A figure from the bundled, sourced Bitcoin network history (data/network.json), or its date,
 * unit, source or note.
 *
 * With `asOfDate`, each field is looked up on its own: its latest figure dated on or before that
 * day, so a dated price is never a year older than the history holds just because that day's
 * row lacks a fee or a height; part as_of names the row the figure came from, and two fields
 * may come from different rows. `date` is then the newest row on or before the day.
 * Without `asOfDate`, every field comes from the newest complete snapshot (a row holding a BTC
 * price, a difficulty, fees and a block height), so the no-date figures never mix dates;
 * `date` names that snapshot.
 *
 * network_hashrate_ehs is not stored: it is derived from the difficulty as
 * D × 2^32 / 600 / 1e18 EH/s (the NETWORK_HASHRATE formula at the 600 s target).
 *
 * @param field btc_price_usd (USD), difficulty, network_hashrate_ehs (EH/s),
 *   fees_btc_per_block (BTC), block_height (blocks) or date (Excel serial), case ignored
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the newest complete snapshot
 * @param part value (default), as_of (the figure's row date serial), unit, source (URL) or note
 * @returns that part of the figure
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown field or part (lists them)
 * @throws not_found when the history holds no such figure on or before as_of_date (names the first)
 * @example networkFigure('btc_price_usd', 45964) === 106_935 (2025-11-03, Hashrate Index roundup)
 */
export function networkFigure(field: string, asOfDate: number | undefined, part: string): number | string {
  return figurePart(networkFigureEntry(field, asOfDate), part);
}

/** The sourced figure networkFigure returns a part of, with the date of the row it came from. */
export function networkFigureEntry(field: string, asOfDate?: number): FigureParts & { date: string } {
  checkParam(networkFigureParams[1], asOfDate);
  const name = choiceOrThrow('field', field, networkFigureFields);
  const asOfIso = isoDateOrLatest(asOfDate);
  const row = asOfIso === undefined ? newestSnapshot() : rowOnOrBefore(name, asOfIso);
  return { ...figureOfRow(row, name), date: row.date };
}

/** The newest complete row: the one snapshot every no-date field is read from. */
function newestSnapshot(): NetworkRow {
  const row = latestCompleteNetworkRow();
  if (row === undefined) throw notFound('the network history has no complete row');
  return row;
}

/** The latest row on or before the day that holds the field. */
function rowOnOrBefore(field: NetworkFigureField, asOfIso: string): NetworkRow {
  const stored = storedFieldOf(field);
  const row = latestNetworkRowWith(stored, asOfIso);
  if (row !== undefined) return row;
  const first = firstNetworkRowWith(stored);
  if (first === undefined) throw notFound(`the network history has no ${field}`);
  throw notFound(`no network ${field} on or before ${asOfIso}; the first is ${first.date}`);
}
