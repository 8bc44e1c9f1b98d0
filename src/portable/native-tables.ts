/**
 * Spilled tables in a portable copy: an array formula that is one MINER.* call with a native
 * table form (src/catalogue/native-table.ts) becomes one plain formula per cell of its range,
 * its header row kept as text, so the table follows its inputs in any spreadsheet. Its
 * arguments are rewritten natively first; a call whose arguments read bundled data or spill
 * stays frozen.
 */
import { nativeTable, NativeTable } from '../catalogue/native-table';
import type { FunctionDeclaration } from '../catalogue/types';
import { a1, CellBox, parseAddress } from '../models/a1';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import type { XmlCell } from './sheet-cells';
import { attribute, escapeXml, unescapeXml, withoutAttribute } from './xml';

export interface NativeTableRange {
  readonly box: CellBox;
  readonly table: NativeTable;
}

/** The native table of a formula that is one spilled call that has one, its arguments rewritten natively. */
export function callNativeTable(text: string, declarations: ReadonlyMap<string, FunctionDeclaration>): NativeTable | undefined {
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
  return nativeTable(declaration, args);
}

/** The native table of an array formula (its text and `ref`), when it is one spilled call that has one. */
export function spilledNativeTable(text: string, ref: string, declarations: ReadonlyMap<string, FunctionDeclaration>): NativeTableRange | undefined {
  const table = callNativeTable(text, declarations);
  if (!table) return undefined;
  try {
    return { box: parseAddress(ref), table };
  } catch {
    return undefined;
  }
}

export function inTable(range: NativeTableRange, address: string): boolean {
  const { left, top } = parseAddress(address);
  const { box } = range;
  return left >= box.left && left <= box.right && top >= box.top && top <= box.bottom;
}

/** A header cell: its cached value as a constant (text as an inline string), no formula. */
function headerCell(cell: XmlCell, strings: readonly string[]): string {
  let attributes = withoutAttribute(cell.attributes, 'cm');
  const type = attribute(attributes, 't');
  const text = type === 's' ? strings[Number(/<v>([\s\S]*?)<\/v>/.exec(cell.rest)?.[1])] : type === 'str' ? unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(cell.rest)?.[1] ?? '') : undefined;
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
  if (row < 0) return { xml: headerCell(cell, strings), formula: false };
  const formula = range.table.formula(row, left - range.box.left, (column, rowsUp = 0) => a1(top - 1 - rowsUp, range.box.left + column));
  return { xml: formulaCell(cell, formula), formula: true };
}
