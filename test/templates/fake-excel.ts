/**
 * An in-memory workbook for the models panel's writer, behind office-addin-mock's
 * OfficeMockObject (the request context: load and sync). Office.js's batch semantics where the
 * writer depends on them: collections' items are readable only after sync, and every change
 * (sheets added, deleted or renamed, cell formulas, values, formats, charts) is applied at
 * sync, in queue order. It refuses what Excel refuses: a second sheet of the same name
 * (ignoring case), deleting the last sheet.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { PaneContext } from '../../src/taskpane/pane-context';


export interface FakeCell {
  formula?: string;
  value?: unknown;
  numberFormat?: string;
  hyperlink?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
}

export interface FakeChart {
  type: string;
  title?: string;
  position?: [string, string];
  series: { name?: string; values: string; xValues?: string; chartType?: string }[];
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<string, number>;
  rowHeights: Map<number, number>;
  charts: FakeChart[];
}

interface RangeRecord {
  address: string;
  formulas?: unknown[][];
  values?: unknown[][];
  numberFormat?: unknown[][];
  hyperlink?: { address: string; textToDisplay: string };
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number; rowHeight?: number };
}

export class ModelBook {
  readonly sheets: FakeSheet[] = [];
  readonly names: string[] = [];
  activeSheet?: string;
  /** Syncs of each batch run so far, in order. */
  readonly syncsPerBatch: number[] = [];

  constructor(private readonly failOnSync?: string) {}

  addSheet(name: string, cells: Record<string, unknown> = {}): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(Object.entries(cells).map(([a, value]) => [a, { value }])), columnWidths: new Map(), rowHeights: new Map(), charts: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  }

  /** A serialisable picture of everything, to compare before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((s) => ({ name: s.name, cells: [...s.cells], widths: [...s.columnWidths], heights: [...s.rowHeights], charts: s.charts })),
        names: this.names,
      }),
    );
  }

  /** Runs one Excel.run batch against this workbook, counting its syncs. */
  private readonly run: PaneContext['runExcel'] = async (batch) => {
    const index = this.syncsPerBatch.push(0) - 1;
    const context = new Batch(this, () => this.syncsPerBatch[index]++, this.failOnSync);
    return batch(context.root as unknown as Excel.RequestContext);
  };

  /** A pane context in Excel, English, agreeing to every question unless overridden. */
  pane(overrides: Partial<PaneContext> = {}): PaneContext {
    const base: PaneContext = { excelAvailable: true, locale: 'en', confirm: async () => true, notify: () => undefined, runExcel: this.run };
    return { ...base, ...overrides };
  }
}

class Batch {
  readonly root: OfficeMockObject;
  private readonly ops: (() => void)[] = [];
  private readonly afterSync: (() => void)[] = [];

  constructor(
    private readonly book: ModelBook,
    countSync: () => void,
    failOnSync?: string,
  ) {
    const worksheets = {
      items: undefined as unknown,
      load: () => {
        this.afterSync.push(() => (worksheets.items = book.sheets.map((s) => ({ name: s.name }))));
        return worksheets;
      },
      add: (name: string) => this.addSheet(name),
      getItem: (name: string) => ({
        delete: () =>
          this.ops.push(() => {
            const sheet = book.sheet(name);
            if (!sheet) throw new Error(`ItemNotFound: ${name}`);
            if (book.sheets.length === 1) throw new Error('A workbook must contain at least one visible worksheet.');
            book.sheets.splice(book.sheets.indexOf(sheet), 1);
          }),
      }),
    };
    const names = {
      items: undefined as unknown,
      load: () => {
        this.afterSync.push(() => (names.items = book.names.map((name) => ({ name }))));
        return names;
      },
    };
    this.root = new OfficeMockObject({
      workbook: { worksheets, names },
      sync: async () => {
        countSync();
        if (failOnSync) throw new Error(failOnSync);
        for (const op of this.ops.splice(0)) op();
        for (const op of this.afterSync.splice(0)) op();
      },
    });
  }

