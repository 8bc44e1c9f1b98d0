import { notFound } from '../errors';
import { checkParam, optional, requiredText } from '../params';
import { hashrateEhsFromDifficulty } from '../protocol/network-hashrate';
import { excelDate } from '../rules';
import { FigureParts, figurePart, partParam } from './figure-part';
import { choiceOrThrow, isoDateOrLatest, serialOf } from './lookup';
import { firstCompleteNetworkRow, latestCompleteNetworkRow, NetworkRow } from './network';

export const networkFigureParams = [requiredText('field'), optional('as_of_date', undefined, excelDate), partParam] as const;

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

/** A field of a complete row as a sourced figure dated by its row; the hashrate from the difficulty. */
function figureOfRow(row: NetworkRow, field: NetworkFigureField): FigureParts {
  if (field === 'date') return { value: serialOf(row.date), as_of: row.date, unit: 'date', source: row.source, note: row.note };
  if (field === 'network_hashrate_ehs') {
    const difficulty = row.difficulty!;
    const note = '[D] from the difficulty: D × 2^32 / 600 / 1e18 EH/s.';
    return { value: hashrateEhsFromDifficulty(difficulty.value), as_of: row.date, unit: 'EH/s', source: difficulty.source, note };
  }
  const figure = row[field]!;
  return { value: figure.value, as_of: row.date, unit: figure.unit, source: figure.source, note: figure.note };
}

/**
 * A figure from the bundled, sourced Bitcoin network history (data/network.json), or its date,
 * unit, source or note. Every field comes from one dated snapshot: the latest row dated on or
 * before `asOfDate` (omitted: the latest) that holds a BTC price, a difficulty, fees and a
 * block height, so fields never mix dates; `date` names that row.
 *
 * network_hashrate_ehs is not stored: it is derived from the row's difficulty as
 * D × 2^32 / 600 / 1e18 EH/s (the NETWORK_HASHRATE formula at the 600 s target).
 *
 * @param field btc_price_usd (USD), difficulty, network_hashrate_ehs (EH/s),
 *   fees_btc_per_block (BTC), block_height (blocks) or date (Excel serial), case ignored
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest complete row
 * @param part value (default), as_of (the row's date serial), unit, source (URL) or note
 * @returns that part of the figure
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown field or part (lists them)
 * @throws not_found when no complete row is dated on or before as_of_date (names the first)
 * @example networkFigure('difficulty', 46034) === 146_470_000_000_000 (2026-01-12, 146.47T)
 */
export function networkFigure(field: string, asOfDate?: number, part = 'value'): number | string {
  return figurePart(networkFigureEntry(field, asOfDate), part);
}

/** The sourced figure networkFigure returns a part of, with the date of its row. */
export function networkFigureEntry(field: string, asOfDate?: number): FigureParts & { date: string } {
  checkParam(networkFigureParams[1], asOfDate);
  const name = choiceOrThrow('field', field, networkFigureFields);
  const asOfIso = isoDateOrLatest(asOfDate);
  const row = latestCompleteNetworkRow(asOfIso);
  if (row === undefined) {
    const first = firstCompleteNetworkRow();
    if (first === undefined) throw notFound('the network history has no complete row');
    throw notFound(`no complete network snapshot on or before ${asOfIso}; the first is ${first.date}`);
  }
  return { ...figureOfRow(row, name), date: row.date };
}
