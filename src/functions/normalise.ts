/**
 * Input normalisation, in one place, for every MINER.* function.
 *
 * Excel desktop passes 0 for a blank cell, Excel on the web passes null, an omitted optional
 * argument arrives as null or undefined; text can arrive where a number belongs. Each argument
 * is shaped here by its parameter spec (declared beside the core function), so that a blank
 * required argument is an error, never a silent 0, and an omitted optional one takes its
 * documented constant default. Where a ticker belongs, a company card (COMPANY_CARD's entity
 * value) gives its ticker, so every company function takes a card the same way.
 */
import { describeValue, invalidInput } from '../core/errors';
import { checkRangeShape, ParamSpec } from '../core/params';
import { notANumberCell, notARange, notRectangular } from '../core/range-errors';
import { tickerOfCard } from './card-ticker';

export type Cell = number | string | boolean | null | undefined;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function toNumber(spec: ParamSpec, value: unknown): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidInput(spec.name, 'must be a finite number', value);
    return value;
  }
  if (Array.isArray(value)) throw invalidInput(spec.name, 'must be a single value, not a range', value);
  throw invalidInput(spec.name, 'must be a number', value);
}

function toBoolean(spec: ParamSpec, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
  if (typeof value === 'string') {
    const upper = value.trim().toUpperCase();
    if (upper === 'TRUE') return true;
    if (upper === 'FALSE') return false;
  }
  throw invalidInput(spec.name, 'must be TRUE or FALSE', value);
}

function toText(spec: ParamSpec, value: unknown): string {
  if (typeof value === 'string') return value;
  if (spec.acceptsCard) {
    const ticker = tickerOfCard(value);
    if (ticker !== undefined) return ticker;
    throw invalidInput(spec.name, 'must be text or a company card (COMPANY_CARD)', value);
  }
  throw invalidInput(spec.name, 'must be text', value);
}

/**
 * A range as a rectangular grid of finite numbers; a single number counts as a 1 × 1 range.
 *
 * Checked in place and handed on as Excel gave it (a fresh array per call, which the core only
 * reads). A copy would cost one new array per row, a million of them for a full column where
 * a full row is one array, and the rows of a column lie apart in memory, so every pass over
 * them counts: a range whose core checks its cells in its own pass is not read here at all.
 */
function toRange(spec: ParamSpec, value: unknown): number[][] {
  if (spec.cellsCheckedByCore && Array.isArray(value)) {
    if (value.length === 0 || !Array.isArray(value[0]) || value[0].length === 0) throw notARange(spec.name, value);
    checkRangeShape(spec, value as unknown[][]);
    return value as number[][];
  }
  const rows = Array.isArray(value) ? value : [[value]];
  const width = rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 0;
  if (width === 0) throw notARange(spec.name, value);
  checkRangeShape(spec, rows as unknown[][]);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length === 0) throw notARange(spec.name, value);
    if (row.length !== width) throw notRectangular(spec.name, value);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (typeof cell !== 'number' || !Number.isFinite(cell)) throw notANumberCell(spec.name, value, cell, r, c);
    }
  }
  return rows as number[][];
}

/** Shapes one argument by its spec; undefined means "omitted, no default". */
export function normaliseArg(spec: ParamSpec, value: unknown): unknown {
  if (isBlank(value)) {
    if (spec.optional) return spec.defaultValue;
    throw invalidInput(spec.name, 'is required', value);
  }
  switch (spec.kind) {
    case 'number':
      return toNumber(spec, value);
    case 'boolean':
      return toBoolean(spec, value);
    case 'text':
      return toText(spec, value);
    case 'range':
      return toRange(spec, value);
  }
}

export function normaliseArgs(specs: readonly ParamSpec[], args: readonly unknown[]): unknown[] {
  const values = new Array(specs.length);
  for (let i = 0; i < specs.length; i++) {
    const value = args[i];
    // The usual argument, a finite number where a number belongs, passes as it is (this check
    // is normaliseArg's for it, without its dispatch: a sensitivity grid makes many calls).
    values[i] = typeof value === 'number' && specs[i].kind === 'number' && Number.isFinite(value) ? value : normaliseArg(specs[i], value);
  }
  return values;
}
