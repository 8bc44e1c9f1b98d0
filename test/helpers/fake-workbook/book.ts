/**
 * The state of the one fake workbook the task-pane tests share: sheets with their cells,
 * tables, defined names and the active cell, changed only by the operations a batch applies
 * (see batch.ts). It refuses what Excel refuses (a second sheet, table or name of the same
 * name, ignoring case; deleting the last sheet) and can be told to fail at the Nth write
 * operation, as Excel does when a batch fails part-way: the operations before it stay
 * applied, the failing one and the rest of its batch do not.
 */
import { boxAddress, columnIndex, columnLetters, parseAddress } from '../../../src/sheet/a1';

export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  hyperlink?: string;
  /** font.bold, fill.color, wrapText...: every format property set, by its path. */
  format?: Record<string, unknown>;
}

export interface FakeChart {
  type: string;
  source: string;
  properties: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  /** Column width by letter, row height by number, and any other whole-column/row format. */
  columns: Map<string, Record<string, unknown>>;
  rows: Map<number, Record<string, unknown>>;
  charts: FakeChart[];
}

/** What a defined name refers to: a range on a sheet, or a formula kept as text (a constant, #REF!). */
export type NameTarget = { sheet: FakeSheet; address: string } | string;

export interface FakeName {
  target: NameTarget;
  comment?: string;
}

export interface FakeTable {
  sheet: FakeSheet;
  address: string;
}

export interface FakeWorkbookOptions {
  /** Fail the Nth write operation applied (1-based, counted over every batch). */
  failAt?: number;
  /** Lose the connection at the Nth write operation: it and every sync after it fail, until reconnect(). */
  lostAt?: number;
  /** Fail every write operation (a protected or read-only workbook). */
  readOnly?: string;
}

/** One write, as a batch applies it at sync; `what` describes it for failure messages. */
export interface Operation {
  what: string;
  apply(): void;
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

export class Book {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  readonly tables = new Map<string, FakeTable>();
  /** Each recalculation asked for (Application.calculate), by its calculation type. */
  readonly calculations: string[] = [];
  activeSheet?: FakeSheet;
  activeCell = { sheet: undefined as FakeSheet | undefined, address: 'A1' };
  /** Write operations applied so far (the failing one included). */
  writes = 0;
  /** What each applied write did, in order. */
  readonly log: string[] = [];

  constructor(private readonly options: FakeWorkbookOptions = {}) {}

  /** Whether the connection is lost (every sync fails). */
  get lost(): boolean {
    return this.options.lostAt !== undefined && this.writes >= this.options.lostAt;
  }

  /** The connection is back: syncs work again. */
  reconnect(): void {
    this.options.lostAt = undefined;
  }

  /** Sets up a sheet with values (test setup: not a write operation). */
  addSheet(name: string, values: Record<string, unknown> = {}): FakeSheet {
    const sheet = newSheet(name);
    for (const [address, value] of Object.entries(values)) sheet.cells.set(address, { value });
    this.sheets.push(sheet);
    this.activeCell.sheet = this.activeCell.sheet ?? sheet;
    return sheet;
  }

  /** Sets up a name (`='IREN'!$B$5`, or any other formula kept as text). */
  addName(name: string, reference: string, comment?: string): void {
    this.names.set(name, { target: this.resolve(reference), ...(comment ? { comment } : {}) });
  }

  /** Sets up a table on an existing sheet. */
  addTable(name: string, sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.tables.set(name, { sheet, address });
  }

