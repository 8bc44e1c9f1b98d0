/**
 * An in-memory workbook behind office-addin-mock objects, with Office.js's batch semantics
 * where the network writer depends on them: properties read only after load() and sync(),
 * isNullObject only after sync(), and every change (values, formats, sheets, tables, names)
 * applied in queue order at sync() and not before. It refuses what Excel refuses: a second
 * sheet, table or name of the same name. Each runExcel batch gets its own context, and the
 * syncs of each are counted.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { PaneContext } from '../../src/taskpane/pane-context';


export interface FakeSheet {
  name: string;
  cells: Map<string, unknown>;
  formats: Map<string, unknown>;
  bold: Set<string>;
}

interface NameTarget {
  sheet: FakeSheet;
  address: string;
}

export interface FakeWorkbookOptions {
  /** Throws this message when the batch adds a table (an Excel failure mid-write). */
  failOnTableAdd?: string;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, NameTarget | string>();
  readonly tables = new Map<string, NameTarget>();
  /** Syncs of each batch run so far, in order. */
  readonly syncsPerBatch: number[] = [];

  constructor(private readonly options: FakeWorkbookOptions = {}) {}

  addSheet(name: string, cells: Record<string, unknown> = {}): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(Object.entries(cells)), formats: new Map(), bold: new Set() };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The formula Excel reports for a name (`=Network!$B$5`). */
  formulaOf(name: string): string | undefined {
    const target = this.names.get(name);
    if (target === undefined || typeof target === 'string') return target;
    if (!this.sheets.includes(target.sheet)) return `=#REF!${absolute(target.address)}`;
    return `=${target.sheet.name}!${absolute(target.address)}`;
  }

  /** The value of a cell, by sheet name and address. */
  cell(sheetName: string, address: string): unknown {
    return this.sheet(sheetName)?.cells.get(address);
  }

  /** A serialisable picture of everything, to compare before and after. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells], formats: [...s.formats], bold: [...s.bold] })),
      names: [...this.names.keys()].sort().map((n) => [n, this.formulaOf(n)]),
      tables: [...this.tables].map(([n, t]) => [n, t.sheet.name, t.address]),
    };
  }

  /** A PaneContext whose runExcel runs the batch against this workbook. */
  pane(overrides: Partial<PaneContext> = {}): PaneContext {
    return {
      excelAvailable: true,
      locale: 'en',
      confirm: async () => true,
      notify: () => undefined,
      runExcel: async (batch) => {
        const index = this.syncsPerBatch.push(0) - 1;
        const context = new BatchContext(this, () => this.syncsPerBatch[index]++);
        return batch(context.root as unknown as Excel.RequestContext);
      },
      ...overrides,
    };
  }

  /** Applies a table add (called at sync). */
  commitTable(name: string, sheet: FakeSheet, address: string): void {
    if (this.options.failOnTableAdd) throw new Error(this.options.failOnTableAdd);
    if (this.tables.has(name)) throw new Error(`A table named ${name} already exists.`);
    this.tables.set(name, { sheet, address });
  }
}

type Op = () => void;

/** One batch: the mock objects it created, and the changes queued until sync. */
class BatchContext {
  readonly root: OfficeMockObject;
  private readonly ops: Op[] = [];
  private readonly mocks: OfficeMockObject[] = [];
  private readonly afterSync: Op[] = [];
  private readonly ranges: { mock: Record<string, unknown>; sheet: FakeSheet; address: string; initial: Record<string, unknown> }[] = [];
  private readonly newSheets: { mock: Record<string, unknown>; sheet: FakeSheet }[] = [];

