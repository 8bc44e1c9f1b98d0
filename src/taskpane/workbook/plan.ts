/**
 * What a pane action asks the gateway to write, and what the gateway makes of it before
 * touching the workbook, without Office: which of the user's things it would change (the
 * user confirms those), whether something stands in the way (then nothing is written, and
 * the pane says what), and the summary of what changed that the pane shows.
 *
 * A sheet that exists is updated in place, never deleted: formulas, names and charts that
 * refer to it keep referring to it. What the write changes there is its footprint: the
 * ranges it writes, the ranges it needs empty and the earlier extent of the tables it
 * updates; every other cell of the sheet stays as it is.
 */
import { CellBox, boxAddress, parseAddress } from '../../sheet/a1';
import { SheetNameProblem, isValidExcelName, sheetNameProblem } from '../excel-names';
import type { WorkbookState } from './state';

/** Puts a table of the plan's on `address` of the sheet being written: added, or the existing one resized. */
export type PlaceTable = (finalName: string, address: string) => void;

/** A sheet the write fills: added when it does not exist, updated in place when it does. */
export interface SheetWrite {
  /** The sheet's name. */
  readonly name: string;
  /** Names of the tables `build` places. */
  readonly tables: readonly string[];
  /** The A1 ranges `build` writes. */
  readonly ranges: readonly string[];
  /** Ranges that must be empty for the content to work (where a formula spills). */
  readonly empty?: readonly string[];
  /** The sheet is the write's own whole (a copy): everything on it is replaced. */
  readonly whole?: boolean;
  /** Titles of the charts `style` adds; charts of these titles already on the sheet are the write's own and replaced. */
  readonly chartTitles?: readonly string[];
  /** Writes the content: values, formulas, number formats, tables (through `placeTable`). */
  build(sheet: Excel.Worksheet, placeTable: PlaceTable): void;
  /** Writes the looks (fonts, fills, widths, links, charts): applied once all content and names are in. */
  style?(sheet: Excel.Worksheet): void;
}

