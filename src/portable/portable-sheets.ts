/**
 * A portable copy of a workbook's sheets inside the workbook itself, planned without Office
 * (the task pane's "Make a portable copy" writes the plan through the workbook gateway): each
 * sheet becomes "<name> (portable)" with its values and number formats, its formulas pointed
 * at the other copies, every MINER.* formula with a native form rewritten, the others kept as
 * their values, text kept as text; a "Provenance" sheet lists what was kept as values (under
 * another name when the user has a sheet of that name). The originals are read only.
 */
import type { FunctionDeclaration } from '../catalogue/types';
import { a1, parseAddress } from '../sheet/a1';
import { argumentValue, argumentValueOrRange } from './argument-value';
import type { NativeTable } from '../catalogue/native-table';
import { callNativeTable, tableDataRanges } from './native-tables';
import { minerCalls } from './formula-calls';
import { rewriteNative } from './native-rewrite';
import { CopyStamp, FrozenRange, frozenCall, provenanceHeader, provenanceRows } from './provenance';
import { renameSheetReferences } from './sheet-references';

/** A sheet's used range as Office.js reads it. */
export interface SheetContent {
  readonly name: string;
  /** The used range's address, `Sheet1!A1:F20` (or A1 for an empty sheet). */
  readonly address: string;
  readonly formulas: readonly (readonly unknown[])[];
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly string[])[];
}

export interface PortableSheet {
  readonly source: string;
  readonly name: string;
  /** Where the grids go on the new sheet (the used range's own address). */
  readonly address: string;
  /** Formulas and values to write (a value stands as itself). */
  readonly formulas: unknown[][];
  readonly numberFormat: string[][];
}

export interface PortablePlan {
  readonly sheets: readonly PortableSheet[];
  /** The Provenance sheet: its name (an earlier copy's, or one no sheet has), its rows, text throughout. */
  readonly provenance: { readonly name: string; readonly rows: string[][]; readonly numberFormat: string[][] };
  readonly nativeCells: number;
  readonly frozen: readonly FrozenRange[];
}

export const portableSuffix = ' (portable)';
export const provenanceSheet = 'Provenance';
/** Excel's longest sheet name. */
const maxSheetName = 31;
/** Excel's Text number format: a cell in it keeps what is entered as text, never re-read as a number, date, boolean or formula. */
export const textFormat = '@';

/** `text` cut to at most `length` UTF-16 units, never in the middle of a character, without trailing spaces. */
function cut(text: string, length: number): string {
  const head = text.slice(0, length);
  return (/[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head).trimEnd();
}

/** A sheet's portable name with `tag` before the suffix ("~2"), cut so the whole is at most 31 characters. */
export function portableName(sheet: string, tag = ''): string {
  return cut(sheet, maxSheetName - portableSuffix.length - tag.length) + tag + portableSuffix;
}

/**
 * Each sheet's portable name, unique as Excel compares sheet names (ignoring case): a name
 * cut to 31 characters that another cut name already took gets a number ("~2", "~3"…).
 */
export function portableNames(sheets: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const sheet of sheets) {
    let name = portableName(sheet);
    for (let n = 2; taken.has(name.toUpperCase()); n++) name = portableName(sheet, `~${n}`);
    taken.add(name.toUpperCase());
    names.set(sheet, name);
  }
  return names;
}

/**
 * Whether a sheet is an earlier copy's Provenance sheet: its first row is the header the copy
 * writes, marker included. An empty sheet called "Provenance" counts too: it holds nothing of
 * the user's, and it is what a copy that Excel broke off mid-write leaves of its list.
 */
export function isProvenanceSheet(content: Pick<SheetContent, 'name' | 'values' | 'address'>): boolean {
  const empty = content.values.every((row) => row.every((value) => value === '' || value === null));
  if (empty && content.name.toUpperCase() === provenanceSheet.toUpperCase()) return true;
  const top = parseAddress(content.address);
  if (top.top !== 1 || top.left !== 0) return false;
  const first = content.values[0] ?? [];
  return provenanceHeader.every((title, i) => first[i] === title);
}

/** The sheets a copy reads: not earlier copies (their Provenance sheets are told apart by their content). */
export function copiedSheets(sheets: readonly string[]): string[] {
  return sheets.filter((name) => !name.endsWith(portableSuffix));
}

/** "Provenance", or "Provenance (2)"… when a sheet of the user's (or a copy) has that name. */
function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toUpperCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/**
 * A value cell as the copy writes it: a number, boolean or blank as itself; text in the Text
 * format, so that "0012", "1/2", "TRUE" or "=A1" stay the text they were (written through
 * `formulas` into a General cell, Excel would read them as 12, a date, a boolean, a formula).
 * An error value (#N/A) is written back as the error it was.
 */
function valueFormat(value: unknown, format: string): string {
  return typeof value === 'string' && value !== '' && !excelError.test(value) ? textFormat : format;
}

const excelError = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!)$/;

/**
 * The copy of `contents` (the used ranges of the sheets copiedSheets chose); `existing` is
 * every sheet name in the workbook, so the Provenance sheet takes a name no sheet of the
 * user's has. An earlier copy's Provenance sheet is not copied: its name is reused.
 */
/**
 * The rows and columns a spilled call returns on these argument values (the pane runs the
 * function again), or undefined when they do not give a table.
 */