  constructor(
    private readonly book: FakeWorkbook,
    countSync: () => void,
  ) {
    this.root = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) => this.sheetObject(book.sheet(name), name, true),
          getItem: (name: string) => {
            const sheet = book.sheet(name);
            if (sheet === undefined) throw new Error(`ItemNotFound: sheet ${name}`);
            return this.sheetObject(sheet, name, false);
          },
          add: (name: string) => {
            const sheet: FakeSheet = { name, cells: new Map(), formats: new Map(), bold: new Set() };
            const mock = this.sheetObject(sheet, name, false);
            this.newSheets.push({ mock: mock as unknown as Record<string, unknown>, sheet });
            this.ops.push(() => {
              if (book.sheet(name)) throw new Error(`A sheet named ${name} already exists.`);
              book.sheets.push(sheet);
            });
            return mock;
          },
        },
        names: {
          getItemOrNullObject: (name: string) => {
            const formula = book.formulaOf(name);
            const mock = this.track({ name, formula: formula ?? '' });
            this.nullAfterSync(mock, formula === undefined);
            return mock;
          },
          getItem: (name: string) =>
            this.track({
              delete: () => void this.ops.push(() => void book.names.delete(name)),
            }),
          add: (name: string, reference: { __target: NameTarget }) => {
            this.ops.push(() => {
              if (book.names.has(name)) throw new Error(`The name ${name} already exists.`);
              book.names.set(name, reference.__target);
            });
            return this.track({ name });
          },
        },
        tables: {
          getItemOrNullObject: (name: string) => {
            const table = book.tables.get(name);
            const mock = this.track({ name, worksheet: { name: table?.sheet.name ?? '' } });
            this.nullAfterSync(mock, table === undefined);
            return mock;
          },
        },
      },
      sync: async () => {
        countSync();
        this.commit();
        // The mock's own sync settles its properties in promise callbacks: let them run.
        await new Promise((resolve) => setImmediate(resolve));
      },
    });
  }

  private commit(): void {
    const ops = this.ops.splice(0);
    for (const op of ops) op();
    for (const { mock, sheet } of this.newSheets.splice(0)) sheet.name = mock.name as string;
    for (const range of this.ranges.splice(0)) this.commitRange(range);
    for (const mock of this.mocks) void OfficeMockObject.prototype.sync.call(mock);
    for (const op of this.afterSync.splice(0)) op();
  }

  private commitRange(range: { mock: Record<string, unknown>; sheet: FakeSheet; address: string; initial: Record<string, unknown> }): void {
    const { mock, sheet, address, initial } = range;
    // Before a sync a mock property holds either the mock's "not loaded" text or what the code assigned.
    if (Array.isArray(mock.values) && mock.values !== initial.values) writeGrid(sheet.cells, address, mock.values);
    if (Array.isArray(mock.numberFormat) && mock.numberFormat !== initial.numberFormat) writeGrid(sheet.formats, address, mock.numberFormat);
    const font = (mock.format as { font: { bold: unknown } }).font;
    if (font.bold === true) sheet.bold.add(address);
  }

  private track(data: Record<string, unknown>): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    this.mocks.push(mock);
    return mock;
  }

  /** isNullObject, as Office.js gives it: readable after the next sync, without load(). */
  private nullAfterSync(mock: OfficeMockObject, isNull: boolean): void {
    let synced = false;
    this.afterSync.push(() => (synced = true));
    Object.defineProperty(mock, 'isNullObject', {
      get: () => {
        if (!synced) throw new Error('isNullObject read before context.sync()');
        return isNull;
      },
    });
  }

  private sheetObject(sheet: FakeSheet | undefined, name: string, orNull: boolean): OfficeMockObject {
    const target = sheet ?? { name, cells: new Map(), formats: new Map(), bold: new Set<string>() };
    const mock = this.track({
      getRange: (address: string) => this.rangeObject(target, address),
      delete: () =>
        void this.ops.push(() => {
          const index = this.book.sheets.indexOf(target);
          if (index < 0) throw new Error(`ItemNotFound: sheet ${name}`);
          if (this.book.sheets.length === 1) throw new Error('A workbook must contain at least one visible worksheet.');
          this.book.sheets.splice(index, 1);
        }),
      tables: {
        add: (address: string) => {
          const table = this.track({ name: '' });
          this.ops.push(() => this.book.commitTable((table as unknown as { name: string }).name, target, address));
          return table;
        },
      },
    });
    // name is a plain property: code may rename the sheet by assigning it.
    (mock as unknown as { name: string }).name = name;
    if (orNull) this.nullAfterSync(mock, sheet === undefined);
    return mock;
  }

  private rangeObject(sheet: FakeSheet, address: string): OfficeMockObject {
    const values = [[sheet.cells.get(address) ?? '']];
    const mock = this.track({ values, numberFormat: [['General']], format: { font: { bold: false } } });
    const plain = mock as unknown as Record<string, unknown>;
    plain.__target = { sheet, address };
    this.ranges.push({ mock: plain, sheet, address, initial: { values: plain.values, numberFormat: plain.numberFormat } });
    return mock;
  }
}

/** Writes a 2-D grid into cells from the top-left of an A1 address (`A4:E10`). */
function writeGrid(cells: Map<string, unknown>, address: string, grid: unknown[][]): void {
  const [start] = address.split(':');
  const match = /^([A-Z])(\d+)$/.exec(start) as RegExpExecArray;
  const column = match[1].charCodeAt(0);
  const row = Number(match[2]);
  grid.forEach((line, r) => line.forEach((value, c) => cells.set(`${String.fromCharCode(column + c)}${row + r}`, value)));
}

function absolute(address: string): string {
  return address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}