/** A workbook name referring to a cell or range of one of the written sheets. */
export interface NameWrite {
  readonly name: string;
  /** The sheet it refers to, and the A1 range there. */
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

/** Cells of one sheet the write overwrites. */
export interface SheetArea {
  readonly sheet: string;
  /** The box holding every cell the write changes there ("A1:F20"); "whole" for a sheet written whole. */
  readonly address: string;
}

/** What exists and would be changed. */
export interface Conflicts {
  /** Sheets updated in place, as the workbook spells them. */
  readonly sheets: readonly string[];
  /** Where on each of those sheets the write changes cells. */
  readonly areas: readonly SheetArea[];
  /** Tables of the same names on those sheets, updated with them. */
  readonly tables: readonly string[];
  /** Names given a new reference. */
  readonly names: readonly string[];
  /** The active cell, when it holds something. */
  readonly cell?: { readonly address: string; readonly content: string };
}

/** What stops a write before anything is written. */
export type Blocked =
  /** A table of the plan's name is on a sheet the write does not update. */
  | { readonly kind: 'tableElsewhere'; readonly table: string; readonly sheet: string }
  /** A defined name of the workbook has the name of a table the plan creates (one namespace in Excel). */
  | { readonly kind: 'nameHasTableName'; readonly name: string }
  /** A table of the workbook has the name of a defined name the plan creates. */
  | { readonly kind: 'tableHasName'; readonly name: string; readonly sheet: string }
  /** A sheet name Excel refuses, or two sheets of the plan that Excel would see as one. */
  | { readonly kind: 'sheetName'; readonly sheet: string; readonly problem: SheetNameProblem | 'duplicate' }
  /** A table or defined name Excel refuses (or one the plan uses twice). */
  | { readonly kind: 'invalidName'; readonly name: string }
  /** A table not the plan's stands where the write puts its cells on a sheet it updates. */
  | { readonly kind: 'tableInTheWay'; readonly table: string; readonly sheet: string; readonly address: string };

export interface Analysis {
  readonly conflicts: Conflicts;
  readonly blocked?: Blocked;
}

/** What the write changed, for the pane to say. */
export interface ChangeSummary {
  readonly sheetsAdded: readonly string[];
  readonly sheetsUpdated: readonly string[];
  readonly areas: readonly SheetArea[];
  readonly tables: readonly string[];
  readonly namesAdded: readonly string[];
  readonly namesUpdated: readonly string[];
  readonly cell?: CellWrite;
}

/** Excel compares sheet, table and defined names ignoring case. */
export function findName(names: Iterable<string>, name: string): string | undefined {
  for (const candidate of names) if (candidate.toUpperCase() === name.toUpperCase()) return candidate;
  return undefined;
}

/** The smallest box holding every range (one sheet's A1 addresses). */
export function boundingBox(addresses: readonly string[]): string | undefined {
  const boxes: CellBox[] = addresses.map((address) => parseAddress(address));
  if (boxes.length === 0) return undefined;
  return boxAddress({
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  });
}

/** The earlier ranges of the plan's tables that stand on `sheet` (cleared before the write fills them again). */
export function oldTableRanges(state: WorkbookState, sheet: SheetWrite, existing: string): string[] {
  return sheet.tables
    .map((table) => findName(Object.keys(state.tables), table))
    .filter((found): found is string => found !== undefined && state.tables[found].sheet.toUpperCase() === existing.toUpperCase())
    .map((found) => state.tables[found].address);
}

/** How many ranges a footprint lists before it is given as the box holding them. */
const rangesListed = 6;

/**
 * Where an update in place changes cells of an existing sheet: its ranges ("A1, A2, A4:E10"),
 * or, when there are many, the box that holds them all.
 */
export function footprint(state: WorkbookState, sheet: SheetWrite, existing: string): SheetArea {
  if (sheet.whole) return { sheet: existing, address: 'whole' };
  const all = [...new Set([...sheet.ranges, ...(sheet.empty ?? []), ...oldTableRanges(state, sheet, existing)])];
  const boxes = all.map((address) => parseAddress(address));
  const outer = all
    .map((address, i) => ({ address, box: boxes[i], i }))
    .filter(({ box, i }) => !boxes.some((other, j) => j !== i && contains(other, box) && (!contains(box, other) || j < i)))
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
    .map(({ address }) => address);
  const address = outer.length <= rangesListed ? outer.join(', ') : boundingBox(outer);
  return { sheet: existing, address: address || 'A1' };
}

function contains(outer: CellBox, inner: CellBox): boolean {
  return outer.left <= inner.left && outer.top <= inner.top && outer.right >= inner.right && outer.bottom >= inner.bottom;
}

/** The first thing that stops the write: a name Excel refuses or one taken in the one namespace of tables and names. */
export function findBlock(state: WorkbookState, write: WorkbookWrite): Blocked | undefined {
  const planned: string[] = [];
  for (const sheet of write.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) return { kind: 'sheetName', sheet: sheet.name, problem };
    if (findName(planned, sheet.name) !== undefined) return { kind: 'sheetName', sheet: sheet.name, problem: 'duplicate' };
    planned.push(sheet.name);
  }
  const updated = write.sheets.map((sheet) => findName(state.sheets, sheet.name)).filter((name): name is string => name !== undefined);
  const inTheWay = write.sheets.map((sheet) => tableInTheWay(state, sheet)).find((found) => found !== undefined);
  if (inTheWay) return inTheWay;
  const created: string[] = [];
  for (const table of write.sheets.flatMap((sheet) => sheet.tables)) {
    if (!isValidExcelName(table) || findName(created, table) !== undefined) return { kind: 'invalidName', name: table };
    created.push(table);
    const existing = findName(Object.keys(state.tables), table);
    if (existing !== undefined && findName(updated, state.tables[existing].sheet) === undefined) return { kind: 'tableElsewhere', table, sheet: state.tables[existing].sheet };
    const name = findName(Object.keys(state.names), table);
    if (name !== undefined) return { kind: 'nameHasTableName', name };
  }
  for (const entry of write.names) {
    if (!isValidExcelName(entry.name) || findName(created, entry.name) !== undefined) return { kind: 'invalidName', name: entry.name };
    created.push(entry.name);
    const table = findName(Object.keys(state.tables), entry.name);
    if (table !== undefined) return { kind: 'tableHasName', name: table, sheet: state.tables[table].sheet };
  }
  return undefined;
}

