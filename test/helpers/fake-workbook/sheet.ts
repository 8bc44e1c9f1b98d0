/**
 * A Worksheet of the fake workbook, with its tables and charts. A sheet asked for by name
 * is looked up when its first operation applies (as Office resolves it at sync), so an
 * operation on a sheet that is gone fails there, not when it is queued.
 */
import { boxAddress, parseAddress } from '../../../src/sheet/a1';
import { Book, FakeChart, FakeSheet, FakeTable, newSheet, refuseName } from './book';
import { Queue, loadable } from './loadable';
import { rangeObject } from './range';

export type SheetHandle = () => FakeSheet;

/** The sheet a handle names, found once and then followed through renames. */
export function sheetByName(book: Book, name: string): SheetHandle {
  let found: FakeSheet | undefined;
  return () => {
    found = found ?? book.sheet(name);
    if (!found) throw new Error(`ItemNotFound: the sheet ${name} does not exist.`);
    return found;
  };
}

export function tableObject(queue: Queue, book: Book, table: () => [string, FakeTable], missing?: () => boolean): Record<string, unknown> {
  const sheet = () => table()[1].sheet;
  return loadable(
    queue,
    {
      worksheet: worksheetObject(queue, book, sheet),
      getRange: () => rangeObject(queue, sheet, table()[1].address),
      resize: (range: unknown) =>
        queue.write(`resize table`, () => {
          const record = table()[1];
          const address = typeof range === 'string' ? range : (range as { fakeTarget(): { address: string } }).fakeTarget().address;
          const [before, after] = [parseAddress(record.address), parseAddress(address)];
          // Excel keeps the header row where it is, and the new range must overlap the old one.
          if (after.top !== before.top || after.left > before.right || after.right < before.left) throw new Error(`InvalidArgument: a table cannot be resized from ${record.address} to ${address}.`);
          record.address = boxAddress(after);
        }),
      delete: () => queue.write(`delete table`, () => book.tables.delete(table()[0])),
    },
    {
      name: {
        read: () => table()[0],
        write: (value) => ({
          what: `rename table to ${value}`,
          apply: () => {
            const [old, record] = table();
            refuseName(String(value));
            if (book.nameTaken(String(value)) && old.toUpperCase() !== String(value).toUpperCase()) throw new Error(`InvalidArgument: the name ${value} is taken.`);
            book.tables.delete(old);
            book.tables.set(String(value), record);
          },
        }),
      },
    },
    missing,
  );
}

/** Each chart's id, as Excel gives one to every chart (kept out of the workbook's snapshot). */
const chartIds = new WeakMap<FakeChart, string>();
let chartsAdded = 0;

/** A chart as a collection lists it: its id and title loaded. */
function loadAll(chart: Record<string, unknown>): Record<string, unknown> {
  (chart.title as { load(): void }).load();
  (chart.load as () => void)();
  return chart;
}

function chartObject(queue: Queue, record: FakeChart, sheet?: SheetHandle): Record<string, unknown> {
  const property = (path: string) => ({ write: (value: unknown) => ({ what: `chart ${path}`, apply: () => (record.properties[path] = value) }) });
  const address = (range: unknown) => (range as { address?: string; fakeTarget(): { address: string } }).fakeTarget().address;
  let seriesCount = 1;
  const series = (index: number) =>
    loadable(
      queue,
      {
        setXAxisValues: (range: unknown) => queue.write(`chart series ${index} x values`, () => (record.properties[`series${index}.xValues`] = address(range))),
        setValues: (range: unknown) => queue.write(`chart series ${index} values`, () => (record.properties[`series${index}.values`] = address(range))),
      },
      { name: property(`series${index}.name`), chartType: property(`series${index}.chartType`) },
    );
  return loadable(queue, {
    title: loadable(queue, {}, { text: { read: () => record.properties.title ?? '', ...property('title') } }),
    delete: () => queue.write('delete chart', () => sheet?.().charts.splice(sheet().charts.indexOf(record) >>> 0, 1)),
    legend: loadable(queue, {}, { position: property('legend') }),
    setPosition: (from: string, to: string) => queue.write('chart position', () => (record.properties.position = [from, to])),
    series: {
      getItemAt: (index: number) => series(index),
      add: (name: string) => {
        const index = seriesCount++;
        queue.write(`chart series ${index}`, () => (record.properties[`series${index}.name`] = name));
        return series(index);
      },
    },
  }, { id: { read: () => chartIds.get(record) } });
}

/** The smallest box holding every cell of the sheet (A1 for an empty sheet), as Excel's used range. */
function usedAddress(sheet: FakeSheet): string {
  const boxes = [...sheet.cells.keys()].map((address) => parseAddress(address));
  if (boxes.length === 0) return 'A1';
  return boxAddress({
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  });
}

export function worksheetObject(queue: Queue, book: Book, sheet: SheetHandle, missing?: () => boolean): Record<string, unknown> {
  let tablesAdded = 0;
  return loadable(
    queue,
    {
      getRange: (address: string) => rangeObject(queue, sheet, address),
      getUsedRange: () => rangeObject(queue, sheet, usedAddress(sheet())),
      activate: () => queue.write(`activate sheet`, () => (book.activeSheet = sheet())),
      delete: () => queue.write(`delete sheet`, () => book.deleteSheet(sheet())),
      tables: {
        add: (address: string) => {
          const record: FakeTable = { sheet: newSheet(''), address };
          let name = '';
          queue.write(`add table at ${address}`, () => {
            record.sheet = sheet();
            do name = `Table${++tablesAdded}`;
            while (book.nameTaken(name));
            book.tables.set(name, record);
          });
          return tableObject(queue, book, () => {
            const entry = [...book.tables].find(([, table]) => table === record);
            if (!entry) throw new Error(`ItemNotFound: the table ${name} does not exist.`);
            return entry;
          });
        },
      },
      charts: loadable(queue, {
        add: (type: string, source: unknown) => {
          const record: FakeChart = { type, source: (source as { fakeTarget(): { address: string } }).fakeTarget().address, properties: {} };
          queue.write(`add chart`, () => {
            chartIds.set(record, `{chart-${++chartsAdded}}`);
            sheet().charts.push(record);
          });
          return chartObject(queue, record, sheet);
        },
      }, { items: { read: () => sheet().charts.map((record) => loadAll(chartObject(queue, record, sheet))) } }),
    },
    {
      name: {
        read: () => sheet().name,
        write: (value) => ({ what: `rename sheet to ${value}`, apply: () => book.renameSheet(sheet(), String(value)) }),
      },
    },
    missing,
  );
}
