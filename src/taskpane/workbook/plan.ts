/**
 * What a pane action asks the gateway to write, and what the gateway makes of it before
 * touching the workbook, without Office: which of the user's things it would replace (the
 * user confirms those), whether something of theirs stands in the way (then nothing is
 * written), the temporary names new sheets and tables are built under, and the summary of
 * what changed that the pane shows.
 */
import type { WorkbookState } from './state';

/** A sheet written whole: built under a temporary name when it replaces one, then swapped in. */
export interface SheetWrite {
  /** The sheet's final name. */
  readonly name: string;
  /** Final names of the tables `build` adds. */
  readonly tables: readonly string[];
  /** Writes the sheet's content; each table is named `tableName(final name)` while the sheet is new. */
  build(sheet: Excel.Worksheet, tableName: (finalName: string) => string): void;
}

/** A workbook name referring to a cell or range of one of the written sheets. */
export interface NameWrite {
  readonly name: string;
  /** The final name of the sheet it refers to, and the A1 range there. */
  readonly sheet: string;
  readonly address: string;
  readonly comment?: string;
}

/** A formula put into the active cell. */
export interface CellWrite {
  readonly address: string;
  readonly formula: string;
}

export interface WorkbookWrite {
  readonly sheets: readonly SheetWrite[];
  readonly names: readonly NameWrite[];
  readonly cell?: CellWrite;
  /** The sheet shown once the write is done. */
  readonly activate?: string;
}

/** A write a writer cannot make: names or tables it needs are not in the workbook. */
export interface MissingInputs {
  readonly missing: readonly string[];
}

/** What exists and would be replaced. */
export interface Conflicts {
  /** Sheets replaced whole, as the workbook spells them. */
  readonly sheets: readonly string[];
  /** Tables of the same names, on those sheets (they go with them). */
  readonly tables: readonly string[];
  /** Names given a new reference. */
  readonly names: readonly string[];
  /** The active cell, when it holds something. */
  readonly cell?: { readonly address: string; readonly content: string };
}

export interface Analysis {
  readonly conflicts: Conflicts;
  /** A table or name of the plan's that stands on a sheet the write does not replace. */
  readonly blocked?: { readonly table: string; readonly sheet: string };
}

/** What the write changed, for the pane to say. */
export interface ChangeSummary {
  readonly sheetsAdded: readonly string[];
  readonly sheetsReplaced: readonly string[];
  readonly tables: readonly string[];
  readonly namesAdded: readonly string[];
  readonly namesUpdated: readonly string[];
  readonly cell?: CellWrite;
}

/** The names new sheets and tables are built under, by final name. */
export interface TemporaryNames {
  readonly sheets: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<string, string>>;
}

const maxSheetNameLength = 31;

/** Excel compares sheet, table and defined names ignoring case. */
export function findName(names: Iterable<string>, name: string): string | undefined {
  for (const candidate of names) if (candidate.toUpperCase() === name.toUpperCase()) return candidate;
  return undefined;
}

export function analyseWrite(state: WorkbookState, write: WorkbookWrite): Analysis {
  const sheets = write.sheets.map((sheet) => findName(state.sheets, sheet.name)).filter((name): name is string => name !== undefined);
  const replaced = new Set(sheets.map((name) => name.toUpperCase()));
  const tableNames = write.sheets.flatMap((sheet) => sheet.tables);
  const tables: string[] = [];
  for (const table of tableNames) {
    const existing = findName(Object.keys(state.tables), table);
    if (existing === undefined) continue;
    const sheet = state.tables[existing];
    if (!replaced.has(sheet.toUpperCase())) return { conflicts: emptyConflicts, blocked: { table, sheet } };
    tables.push(table);
  }
  const names = write.names.map((entry) => entry.name).filter((name) => findName(Object.keys(state.names), name) !== undefined);
  const content = state.activeCell?.content ?? '';
  const cell = write.cell && content !== '' ? { address: write.cell.address, content } : undefined;
  return { conflicts: { sheets, tables, names, ...(cell ? { cell } : {}) } };
}

const emptyConflicts: Conflicts = { sheets: [], tables: [], names: [] };

export function hasConflicts(conflicts: Conflicts): boolean {
  return conflicts.sheets.length + conflicts.tables.length + conflicts.names.length > 0 || conflicts.cell !== undefined;
}

/** Whether what a fresh look finds is what the user confirmed (nothing new to replace). */
export function sameConflicts(found: Conflicts, confirmed: Conflicts): boolean {
  const key = (conflicts: Conflicts) =>
    JSON.stringify([conflicts.sheets, conflicts.tables, conflicts.names].map((list) => list.map((name) => name.toUpperCase()).sort()).concat([[conflicts.cell?.content ?? '']]));
  return key(found) === key(confirmed);
}

/**
 * A sheet that replaces another is built as "IREN (new 1)", with the first number no sheet
 * has (a sheet left by an earlier attempt never blocks a write); a table whose name is taken
 * is built as IREN_Figures_new1 likewise. Anything not replacing is built under its own name.
 */
export function temporaryNames(state: WorkbookState, write: WorkbookWrite): TemporaryNames {
  const sheetNames = [...state.sheets];
  const sheets: Record<string, string> = {};
  for (const sheet of write.sheets) {
    sheets[sheet.name] = findName(sheetNames, sheet.name) === undefined ? sheet.name : freeName(sheetNames, (n) => fitSheetName(sheet.name, ` (new ${n})`));
    sheetNames.push(sheets[sheet.name]);
  }
  const taken = [...Object.keys(state.tables), ...Object.keys(state.names)];
  const tables: Record<string, string> = {};
  for (const table of write.sheets.flatMap((sheet) => sheet.tables)) {
    tables[table] = findName(taken, table) === undefined ? table : freeName(taken, (n) => `${table}_new${n}`);
    taken.push(tables[table]);
  }
  return { sheets, tables };
}

function freeName(taken: readonly string[], candidate: (n: number) => string): string {
  let n = 1;
  while (findName(taken, candidate(n)) !== undefined) n += 1;
  return candidate(n);
}

function fitSheetName(name: string, suffix: string): string {
  return name.slice(0, maxSheetNameLength - suffix.length) + suffix;
}

export function summarise(write: WorkbookWrite, conflicts: Conflicts): ChangeSummary {
  const replaced = new Set(conflicts.sheets.map((name) => name.toUpperCase()));
  const updated = new Set(conflicts.names.map((name) => name.toUpperCase()));
  return {
    sheetsAdded: write.sheets.filter((sheet) => !replaced.has(sheet.name.toUpperCase())).map((sheet) => sheet.name),
    sheetsReplaced: write.sheets.filter((sheet) => replaced.has(sheet.name.toUpperCase())).map((sheet) => sheet.name),
    tables: write.sheets.flatMap((sheet) => sheet.tables),
    namesAdded: write.names.filter((entry) => !updated.has(entry.name.toUpperCase())).map((entry) => entry.name),
    namesUpdated: write.names.filter((entry) => updated.has(entry.name.toUpperCase())).map((entry) => entry.name),
    ...(write.cell ? { cell: write.cell } : {}),
  };
}