/** A table of the user's on a sheet the write updates, overlapping a range it writes (any, on a sheet written whole). */
function tableInTheWay(state: WorkbookState, sheet: SheetWrite): Blocked | undefined {
  const existing = findName(state.sheets, sheet.name);
  if (existing === undefined) return undefined;
  const written = [...sheet.ranges, ...(sheet.empty ?? [])].map((address) => parseAddress(address));
  for (const [table, { sheet: on, address }] of Object.entries(state.tables)) {
    if (on.toUpperCase() !== existing.toUpperCase() || findName(sheet.tables, table) !== undefined) continue;
    const box = parseAddress(address);
    if (sheet.whole || written.some((range) => overlaps(range, box))) return { kind: 'tableInTheWay', table, sheet: on, address };
  }
  return undefined;
}

function overlaps(a: CellBox, b: CellBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function analyseWrite(state: WorkbookState, write: WorkbookWrite): Analysis {
  const blocked = findBlock(state, write);
  if (blocked) return { conflicts: emptyConflicts, blocked };
  const sheets: string[] = [];
  const areas: SheetArea[] = [];
  const tables: string[] = [];
  for (const sheet of write.sheets) {
    const existing = findName(state.sheets, sheet.name);
    if (existing === undefined) continue;
    sheets.push(existing);
    areas.push(footprint(state, sheet, existing));
    tables.push(...sheet.tables.filter((table) => findName(Object.keys(state.tables), table) !== undefined));
  }
  const names = write.names.map((entry) => entry.name).filter((name) => findName(Object.keys(state.names), name) !== undefined);
  const content = state.activeCell?.content ?? '';
  const cell = write.cell && content !== '' ? { address: write.cell.address, content } : undefined;
  return { conflicts: { sheets, areas, tables, names, ...(cell ? { cell } : {}) } };
}

const emptyConflicts: Conflicts = { sheets: [], areas: [], tables: [], names: [] };

export function hasConflicts(conflicts: Conflicts): boolean {
  return conflicts.sheets.length + conflicts.tables.length + conflicts.names.length > 0 || conflicts.cell !== undefined;
}

/** Whether what a fresh look finds is what the user confirmed (nothing new to change). */
export function sameConflicts(found: Conflicts, confirmed: Conflicts): boolean {
  const key = (conflicts: Conflicts) =>
    JSON.stringify(
      [conflicts.sheets, conflicts.tables, conflicts.names, conflicts.areas.map((area) => `${area.sheet}!${area.address}`)]
        .map((list) => list.map((name) => name.toUpperCase()).sort())
        .concat([[conflicts.cell?.content ?? '']]),
    );
  return key(found) === key(confirmed);
}

export function summarise(write: WorkbookWrite, conflicts: Conflicts): ChangeSummary {
  const updatedSheets = new Set(conflicts.sheets.map((name) => name.toUpperCase()));
  const updated = new Set(conflicts.names.map((name) => name.toUpperCase()));
  return {
    sheetsAdded: write.sheets.filter((sheet) => !updatedSheets.has(sheet.name.toUpperCase())).map((sheet) => sheet.name),
    sheetsUpdated: write.sheets.filter((sheet) => updatedSheets.has(sheet.name.toUpperCase())).map((sheet) => sheet.name),
    areas: conflicts.areas,
    tables: write.sheets.flatMap((sheet) => sheet.tables),
    namesAdded: write.names.filter((entry) => !updated.has(entry.name.toUpperCase())).map((entry) => entry.name),
    namesUpdated: write.names.filter((entry) => updated.has(entry.name.toUpperCase())).map((entry) => entry.name),
    ...(write.cell ? { cell: write.cell } : {}),
  };
}
