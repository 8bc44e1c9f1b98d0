/**
 * Typed access to the bundled Bitcoin network history (data/network.json, schema in
 * data/schema/network.schema.json): dated rows whose figures each carry a unit and source,
 * a blank in the sources being an absent field; and the halvings.
 */
import { networkFile } from './bundle';

/** One sourced network figure (its date is the row's). */
export interface NetworkFigure {
  value: number;
  unit: string;
  source: string;
  note?: string;
}

/** A dated row of network figures; any of the four may be absent. */
export interface NetworkRow {
  date: string;
  block_height?: NetworkFigure;
  difficulty?: NetworkFigure;
  btc_price_usd?: NetworkFigure;
  fees_btc_per_block?: NetworkFigure;
  source: string;
  note?: string;
}

/** A halving: its height, the subsidy after it and, once reached, its date. */
export interface Halving {
  number: number;
  height: number;
  subsidy_btc: number;
  date?: string;
  note?: string;
}

/** The figure fields a network row may hold. */
export type NetworkRowField = 'block_height' | 'difficulty' | 'btc_price_usd' | 'fees_btc_per_block';

export const networkRowFields: readonly NetworkRowField[] = Object.freeze([
  'btc_price_usd',
  'difficulty',
  'fees_btc_per_block',
  'block_height',
] as NetworkRowField[]);

const file = networkFile as { rows: NetworkRow[]; halvings: Halving[]; notes?: string[] };
const rows: readonly NetworkRow[] = Object.freeze(
  [...file.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
);
const halvings: readonly Halving[] = Object.freeze([...file.halvings].sort((a, b) => a.height - b.height));

/** All rows, ascending by date. */
export function listNetworkRows(): readonly NetworkRow[] {
  return rows;
}

/** The halvings, ascending by height. */
export function listHalvings(): readonly Halving[] {
  return halvings;
}

/** The notes of data/network.json (what was left out and why). */
export function networkNotes(): readonly string[] {
  return file.notes ?? [];
}

/**
 * The latest row dated on or before asOfIsoDate (YYYY-MM-DD) that has the field; without a
 * field, the latest row of all; without a date, the latest such row. Undefined when none.
 */
export function latestNetworkRow(field: NetworkRowField | undefined, asOfIsoDate?: string): NetworkRow | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (asOfIsoDate !== undefined && row.date > asOfIsoDate) continue;
    if (field === undefined || row[field] !== undefined) return row;
  }
  return undefined;
}

/** The earliest row that has the field (or the earliest row without a field). */
export function firstNetworkRow(field: NetworkRowField | undefined): NetworkRow | undefined {
  return rows.find((row) => field === undefined || row[field] !== undefined);
}