  private addSheet(name: string) {
    const sheet: FakeSheet = { name, cells: new Map(), columnWidths: new Map(), rowHeights: new Map(), charts: [] };
    const ranges: RangeRecord[] = [];
    const charts: { record: FakeChart; handle: Record<string, unknown> }[] = [];
    const handle: Record<string, unknown> = {
      name,
      getRange: (address: string) => {
        const range: RangeRecord = { address, format: { font: {}, fill: {} } };
        ranges.push(range);
        return range;
      },
      activate: () => this.ops.push(() => (this.book.activeSheet = sheet.name)),
      charts: {
        add: (type: string, source: RangeRecord, seriesBy: string) => {
          if (seriesBy !== 'Columns') throw new Error('charts are made by columns');
          const record: FakeChart = { type, series: [{ values: source.address }] };
          const series = (i: number) => ({
            set name(value: string) {
              record.series[i].name = value;
            },
            set chartType(value: string) {
              record.series[i].chartType = value;
            },
            setXAxisValues: (range: RangeRecord) => (record.series[i].xValues = range.address),
            setValues: (range: RangeRecord) => (record.series[i].values = range.address),
          });
          const chart = {
            title: {} as { text?: string },
            legend: {} as { position?: string },
            setPosition: (from: string, to: string) => (record.position = [from, to]),
            series: {
              getItemAt: (i: number) => series(i),
              add: (seriesName: string) => {
                record.series.push({ name: seriesName, values: '' });
                return series(record.series.length - 1);
              },
            },
          };
          charts.push({ record, handle: chart });
          return chart;
        },
      },
    };
    this.ops.push(() => {
      if (this.book.sheet(name)) throw new Error(`A sheet named ${name} already exists.`);
      this.book.sheets.push(sheet);
    });
    // Renames, cell writes and charts land after the structural changes queued before them.
    this.afterSync.push(() => {
      sheet.name = handle.name as string;
      for (const range of ranges) commitRange(sheet, range);
      for (const { record, handle: chart } of charts) {
        record.title = (chart.title as { text?: string }).text;
        sheet.charts.push(record);
      }
    });
    return handle;
  }
}

function commitRange(sheet: FakeSheet, range: RangeRecord): void {
  const column = /^([A-Z]+):\1$/.exec(range.address);
  if (column) {
    if (range.format.columnWidth !== undefined) sheet.columnWidths.set(column[1], range.format.columnWidth);
    return;
  }
  const row = /^(\d+):\1$/.exec(range.address);
  if (row) {
    if (range.format.rowHeight !== undefined) sheet.rowHeights.set(Number(row[1]), range.format.rowHeight);
    return;
  }
  const cells = expand(range.address);
  const rows = cells.length;
  const cols = cells[0].length;
  const grid = (values: unknown[][] | undefined, what: string) => {
    if (values && (values.length !== rows || values.some((row) => row.length !== cols))) {
      throw new Error(`${what} of ${range.address} is ${values.length} x ${values[0]?.length}, the range is ${rows} x ${cols}`);
    }
    return values;
  };
  const formulas = grid(range.formulas, 'formulas');
  const values = grid(range.values, 'values');
  const formats = grid(range.numberFormat, 'numberFormat');
  cells.forEach((row, r) =>
    row.forEach((address, c) => {
      const cell = sheet.cells.get(address) ?? {};
      if (formulas) cell.formula = String(formulas[r][c]);
      if (values) cell.value = values[r][c];
      if (formats) cell.numberFormat = String(formats[r][c]);
      if (range.hyperlink) {
        cell.hyperlink = range.hyperlink.address;
        cell.value = range.hyperlink.textToDisplay;
      }
      const { font, fill } = range.format;
      if (font.bold !== undefined) cell.bold = Boolean(font.bold);
      if (font.italic !== undefined) cell.italic = Boolean(font.italic);
      if (font.size !== undefined) cell.size = Number(font.size);
      if (font.color !== undefined) cell.fontColor = String(font.color);
      if (fill.color !== undefined) cell.fill = String(fill.color);
      sheet.cells.set(address, cell);
    }),
  );
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const columnName = (index: number): string => (index < 26 ? String.fromCharCode(65 + index) : columnName(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26)));

/** "A2:B3" -> [["A2","B2"],["A3","B3"]]. */
function expand(address: string): string[][] {
  const [from, to = from] = address.split(':');
  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`bad address ${a}`);
    return { col: columnIndex(m[1]), row: Number(m[2]) };
  };
  const a = parse(from);
  const b = parse(to);
  const out: string[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: string[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(`${columnName(c)}${r}`);
    out.push(row);
  }
  return out;
}
