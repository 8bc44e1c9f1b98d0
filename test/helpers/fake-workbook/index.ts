/**
 * The one fake workbook of the task-pane tests (and, bundled, of the browser tests' Excel
 * host): an in-memory workbook behind Office.js-shaped proxies with Excel.run's batching,
 * where queued operations are applied at context.sync(). It can be told to fail at the Nth
 * write operation, so a test can break a write at every point and look at what is left.
 */
import type { PaneContext } from '../../../src/taskpane/pane-context';
import { Book, FakeWorkbookOptions } from './book';
import { Batch } from './context';

export type { FakeCell, FakeSheet, FakeWorkbookOptions } from './book';

export class FakeWorkbook extends Book {
  /** Syncs of each batch run so far, in order. */
  readonly syncsPerBatch: number[] = [];

  constructor(options: FakeWorkbookOptions = {}) {
    super(options);
  }

  /** Excel.run: the batch gets its own context; what it leaves queued is synced when it returns. */
  readonly run: PaneContext['runExcel'] = async (work) => {
    const batch = new Batch(this);
    const index = this.syncsPerBatch.push(0) - 1;
    try {
      const result = await work(batch.context as unknown as Excel.RequestContext);
      if (batch.pending) await batch.sync();
      return result;
    } finally {
      this.syncsPerBatch[index] = batch.syncs;
    }
  };

  /** A pane context in Excel, English, agreeing to every question unless overridden. */
  pane(overrides: Partial<PaneContext> = {}): PaneContext {
    return { excelAvailable: true, locale: 'en', confirm: async () => true, notify: () => undefined, runExcel: this.run, ...overrides };
  }

  /** A cell's value (or formula, when it holds one), by sheet name and address. */
  cell(sheetName: string, address: string): unknown {
    const cell = this.sheet(sheetName)?.cells.get(address);
    return cell?.formula ?? cell?.value;
  }
}
