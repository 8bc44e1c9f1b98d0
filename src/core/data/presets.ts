/**
 * Typed access to the bundled company presets (data/presets/<TICKER>.json, schema in
 * data/schema/preset.schema.json). Every figure carries value, unit, as-of date and source;
 * a scalar field is one figure or a history of them. Pure: no file access at run time.
 */
import { presetFiles } from './bundle';

/** One sourced figure: the value, its unit, the date it describes and where it comes from. */
export interface Figure {
  value: number | string;
  unit: string;
  as_of: string;
  source: string;
  note?: string;
}

/** A preset's scalar field: one figure, or its history (ascending by as_of). */
export type FieldValue = Figure | Figure[];

/** An AI/HPC lease or cloud contract whose IT MW, value and term are all published. */
export interface Contract {
  counterparty: string;
  kind: 'gpu_cloud' | 'colocation' | 'powered_shell' | 'lease';
  it_load_mw: number;
  contract_value_usd: number;
  term_years: number;
  prepayment_share?: number;
  signed: string;
  source: string;
  note?: string;
}

/**
 * A convertible (or exchangeable) note as outstanding on `as_of`: a repurchase is a later
 * entry of the same name with the smaller principal. Absent where not published: maturity,
 * cap_price_usd (the capped call's cap), holder_put_date.
 */
export interface ConvertibleNote {
  name: string;
  principal_usd: number;
  coupon: number;
  maturity?: string;
  conversion_price_usd: number;
  cap_price_usd?: number;
  holder_put_date?: string;
  as_of: string;
  source: string;
  note?: string;
}

/** One company's sourced figures. A figure the sources do not give is absent, never 0. */
export interface Preset {
  ticker: string;
  name: FieldValue;
  power_capacity_mw?: FieldValue;
  energized_mw?: FieldValue;
  ai_contracted_it_mw?: FieldValue;
  hashrate_ehs?: FieldValue;
  fleet_efficiency_j_per_th?: FieldValue;
  power_price_usd_per_kwh?: FieldValue;
  btc_holdings?: FieldValue;
  pipeline_mw?: FieldValue;
  btc_mined_per_month?: FieldValue;
  cash_cost_usd_per_btc?: FieldValue;
  shares_outstanding?: FieldValue;
  cash_usd?: FieldValue;
  debt_usd?: FieldValue;
  /** Non-recourse debt of projects (the contracted AI/HPC sites), kept out of debt_usd. */
  project_debt_usd?: FieldValue;
  convertible_notes?: ConvertibleNote[];
  contracts?: Contract[];
  notes?: string[];
}

/** The preset's scalar field names, in display order, 'name' first. */
// Read-only by its type, not frozen: JavaScriptCore reads a frozen array's elements by a slow
// path, about ten times a plain array's, and the look-up functions read these on every call.
export const presetFields: readonly string[] = [
  'name',
  'power_capacity_mw',
  'energized_mw',
  'ai_contracted_it_mw',
  'pipeline_mw',
  'hashrate_ehs',
  'fleet_efficiency_j_per_th',
  'power_price_usd_per_kwh',
  'btc_holdings',
  'btc_mined_per_month',
  'cash_cost_usd_per_btc',
  'shares_outstanding',
  'cash_usd',
  'debt_usd',
  'project_debt_usd',
];

const presets: readonly Preset[] = Object.values(presetFiles)
  .map((file) => file as Preset)
  .sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));

/** All presets, sorted by ticker. */
export function listPresets(): readonly Preset[] {
  return presets;
}

/** The preset for a ticker, ignoring case and surrounding spaces; undefined when there is none. */
export function findPreset(ticker: string): Preset | undefined {
  const wanted = ticker.trim().toUpperCase();
  return presets.find((preset) => preset.ticker === wanted);
}

/** A field's figures, ascending by as_of (a single figure gives one entry, absent gives none). */
export function figureHistory(field: FieldValue | undefined): Figure[] {
  if (field === undefined) return [];
  const list = Array.isArray(field) ? [...field] : [field];
  return list.sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
}

/**
 * The latest figure dated on or before asOfIsoDate (YYYY-MM-DD; ISO dates compare as text),
 * or the latest of all without a date; undefined when there is none.
 */
export function latestFigure(field: FieldValue | undefined, asOfIsoDate?: string): Figure | undefined {
  if (field === undefined) return undefined;
  if (!Array.isArray(field)) return asOfIsoDate === undefined || field.as_of <= asOfIsoDate ? field : undefined;
  // One pass, no sorted copy (a look-up in a grid of cells runs it on every call): of figures
  // with the same date the later in the list, as the last of a stable sort.
  let latest: Figure | undefined;
  for (const figure of field) {
    if ((asOfIsoDate === undefined || figure.as_of <= asOfIsoDate) && (latest === undefined || figure.as_of >= latest.as_of)) latest = figure;
  }
  return latest;
}

/** The newest as_of among a preset's figures and contract signing dates. */
export function newestAsOf(preset: Preset): string {
  const dates: string[] = [];
  for (const field of presetFields) {
    for (const figure of figureHistory(preset[field as keyof Preset] as FieldValue | undefined)) dates.push(figure.as_of);
  }
  for (const contract of preset.contracts ?? []) dates.push(contract.signed);
  return dates.reduce((newest, date) => (date > newest ? date : newest), '');
}

/**
 * The notes outstanding on a date: of each note (by name), its latest entry dated on or
 * before the date, unless that entry has no principal left or the note matured by then.
 */
export function outstandingNotes(notes: readonly ConvertibleNote[], asOfIso: string | undefined): ConvertibleNote[] {
  // The latest of each name in the order the names first appear, in an array, not a Map and
  // its spread copy: a note list is short, and JavaScriptCore makes each of those per call.
  const latest: ConvertibleNote[] = [];
  for (const note of notes) {
    if (asOfIso !== undefined && note.as_of > asOfIso) continue;
    const at = latest.findIndex((seen) => seen.name === note.name);
    if (at < 0) latest.push(note);
    else if (note.as_of > latest[at].as_of) latest[at] = note;
  }
  const outstanding: ConvertibleNote[] = [];
  for (const note of latest) {
    if (note.principal_usd > 0 && (asOfIso === undefined || note.maturity === undefined || note.maturity > asOfIso)) outstanding.push(note);
  }
  return outstanding;
}
