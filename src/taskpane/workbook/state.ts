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
  /** Table name -> the sheet it is on. */
  readonly tables: Readonly<Record<string, string>>;
  /** Cell A1 of each peeked sheet that exists (how a writer recognises a sheet it wrote). */
  readonly firstCells: Readonly<Record<string, unknown>>;
  /** The active cell, when asked for: its address (`Sheet1!C3`) and what it holds. */
  readonly activeCell?: { readonly address: string; readonly content: string };
}

/** What a writer needs to see beyond the sheets, names and tables. */
export interface Peek {
  readonly firstCellOf?: readonly string[];
  readonly activeCell?: boolean;
}

export async function readWorkbookState(context: Excel.RequestContext, peek: Peek = {}): Promise<WorkbookState> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const names = workbook.names.load('items/name,items/formula,items/comment');
  const tables = workbook.tables.load('items/name');
  const peeked = (peek.firstCellOf ?? []).map((name) => ({ name, sheet: workbook.worksheets.getItemOrNullObject(name) }));
  const cell = peek.activeCell ? workbook.getActiveCell().load('address,formulas') : undefined;
  await context.sync();

  const tableSheets = tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.load('name') }));
  const firstCells = peeked.filter(({ sheet }) => !sheet.isNullObject).map(({ name, sheet }) => ({ name, range: sheet.getRange('A1').load('values') }));
  if (tableSheets.length + firstCells.length > 0) await context.sync();

  return {
    sheets: sheets.items.map((sheet) => sheet.name),
    names: Object.fromEntries(names.items.map((name) => [name.name, { formula: name.formula, comment: name.comment ?? '' }])),
    tables: Object.fromEntries(tableSheets.map(({ name, sheet }) => [name, sheet.name])),
    firstCells: Object.fromEntries(firstCells.map(({ name, range }) => [name, range.values[0][0]])),
    ...(cell ? { activeCell: { address: cell.address, content: String(cell.formulas[0]?.[0] ?? '') } } : {}),
  };
}