  /** Selects a cell, holding `content` (a formula when it starts with "="). */
  selectCell(sheetName: string, address: string, content = ''): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    if (content !== '') sheet.cells.set(address, content.startsWith('=') ? { formula: content } : { value: content });
    this.activeCell = { sheet, address };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => same(sheet.name, name));
  }

  name(name: string): FakeName | undefined {
    const key = [...this.names.keys()].find((existing) => same(existing, name));
    return key === undefined ? undefined : this.names.get(key);
  }

  table(name: string): [string, FakeTable] | undefined {
    return [...this.tables].find(([existing]) => same(existing, name));
  }

  /** The formula Excel reports for a name: `=IREN!$B$5`, `='Halving path'!$B$5`, or `=#REF!` once its sheet is gone. */
  formulaOf(name: string): string | undefined {
    const found = this.name(name);
    if (found === undefined) return undefined;
    const { target } = found;
    if (typeof target === 'string') return target;
    if (!this.sheets.includes(target.sheet)) return '=#REF!';
    // As Excel reports it: the sheet quoted only when its name needs it.
    return `=${quotedSheet(target.sheet.name)}!${boxAddress(parseAddress(target.address), true)}`;
  }

  /** A name's target from a reference as the pane writes it (`='IREN'!$B$5`). */
  resolve(reference: string): NameTarget {
    try {
      const box = parseAddress(reference.replace(/^=/, ''));
      const sheet = box.sheet === undefined ? undefined : this.sheet(box.sheet);
      return sheet ? { sheet, address: boxAddress(box) } : reference;
    } catch {
      return reference;
    }
  }

  /** Applies one batch's operations in order; a failure stops the batch there. */
  apply(operations: readonly Operation[]): void {
    if (this.lost) throw new Error('ConnectionLost: the connection to the workbook was lost.');
    for (const operation of operations) {
      this.writes += 1;
      if (this.options.readOnly) throw new Error(this.options.readOnly);
      if (this.lost) throw new Error(`ConnectionLost: write ${this.writes} failed (${operation.what}).`);
      if (this.writes === this.options.failAt) throw new Error(`GeneralException: write ${this.writes} failed (${operation.what})`);
      try {
        operation.apply();
      } catch (error) {
        this.log.push(`failed: ${operation.what}`);
        throw error;
      }
      this.log.push(operation.what);
    }
  }

  /** Whether a sheet, table or name of that name exists (tables and names share one namespace). */
  nameTaken(name: string): boolean {
    return this.name(name) !== undefined || this.table(name) !== undefined;
  }

  addSheetNow(sheet: FakeSheet): void {
    refuseSheetName(sheet.name);
    if (this.sheet(sheet.name)) throw new Error(`ItemAlreadyExists: a sheet named ${sheet.name} already exists.`);
    this.sheets.push(sheet);
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error(`ItemNotFound: the sheet ${sheet.name} does not exist.`);
    if (this.sheets.length === 1) throw new Error('InvalidOperation: a workbook must contain at least one visible worksheet.');
    this.sheets.splice(index, 1);
    for (const [name, table] of [...this.tables]) if (table.sheet === sheet) this.tables.delete(name);
    // As in Excel, every formula that referred to the sheet now shows #REF!.
    this.rewriteReferences(sheet.name, '#REF!');
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (!this.sheets.includes(sheet)) throw new Error(`ItemNotFound: the sheet ${sheet.name} does not exist.`);
    refuseSheetName(name);
    const other = this.sheet(name);
    if (other && other !== sheet) throw new Error(`ItemAlreadyExists: a sheet named ${name} already exists.`);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteReferences(old, `${quotedSheet(name)}!`);
  }

  /** Rewrites every cell formula's references to the sheet `old` (`Old!B5`, `'Old'!B5`) with `by` in place of the sheet part. */
  private rewriteReferences(old: string, by: string): void {
    const escaped = old.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?:'${escaped.replace(/'/g, "''")}'|(?<![\\w.])${escaped})!`, 'gi');
    for (const each of this.sheets) {
      for (const cell of each.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(pattern, by);
    }
  }

  /**
   * What a cell shows, for the formulas the tests put in: a constant, `=Sheet!B5` (or
   * `='My sheet'!$B$5`) and `=NAME`; `#REF!` when the reference is broken.
   */
  shown(sheetName: string, address: string): unknown {
    const cell = this.sheet(sheetName)?.cells.get(address);
    if (cell?.formula === undefined) return cell?.value ?? '';
    const formula = cell.formula.replace(/^=/, '');
    if (formula.includes('#REF!')) return '#REF!';
    const named = /^[A-Za-z_\\][\w.]*$/.test(formula) ? this.name(formula) : undefined;
    if (named) return typeof named.target === 'string' || !this.sheets.includes(named.target.sheet) ? '#REF!' : this.shown(named.target.sheet.name, named.target.address);
    let box: ReturnType<typeof parseAddress>;
    try {
      box = parseAddress(formula);
    } catch {
      throw new Error(`the fake workbook cannot compute ${cell.formula}`);
    }
    return box.sheet === undefined || !this.sheet(box.sheet) ? '#REF!' : this.shown(box.sheet, boxAddress(box));
  }

  /** A serialisable picture of everything the user would see, to compare before and after. */
  snapshot(): unknown {
    const sorted = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => a.localeCompare(b));
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({
          name: sheet.name,
          // A formula's value is Excel's to compute: the snapshot keeps the formula.
          cells: sorted([...sheet.cells].filter(([, cell]) => !isBlank(cell)).map(([address, cell]) => [address, asSeen(cell)])),
          columns: sorted([...sheet.columns]),
          rows: [...sheet.rows].sort(([a], [b]) => a - b),
          charts: sheet.charts,
        })),
        tables: sorted([...this.tables].map(([name, table]) => [name, { sheet: table.sheet.name, address: table.address }])),
        names: sorted([...this.names].map(([name, entry]) => [name, { formula: this.formulaOf(name), comment: entry.comment }])),
      }),
    );
  }
}