export type SpillSize = (id: string, args: readonly unknown[]) => { readonly rows: number; readonly cols: number } | undefined;

/** A spilled call with a native table form, where it stands on the sheet (0-based within the used range). */
interface PlacedTable {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  readonly table: NativeTable;
}

/** The spilled calls of a sheet that have a native table form and whose size is known. */
function placedTables(
  sheet: SheetContent,
  declarations: ReadonlyMap<string, FunctionDeclaration>,
  lookup: (name: string, column: number, row: number) => unknown,
  spillSize: SpillSize | undefined,
): PlacedTable[] {
  if (!spillSize) return [];
  const placed: PlacedTable[] = [];
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== 'string' || !formula.startsWith('=') || formula === sheet.values[r][c]) return;
      const valueOf = (arg: string) => argumentValueOrRange(arg, sheet.name, lookup);
      const table = callNativeTable(formula.slice(1), declarations, valueOf);
      if (!table) return;
      const [call] = minerCalls(formula.slice(1));
      const size = spillSize(call.id, call.args.map(valueOf));
      if (size) placed.push({ top: r, left: c, rows: size.rows, cols: size.cols, table });
    }),
  );
  return placed;
}

export function planPortableSheets(
  contents: readonly SheetContent[],
  declarations: ReadonlyMap<string, FunctionDeclaration>,
  stamp: CopyStamp,
  existing: readonly string[] = contents.map((sheet) => sheet.name),
  spillSize?: SpillSize,
): PortablePlan {
  const earlier = contents.find(isProvenanceSheet);
  const sheets = contents.filter((sheet) => !isProvenanceSheet(sheet));
  const renames = portableNames(sheets.map((sheet) => sheet.name));
  const boxes = new Map(sheets.map((sheet) => [sheet.name, parseAddress(sheet.address)]));
  const lookup = (name: string, column: number, row: number): unknown => {
    const box = boxes.get(name);
    const content = sheets.find((sheet) => sheet.name === name);
    return box && content ? content.values[row - box.top]?.[column - box.left] : undefined;
  };
  const frozen: FrozenRange[] = [];
  let nativeCells = 0;
  const planned = sheets.map((sheet) => {
    const box = boxes.get(sheet.name) as ReturnType<typeof parseAddress>;
    const numberFormat = sheet.numberFormat.map((row) => [...row]);
    const asValue = (r: number, c: number): unknown => {
      numberFormat[r][c] = valueFormat(sheet.values[r][c], numberFormat[r][c]);
      return sheet.values[r][c];
    };
    const tables = placedTables(sheet, declarations, lookup, spillSize);
    // A table's data cells keep their values, listed like any data read.
    for (const placed of tables) {
      const [left, top] = [box.left + placed.left, box.top + placed.top];
      const table = { box: { left, top, right: left + placed.cols - 1, bottom: top + placed.rows - 1 }, table: placed.table };
      frozen.push(...tableDataRanges(table, sheet.name, String(sheet.formulas[placed.top][placed.left]).slice(1)));
    }
    /** A cell of a spilled table that has a native form: its header's name, or its formula. */
    const tableCell = (r: number, c: number): { value: unknown } | undefined => {
      const placed = tables.find((t) => r >= t.top && r < t.top + t.rows && c >= t.left && c < t.left + t.cols);
      if (!placed) return undefined;
      const row = r - placed.top - placed.table.headerRows;
      if (row < 0 || placed.table.data(row, c - placed.left)) return { value: asValue(r, c) };
      nativeCells++;
      const formula = placed.table.formula(row, c - placed.left, (column, rowsUp = 0) => a1(box.top - 1 + r - rowsUp, box.left + placed.left + column));
      return { value: `=${renameSheetReferences(formula.slice(1), renames)}` };
    };
    const formulas = sheet.formulas.map((row, r) =>
      row.map((formula, c) => {
        const inTable = tableCell(r, c);
        if (inTable) return inTable.value;
        // Text that starts with "=" reads back the same as a value and as a formula; a formula's value is its result.
        if (typeof formula !== 'string' || !formula.startsWith('=') || formula === sheet.values[r][c]) return asValue(r, c);
        const text = formula.slice(1);
        const calls = minerCalls(text);
        if (calls.length === 0) return `=${renameSheetReferences(text, renames)}`;
        const rewrite = rewriteNative(text, declarations);
        if ('formula' in rewrite) {
          nativeCells++;
          return `=${renameSheetReferences(rewrite.formula, renames)}`;
        }
        const where = { sheet: sheet.name, range: a1(box.top - 1 + r, box.left + c), formula: text };
        const call = calls.find((found) => found.id === rewrite.frozenBy);
        frozen.push(frozenCall(where, call, declarations, (found) => found.args.map((arg) => argumentValue(arg, sheet.name, lookup))));
        return asValue(r, c);
      }),
    );
    const address = sheet.address.slice(sheet.address.lastIndexOf('!') + 1);
    return { source: sheet.name, name: renames.get(sheet.name) as string, address, formulas, numberFormat };
  });
  const rows = provenanceRows(frozen, stamp);
  const name = earlier?.name ?? freeSheetName(provenanceSheet, [...existing, ...planned.map((sheet) => sheet.name)]);
  return { sheets: planned, provenance: { name, rows, numberFormat: rows.map((row) => row.map(() => textFormat)) }, nativeCells, frozen };
}
