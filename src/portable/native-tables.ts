/**
 * Spilled tables in a portable copy: an array formula that is one MINER.* call with a native
 * table form (src/catalogue/native-table.ts) becomes one plain formula per cell of its range,
 * its header row kept as text, so the table follows its inputs in any spreadsheet. Its
 * arguments are rewritten natively first; a call whose arguments read bundled data or spill
 * stays frozen. A table that reads bundled data itself (SOTP) keeps its data cells as their
 * values, marked and listed on the Provenance sheet like any data read (tableDataRanges).
 */
import { maxFormulaCharacters } from '../catalogue/native';
import { nativeTable } from '../catalogue/native-forms';
import type { NativeTable } from '../catalogue/native-table';
import type { TableData } from '../sheet/native-form';
import type { FunctionDeclaration } from '../catalogue/types';
import { a1, CellBox, parseAddress } from '../sheet/a1';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import type { FrozenRange } from './provenance';
import { cachedValue, XmlCell } from './sheet-cells';
import { attribute, escapeXml, withoutAttribute } from './xml';

export interface NativeTableRange {
  readonly box: CellBox;
  readonly table: NativeTable;
}

/**
 * The native table of a formula that is one spilled call that has one, its arguments rewritten
 * natively; `valueOf` gives an argument expression's value when the copy is made (a range as
 * its rows), for a table that reads bundled data.
 */
export function callNativeTable(text: string, declarations: ReadonlyMap<string, FunctionDeclaration>, valueOf?: (expression: string) => unknown): NativeTable | undefined {
  const calls = minerCalls(text);
  if (calls.length !== 1 || text.slice(0, calls[0].start).trim() !== '' || text.slice(calls[0].end).trim() !== '') return undefined;
  const declaration = declarations.get(calls[0].id);
  if (declaration?.result !== 'table') return undefined;
  const args: (string | undefined)[] = [];
  for (const arg of calls[0].args) {
    const rewritten = rewriteNative(arg, declarations);
    if ('frozenBy' in rewritten) return undefined;
    args.push(rewritten.formula.trim() === '' ? undefined : rewritten.formula);
  }
  return nativeTable(declaration, args, valueOf && calls[0].args.map(valueOf));
}

/** The native table of an array formula (its text and `ref`), when it is one spilled call that has one. */
export function spilledNativeTable(
  text: string,
  ref: string,
  declarations: ReadonlyMap<string, FunctionDeclaration>,
  valueOf?: (expression: string) => unknown,
): NativeTableRange | undefined {
  const table = callNativeTable(text, declarations, valueOf);
  if (!table) return undefined;
  let box: CellBox;
  try {
    box = parseAddress(ref);
  } catch {
    return undefined;
  }
  return fitsExcel({ box, table }) ? { box, table } : undefined;
}

/**
 * Whether every formula of the range is within Excel's 8,192 characters with its real cell
 * references (a long table formula over long references, another sheet's, may not be): a
 * table that does not fit keeps its values, as a scalar call does.
 */
function fitsExcel(range: NativeTableRange): boolean {
  const { box, table } = range;
  for (let top = box.top + table.headerRows; top <= box.bottom; top++) {
    for (let left = box.left; left <= box.right; left++) {
      const row = top - box.top - table.headerRows;
      if (table.data(row, left - box.left)) continue;
      const formula = table.formula(row, left - box.left, (column, rowsUp = 0) => a1(top - 1 - rowsUp, box.left + column));
      if (formula.length > maxFormulaCharacters) return false;
    }
  }
  return true;
}

export function inTable(range: NativeTableRange, address: string): boolean {
  const { left, top } = parseAddress(address);
  const { box } = range;
  return left >= box.left && left <= box.right && top >= box.top && top <= box.bottom;
}

/** A header cell or a data cell: its cached value as a constant (text as an inline string), no formula. */
function keptCell(cell: XmlCell, strings: readonly string[]): string {
  let attributes = withoutAttribute(cell.attributes, 'cm');
  const type = attribute(attributes, 't');
  // A shared or formula string becomes an inline string (a formula string with no cached value, an empty one).
  const value = type === 's' || type === 'str' ? cachedValue(cell, strings) : undefined;
  const text = value === undefined ? (type === 'str' ? '' : undefined) : String(value);
  if (text === undefined) return cell.formula ? `<c${attributes}>${cell.rest}</c>` : `<c${cell.attributes}>${cell.rest}</c>`;
  attributes = withoutAttribute(attributes, 't') + ' t="inlineStr"';
  return `<c${attributes}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A data cell: the native formula, its cached number kept (text results are computed anew). */
function formulaCell(cell: XmlCell, formula: string): string {
  const type = attribute(cell.attributes, 't');
  const attributes = withoutAttribute(withoutAttribute(cell.attributes, 'cm'), 't');
  const cached = type === undefined || type === 'n' ? (/<v>[\s\S]*?<\/v>/.exec(cell.rest)?.[0] ?? '') : '';
  return `<c${attributes}><f>${escapeXml(formula.replace(/^=/, ''))}</f>${cached}</c>`;
}

/** The cell of a native table's range as the copy writes it. */
export function tableCell(cell: XmlCell, range: NativeTableRange, strings: readonly string[]): { xml: string; formula: boolean } {
  const { left, top } = parseAddress(cell.address);
  const row = top - range.box.top - range.table.headerRows;
  if (row < 0 || range.table.data(row, left - range.box.left)) return { xml: keptCell(cell, strings), formula: false };
  const formula = range.table.formula(row, left - range.box.left, (column, rowsUp = 0) => a1(top - 1 - rowsUp, range.box.left + column));
  return { xml: formulaCell(cell, formula), formula: true };
}

/** Why a data cell of a native table keeps its value: which figure it is is chosen when the copy is made. */
export const dataReason =
  'bundled data within a native table, kept as its value: the ticker and date chose it when the copy was made, so changing them in the copy changes nothing';

/**
 * The data cells of a native table, as ranges kept as values for the Provenance sheet and the
 * marks on the sheet: one range a row for each run of adjacent data cells with the same origin.
 */
export function tableDataRanges(range: NativeTableRange, sheet: string, formula: string): FrozenRange[] {
  const ranges: FrozenRange[] = [];
  const { box, table } = range;
  const same = (a: TableData | undefined, b: TableData | undefined) => a !== undefined && b !== undefined && a.source === b.source && a.asOf === b.asOf;
  for (let top = box.top + table.headerRows; top <= box.bottom; top++) {
    const row = top - box.top - table.headerRows;
    for (let left = box.left; left <= box.right; left++) {
      const data = table.data(row, left - box.left);
      if (!data) continue;
      let right = left;
      while (right < box.right && same(data, table.data(row, right + 1 - box.left))) right++;
      const cells = right === left ? a1(top - 1, left) : `${a1(top - 1, left)}:${a1(top - 1, right)}`;
      ranges.push({ sheet, range: cells, formula, reason: dataReason, source: data.source, ...(data.asOf ? { asOf: data.asOf } : {}) });
      left = right;
    }
  }
  return ranges;
}