/** A sheet name as Excel writes it in a formula: quoted only when it needs it. */
function quotedSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A cell as the user sees it: a formula's value is Excel's to compute, and General is no number format. */
function asSeen({ value, numberFormat, ...cell }: FakeCell): FakeCell {
  return { ...(cell.formula === undefined ? { value } : {}), ...(numberFormat === undefined || numberFormat === 'General' ? {} : { numberFormat }), ...cell };
}

/** A cell Excel cannot tell from one never written: nothing in it, General, no format. */
function isBlank(cell: FakeCell): boolean {
  return (
    cell.formula === undefined &&
    (cell.value === undefined || cell.value === '') &&
    (cell.numberFormat === undefined || cell.numberFormat === 'General') &&
    cell.hyperlink === undefined &&
    Object.keys(cell.format ?? {}).length === 0
  );
}

/**
 * Excel's rules for a sheet name, as Excel applies them on add and rename: 1 to 31
 * characters, not blank, none of \ / ? * [ ] :, no apostrophe at either end, not History.
 */
export function refuseSheetName(name: string): void {
  const broken =
    name.trim() === '' ? 'it is blank'
    : name.length > 31 ? 'it is longer than 31 characters'
    : /[\\/?*[\]:]/.test(name) ? 'it contains one of \\ / ? * [ ] :'
    : /^'|'$/.test(name) ? 'it starts or ends with an apostrophe'
    : name.toLowerCase() === 'history' ? 'History is reserved'
    : undefined;
  if (broken) throw new Error(`InvalidArgument: the sheet name "${name}" is not valid: ${broken}.`);
}

/**
 * Excel's rules for a defined name or a table name: up to 255 characters, a letter,
 * underscore or backslash first, then letters, digits, underscores and periods; not a cell
 * (A1 to XFD1048576), not an R1C1 reference, not R or C.
 */
export function refuseName(name: string): void {
  const cell = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  const isCell = cell !== null && columnIndex(cell[1]) < 16_384 && Number(cell[2]) >= 1 && Number(cell[2]) <= 1_048_576;
  const valid = name.length <= 255 && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && !isCell && !/^[Rr]\d*([Cc]\d*)?$/.test(name) && !/^[Cc]\d*$/.test(name);
  if (!valid) throw new Error(`InvalidArgument: "${name}" is not a valid name.`);
}

export function newSheet(name: string): FakeSheet {
  return { name, cells: new Map(), columns: new Map(), rows: new Map(), charts: [] };
}

/** The cells of an A1 range ("B2:C3" -> B2, C2, B3, C3), row by row. */
export function cellGrid(address: string): string[][] {
  const box = parseAddress(address);
  const grid: string[][] = [];
  for (let row = box.top; row <= box.bottom; row++) {
    const line: string[] = [];
    for (let column = box.left; column <= box.right; column++) line.push(`${columnLetters(column)}${row}`);
    grid.push(line);
  }
  return grid;
}

/** A whole column ("C:C") or row ("4:4") address, or undefined for a cell range. */
export function wholeLine(address: string): { column: string } | { row: number } | undefined {
  const column = /^([A-Z]+):\1$/i.exec(address);
  if (column) return { column: columnLetters(columnIndex(column[1])) };
  const row = /^(\d+):\1$/.exec(address);
  return row ? { row: Number(row[1]) } : undefined;
}
