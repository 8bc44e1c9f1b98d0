/**
 * The Provenance sheet of a portable copy: a row for each range kept as values, saying which
 * formula it held, why it could not stay a formula, the add-in version and date of the copy,
 * and for bundled data the figure's source and as-of date.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { dataProvenance } from './data-provenance';
import type { MinerCall } from './formula-calls';

export interface FrozenRange {
  readonly sheet: string;
  readonly range: string;
  /** The formula as stored, without "=". */
  readonly formula: string;
  readonly reason: string;
  readonly source?: string;
  readonly asOf?: string;
}

export interface CopyStamp {
  /** The add-in's version. */
  readonly version: string;
  /** The date of the copy, ISO (YYYY-MM-DD): the caller's clock, never read here. */
  readonly date: string;
}

/**
 * The header row. Its last cell marks the sheet as a copy's own, so that a later copy replaces
 * it, and never a sheet of the user's that happens to be called "Provenance".
 */
export const provenanceMarker = 'Hashwatt portable copy';
export const provenanceHeader = ['sheet', 'cells', 'original formula', 'kept as', 'why', 'source', 'as of', 'add-in version', 'converted on', provenanceMarker];

/** The fill of a cell a portable copy kept as values (ARGB): a pale violet no model uses for inputs or results. */
export const frozenFillRgb = 'FFE8E4F4';

/** Column widths, in characters, within which a column's longest text reads on screen and in print. */
const textColumnChars = { min: 8, max: 80 };

/** Each column's width in characters for rows of text: its longest text and a margin, within limits. */
export function textColumnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((text, c) => (widths[c] = Math.max(widths[c] ?? 0, text.length)));
  return widths.map((width) => Math.min(textColumnChars.max, Math.max(textColumnChars.min, width + 2)));
}

/** A stored formula as a user reads it: `=MINER.HASHPRICE(B5,B6)`, not `_xldudf_MINER_HASHPRICE(B5,B6)`. */
export function displayFormula(stored: string): string {
  return `=${stored.replace(/_xldudf_MINER_/gi, 'MINER.')}`;
}

/**
 * Why the call `frozenBy` keeps its cell as a value, and for a data look-up whose arguments
 * resolve (`argumentValues`), where its figure came from.
 */
export function frozenCall(
  where: { readonly sheet: string; readonly range: string; readonly formula: string },
  call: MinerCall | undefined,
  declarations: ReadonlyMap<string, FunctionDeclaration>,
  argumentValues: (call: MinerCall) => readonly unknown[],
): FrozenRange {
  const id = call?.id ?? '';
  const declaration = declarations.get(id);
  if (declaration?.result === 'table') return { ...where, reason: 'spills a table (kept as its values)' };
  if (declaration?.bundledData !== true || !call) return { ...where, reason: `${id} has no native formula` };
  const origin = dataProvenance(id, argumentValues(call));
  return { ...where, reason: `reads bundled data (${id})`, ...(origin ? { source: origin.source, asOf: origin.asOf } : {}) };
}

/** The Provenance sheet's rows, header first. */
export function provenanceRows(frozen: readonly FrozenRange[], stamp: CopyStamp): string[][] {
  const rows = frozen.map((r) => [r.sheet, r.range, displayFormula(r.formula), 'values', r.reason, r.source ?? '', r.asOf ?? '', stamp.version, stamp.date, '']);
  return [provenanceHeader, ...rows];
}
