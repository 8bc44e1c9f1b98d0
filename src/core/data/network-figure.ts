import { notFound } from '../errors';
import { checkParam, optional, requiredText } from '../params';
import { hashrateEhsFromDifficulty } from '../protocol/network-hashrate';
import { excelDate } from '../rules';
import { choiceOrThrow, isoDateOrLatest, serialOf } from './lookup';
import { firstNetworkRow, latestNetworkRow, NetworkRowField } from './network';

export const networkFigureParams = [requiredText('field'), optional('as_of_date', undefined, excelDate)] as const;

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

/** The row field each answer is read from: the hashrate from difficulty, the date from any row. */
function sourceField(field: NetworkFigureField): NetworkRowField | undefined {
  if (field === 'network_hashrate_ehs') return 'difficulty';
  if (field === 'date') return undefined;
  return field;
}

/**
 * A figure from the bundled, sourced Bitcoin network history (data/network.json): taken from
 * the latest row dated on or before `asOfDate` that has the field (omitted: the latest such
 * row). Rows leave out what their source does not give, so two fields may come from
 * different rows; `date` gives the serial of the latest row of any kind.
 *
 * network_hashrate_ehs is not stored: it is derived from that row's difficulty as
 * D × 2^32 / 600 / 1e18 EH/s (the NETWORK_HASHRATE formula at the 600 s target).
 *
 * @param field btc_price_usd (USD), difficulty, network_hashrate_ehs (EH/s),
 *   fees_btc_per_block (BTC), block_height (blocks) or date (Excel serial), case ignored
 * @param asOfDate Excel date serial (61–2,958,465); omitted: the latest row with the field
 * @returns the figure in the field's unit
 * @throws invalid_input when as_of_date is not a date serial
 * @throws not_found for an unknown field (lists the fields)
 * @throws not_found when no row with the field is dated on or before as_of_date (names the first)
 * @example networkFigure('difficulty', 46034) === 146_470_000_000_000 (2026-01-12, 146.47T)
 */
export function networkFigure(field: string, asOfDate?: number): number {
  return networkFigureEntry(field, asOfDate).value;
}

/** The figure networkFigure returns, with the date of its row and its source. */
export function networkFigureEntry(field: string, asOfDate?: number): { value: number; date: string; source: string } {
  checkParam(networkFigureParams[1], asOfDate);
  const name = choiceOrThrow('field', field, networkFigureFields);
  const rowField = sourceField(name);
  const asOfIso = isoDateOrLatest(asOfDate);
  const row = latestNetworkRow(rowField, asOfIso);
  if (row === undefined) {
    const first = firstNetworkRow(rowField);
    if (first === undefined) throw notFound(`the network history has no ${name}`);
    throw notFound(`no network ${name} on or before ${asOfIso}; the first is ${first.date}`);
  }
  if (name === 'date') return { value: serialOf(row.date), date: row.date, source: row.source };
  const figure = row[rowField as NetworkRowField]!;
  const value = name === 'network_hashrate_ehs' ? hashrateEhsFromDifficulty(figure.value) : figure.value;
  return { value, date: row.date, source: figure.source };
}
