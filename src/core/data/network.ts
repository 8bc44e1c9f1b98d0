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

/** A dated row of network figures; any of them may be absent. */
export interface NetworkRow {
  date: string;
  block_height?: NetworkFigure;
  difficulty?: NetworkFigure;
  btc_price_usd?: NetworkFigure;
  fees_btc_per_block?: NetworkFigure;
  /** An explorer's 24 h estimate from the blocks found, kept beside its capture; NETWORK derives its hashrate from the difficulty instead. */
  observed_hashrate_ehs?: NetworkFigure;
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

// Read-only by its type, not frozen: JavaScriptCore reads frozen arrays slowly (see presets.ts).
export const networkRowFields: readonly NetworkRowField[] = [
  'btc_price_usd',
  'difficulty',
  'fees_btc_per_block',
  'block_height',
];

const file = networkFile as { rows: NetworkRow[]; halvings: Halving[]; notes?: string[] };
const rows: readonly NetworkRow[] = [...file.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const halvings: readonly Halving[] = [...file.halvings].sort((a, b) => a.height - b.height);

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

/** True when the row holds every stored field: a price, a difficulty, fees and a block height. */
export function isCompleteNetworkRow(row: NetworkRow): boolean {
  return networkRowFields.every((field) => row[field] !== undefined);
}

/**
 * The latest complete row (isCompleteNetworkRow) dated on or before asOfIsoDate (YYYY-MM-DD),
 * or the newest complete row without a date: the snapshot NETWORK reads every field from when
 * no date is asked, so its no-date figures never mix dates. Undefined when there is none.
 */
export function latestCompleteNetworkRow(asOfIsoDate?: string): NetworkRow | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (asOfIsoDate !== undefined && row.date > asOfIsoDate) continue;
    if (isCompleteNetworkRow(row)) return row;
  }
  return undefined;
}

/**
 * The latest row dated on or before asOfIsoDate (YYYY-MM-DD) that holds `field`, or, with
 * field undefined, the latest row of any kind: a dated look-up of one figure, which may come
 * from a different row than another field's. Undefined when there is none.
 */
export function latestNetworkRowWith(field: NetworkRowField | undefined, asOfIsoDate: string): NetworkRow | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.date > asOfIsoDate) continue;
    if (field === undefined || row[field] !== undefined) return row;
  }
  return undefined;
}

/** The earliest row that holds `field` (any row with field undefined). */
export function firstNetworkRowWith(field: NetworkRowField | undefined): NetworkRow | undefined {
  return rows.find((row) => field === undefined || row[field] !== undefined);
}

/** The earliest complete row. */
export function firstCompleteNetworkRow(): NetworkRow | undefined {
  return rows.find(isCompleteNetworkRow);
}
