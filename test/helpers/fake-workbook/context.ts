/**
 * One Excel.run batch against the fake workbook: the request context with its workbook
 * (worksheets, tables, names, the active cell), the queue of writes applied at sync and the
 * reads captured there. A failed sync drops what the batch had queued after the failure.
 */
import { Book, newSheet, Operation, refuseName } from './book';
import { Queue, loadable } from './loadable';
import { rangeObject } from './range';
import { sheetByName, tableObject, worksheetObject } from './sheet';

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`ItemNotFound: ${what} does not exist.`);
  return value;
}

export class Batch implements Queue {
  syncs = 0;
  private operations: Operation[] = [];
  private captures: (() => void)[] = [];
  readonly context: Record<string, unknown>;

  constructor(private readonly book: Book) {
    this.context = { workbook: this.workbook(), sync: () => this.sync() };
  }

  write(what: string, apply: () => void): void {
    this.operations.push({ what, apply });
  }

  afterSync(capture: () => void): void {
    this.captures.push(capture);
  }

  get pending(): boolean {
    return this.operations.length + this.captures.length > 0;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const operations = this.operations.splice(0);
    try {
      this.book.apply(operations);
    } catch (error) {
      this.captures = [];
      throw error;
    }
    // A collection's items are loaded by the capture that reads it: run those too.
    for (let capture = this.captures.shift(); capture; capture = this.captures.shift()) capture();
    // Office answers asynchronously: let other promise callbacks run first.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private collection<T>(items: () => T[], item: (entry: T) => Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
    const loadedItem = (entry: T) => (item(entry).load as () => Record<string, unknown>)();
    return loadable(this, extra, { items: { read: () => items().map(loadedItem) } });
  }

  private workbook(): Record<string, unknown> {
    const { book } = this;
    const sheetOf = (name: string) => worksheetObject(this, book, sheetByName(book, name));
    const table = (name: string) => () => found(book.table(name), `the table ${name}`);
    return {
      worksheets: this.collection(() => book.sheets, (sheet) => worksheetObject(this, book, () => sheet), {
        getItem: sheetOf,
        getItemOrNullObject: (name: string) => worksheetObject(this, book, sheetByName(book, name), () => book.sheet(name) === undefined),
        add: (name: string) => {
          const sheet = newSheet(name);
          this.write(`add sheet ${name}`, () => book.addSheetNow(sheet));
          return worksheetObject(this, book, () => sheet);
        },
      }),
      tables: this.collection(() => [...book.tables.keys()], (name) => tableObject(this, book, table(name)), {
        getItem: (name: string) => tableObject(this, book, table(name)),
        getItemOrNullObject: (name: string) => tableObject(this, book, table(name), () => book.table(name) === undefined),
      }),
      names: this.collection(() => [...book.names.keys()], (name) => this.namedItem(name), {
        getItem: (name: string) => this.namedItem(name),
        getItemOrNullObject: (name: string) => this.namedItem(name, () => book.name(name) === undefined),
        add: (name: string, reference: unknown, comment?: string) => {
          this.write(`add name ${name}`, () => {
            refuseName(name);
            if (book.nameTaken(name)) throw new Error(`InvalidArgument: the name ${name} already exists.`);
            const target = typeof reference === 'string' ? book.resolve(reference) : (reference as { fakeTarget(): { sheet: never; address: string } }).fakeTarget();
            book.names.set(name, { target, comment: comment || undefined });
          });
          return this.namedItem(name);
        },
      }),
      application: { calculate: (type: string) => this.write(`calculate ${type}`, () => void book.calculations.push(type)) },
      getActiveCell: () => rangeObject(this, () => found(book.activeCell.sheet, 'the active sheet'), book.activeCell.address),
    };
  }

  private namedItem(name: string, missing?: () => boolean): Record<string, unknown> {
    const { book } = this;
    const entry = () => found(book.name(name), `the name ${name}`);
    return loadable(
      this,
      { delete: () => this.write(`delete name ${name}`, () => book.names.delete(found([...book.names.keys()].find((key) => key.toUpperCase() === name.toUpperCase()), `the name ${name}`))) },
      {
        name: { read: () => name },
        formula: { read: () => book.formulaOf(name), write: (value) => ({ what: `formula of ${name}`, apply: () => (entry().target = book.resolve(String(value))) }) },
        comment: { read: () => entry().comment ?? '', write: (value) => ({ what: `comment of ${name}`, apply: () => (entry().comment = value === '' ? undefined : String(value)) }) },
      },
      missing,
    );
  }
}
