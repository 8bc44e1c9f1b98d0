/**
 * A workbook for the task pane's Excel.run code, built on office-addin-mock: sheets, tables,
 * names and the active cell that exist are mock objects whose properties (isNullObject,
 * worksheet/name, address, formulas) must be loaded and synced before they can be read,
 * as in Office. Every write goes to a log, with the sheet it lands on, so a test can say
 * exactly what was written where (and that nothing was).
 */
import { OfficeMockObject } from 'office-addin-mock';


export interface WorkbookState {
  sheets: string[];
  /** Existing workbook names and their references. */
  names?: Record<string, string>;
  /** Existing tables: the sheet they are on and their sheet-relative address. */
  tables?: Record<string, { sheet: string; address: string }>;
  activeCell?: { sheet: string; address: string; formula: string };
}

export interface Write {
  /** The sheet written on; undefined for workbook-level writes (names). */
  sheet?: string;
  action: string;
  target?: string;
  value?: unknown;
}

function rangeRecorder(writes: Write[], sheet: string, address: string) {
  const record = (action: string) => (value: unknown) => writes.push({ sheet, action, target: address, value });
  const setters = (actions: string[]) =>
    Object.defineProperties({}, Object.fromEntries(actions.map((action) => [action, { set: record(action), enumerable: true }])));
  return Object.defineProperties(
    {
      clear: () => writes.push({ sheet, action: 'clear', target: address }),
      format: Object.assign(setters(['columnWidth']), { font: setters(['bold', 'size', 'color']) }),
    },
    Object.fromEntries(['values', 'numberFormat', 'formulas', 'hyperlink'].map((action) => [action, { set: record(action), enumerable: true }])),
  );
}

/** Methods of a sheet: its ranges and tables record their writes against the sheet's name. */
function sheetMethods(writes: Write[], sheet: string) {
  return {
    getRange: (address: string) => rangeRecorder(writes, sheet, address),
    activate: () => writes.push({ sheet, action: 'activate' }),
    tables: {
      add: (address: string, hasHeaders: boolean) => {
        const table = { name: '' };
        writes.push({ sheet, action: 'addTable', target: address, value: hasHeaders });
        return Object.defineProperty(table, 'name', { set: (name: string) => writes.push({ sheet, action: 'nameTable', target: address, value: name }) });
      },
    },
  };
}

/** Keys of the mock objects: names and tickers could clash with method names, so they are numbered. */
function keyed<T>(prefix: string, entries: [string, T][]): { data: Record<string, T>; keys: Map<string, string> } {
  const keys = new Map(entries.map(([name], index) => [name, `${prefix}${index}`]));
  return { data: Object.fromEntries(entries.map(([name, value]) => [keys.get(name) as string, value])), keys };
}

export function workbookMock(state: WorkbookState) {
  const writes: Write[] = [];
  let syncs = 0;
  const sheets = keyed(
    'sheet',
    state.sheets.map((name) => [name, { isNullObject: false, name, ...sheetMethods(writes, name) }]),
  );
  const tables = keyed(
    'table',
    Object.entries(state.tables ?? {}).map(([name, table]) => [
      name,
      {
        isNullObject: false,
        name,
        worksheet: { name: table.sheet },
        range: { address: `${table.sheet}!${table.address}` },
        getRange() {
          return (this as unknown as { range: unknown }).range;
        },
        resize: (address: string) => writes.push({ sheet: table.sheet, action: 'resizeTable', target: name, value: address }),
        delete: () => writes.push({ sheet: table.sheet, action: 'deleteTable', target: name }),
      },
    ]),
  );
  const names = keyed(
    'name',
    Object.entries(state.names ?? {}).map(([name, formula]) => [name, { isNullObject: false, name, formula, comment: '' }]),
  );
  const lookup = (collection: { keys: Map<string, string> }) =>
    function getItemOrNullObject(this: Record<string, unknown>, name: string) {
      const key = collection.keys.get(name);
      return key ? this[key] : this.absent;
    };
  const absent = { isNullObject: true };

  const data = {
    context: {
      workbook: {
        worksheets: {
          ...sheets.data,
          absent,
          getItemOrNullObject: lookup(sheets),
          add: (name: string) => {
            writes.push({ sheet: name, action: 'addSheet' });
            return sheetMethods(writes, name);
          },
        },
        tables: { ...tables.data, absent, getItemOrNullObject: lookup(tables) },
        names: {
          ...names.data,
          absent,
          getItemOrNullObject: lookup(names),
          add: (name: string, reference: string, comment: string) => writes.push({ action: 'addName', target: name, value: { reference, comment } }),
        },
        activeCell: state.activeCell
          ? { address: `${state.activeCell.sheet}!${state.activeCell.address}`, formulas: [[state.activeCell.formula]] }
          : { address: 'Sheet1!A1', formulas: [['']] },
        getActiveCell() {
          return (this as unknown as { activeCell: unknown }).activeCell;
        },
      },
    },
    async run<T>(this: { context: unknown }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = this.context as { sync(): Promise<void> };
      const sync = Object.getPrototypeOf(context).sync as () => Promise<void>;
      context.sync = () => {
        syncs += 1;
        return sync.call(context);
      };
      return batch(this.context as Excel.RequestContext);
    },
  };
  const excel = new OfficeMockObject(data, 'excel' as never) as unknown as {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
    context: { workbook: { names: Record<string, unknown>; activeCell: { formulas: unknown } } };
  };

  return {
    excel,
    writes,
    /** context.sync() calls so far. */
    syncs: () => syncs,
    /** The current reference of an existing name (changed by setting its formula), loaded as a reader would. */
    async nameFormula(name: string): Promise<string> {
      const item = excel.context.workbook.names[names.keys.get(name) as string] as unknown as { formula: string; load(property: string): void; sync(): Promise<void> };
      item.load('formula');
      await item.sync();
      return item.formula;
    },
    activeCellFormulas: () => excel.context.workbook.activeCell.formulas,
  };
}
