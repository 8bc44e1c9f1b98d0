/**
 * What the workbook holds, read in one batch (two syncs) before anything is planned, and
 * again inside the write: a plan is made from this and nothing else, so the write can tell
 * when the workbook changed after the user confirmed.
 */

export interface NameState {
  readonly formula: string;
  readonly comment: string;
}

export interface WorkbookState {
  /** Sheet names in workbook order. */
  readonly sheets: readonly string[];
  /** Defined names (workbook scope) with their formulas and comments. */
  readonly names: Readonly<Record<string, NameState>>;
  /** Table name -> the sheet it is on and its range there (`A4:E10`, header included). */
  readonly tables: Readonly<Record<string, TableState>>;
  /** Cell A1 of each peeked sheet that exists (how a writer recognises a sheet it wrote). */
  readonly firstCells: Readonly<Record<string, unknown>>;
  /** The active cell, when asked for: its address (`Sheet1!C3`) and what it holds. */
  readonly activeCell?: { readonly address: string; readonly content: string };
  /** What the peeked ranges hold (formulas, or values), by `Sheet!A1:B2` as peeked; only those on sheets that exist. */
  readonly ranges?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
}

export interface TableState {
  readonly sheet: string;
  readonly address: string;
}

/** What a writer needs to see beyond the sheets, names and tables. */
export interface Peek {
  readonly firstCellOf?: readonly string[];
  readonly activeCell?: boolean;
  /** Ranges whose content a writer compares with what it wrote there before. */
  readonly ranges?: readonly { readonly sheet: string; readonly address: string }[];
}

/** The key of a peeked range in WorkbookState.ranges. */
export function rangeKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

export async function readWorkbookState(context: Excel.RequestContext, peek: Peek = {}): Promise<WorkbookState> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const names = workbook.names.load('items/name,items/formula,items/comment');
  const tables = workbook.tables.load('items/name');
  const peeked = (peek.firstCellOf ?? []).map((name) => ({ name, sheet: workbook.worksheets.getItemOrNullObject(name) }));
  const rangeSheets = (peek.ranges ?? []).map(({ sheet, address }) => ({ key: rangeKey(sheet, address), address, sheet: workbook.worksheets.getItemOrNullObject(sheet) }));
  const cell = peek.activeCell ? workbook.getActiveCell().load('address,formulas') : undefined;
  await context.sync();

  const tableSheets = tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.load('name'), range: table.getRange().load('address') }));
  const firstCells = peeked.filter(({ sheet }) => !sheet.isNullObject).map(({ name, sheet }) => ({ name, range: sheet.getRange('A1').load('values') }));
  const ranges = rangeSheets.filter(({ sheet }) => !sheet.isNullObject).map(({ key, sheet, address }) => ({ key, range: sheet.getRange(address).load('formulas') }));
  if (tableSheets.length + firstCells.length + ranges.length > 0) await context.sync();

  return {
    sheets: sheets.items.map((sheet) => sheet.name),
    names: Object.fromEntries(names.items.map((name) => [name.name, { formula: name.formula, comment: name.comment ?? '' }])),
    tables: Object.fromEntries(tableSheets.map(({ name, sheet, range }) => [name, { sheet: sheet.name, address: localAddress(range.address) }])),
    firstCells: Object.fromEntries(firstCells.map(({ name, range }) => [name, range.values[0][0]])),
    ...(peek.ranges ? { ranges: Object.fromEntries(ranges.map(({ key, range }) => [key, range.formulas])) } : {}),
    ...(cell ? { activeCell: { address: cell.address, content: String(cell.formulas[0]?.[0] ?? '') } } : {}),
  };
}

/** "A4:E10" of "'My sheet'!A4:E10", as Excel reports a range's address. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}
