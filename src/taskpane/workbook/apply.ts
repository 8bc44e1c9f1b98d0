/**
 * The write itself, in steps with a sync after each, because Office does not roll back a
 * failed batch (what ran before the failure stays):
 *   1. save: what the write overwrites on sheets that exist (formulas and values, number
 *      formats) is read and kept;
 *   2. write: new sheets added and filled, existing sheets updated in place (their earlier
 *      tables cleared and resized, never deleted, so every formula, name and chart that
 *      refers to the sheet keeps referring to it), and the active cell;
 *   3. name: the plan's names added, or re-pointed (never deleted);
 *   4. style: fonts, fills, widths, links and charts, once all content is in.
 * A failure in steps 2 and 3 is rolled back from what step 1 kept; a failure in step 4 is
 * rolled forward (the content is complete by then), and back when that fails too. `progress`
 * tells the recovery, run in a batch of its own, how far the write got.
 */
import { boxAddress, parseAddress } from '../../sheet/a1';
import { sheetReference } from '../excel-names';
import { Analysis, Conflicts, MissingInputs, SheetWrite, WorkbookWrite, analyseWrite, boundingBox, findName, oldTableRanges, sameConflicts } from './plan';
import { Peek, WorkbookState, localAddress, readWorkbookState } from './state';

export interface WriteRequest {
  readonly peek?: Peek;
  /** What to write, given the workbook as it is (or what it lacks for the write). */
  prepare(state: WorkbookState): WorkbookWrite | MissingInputs;
}

/** Cells of a sheet as they were before the write. */
export interface SavedRange {
  readonly sheet: string;
  readonly address: string;
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
}

export interface Progress {
  stage: 'checking' | 'saving' | 'writing' | 'naming' | 'styling' | 'done';
  state?: WorkbookState;
  write?: WorkbookWrite;
  saved?: SavedRange[];
  /** By sheet, the ids of the charts that are not the write's. */
  keptCharts?: Record<string, string[]>;
}

export type ApplyResult =
  | { readonly status: 'written'; readonly write: WorkbookWrite; readonly conflicts: Conflicts }
  /** The workbook is not as it was when the user confirmed: nothing was written. */
  | { readonly status: 'changed' }
  | { readonly status: 'missing'; readonly missing: readonly string[] }
  | { readonly status: 'blocked'; readonly blocked: NonNullable<Analysis['blocked']> };

/** Reads the workbook and plans the write against it. */
export async function prepareWrite(
  context: Excel.RequestContext,
  request: WriteRequest,
): Promise<{ state: WorkbookState; write: WorkbookWrite; analysis: Analysis } | MissingInputs> {
  const state = await readWorkbookState(context, request.peek);
  const write = request.prepare(state);
  if ('missing' in write) return write;
  return { state, write, analysis: analyseWrite(state, write) };
}

export async function applyWrite(context: Excel.RequestContext, request: WriteRequest, confirmed: Conflicts, progress: Progress): Promise<ApplyResult> {
  const prepared = await prepareWrite(context, request);
  if ('missing' in prepared) return { status: 'missing', missing: prepared.missing };
  const { state, write, analysis } = prepared;
  if (analysis.blocked) return { status: 'blocked', blocked: analysis.blocked };
  if (!sameConflicts(analysis.conflicts, confirmed)) return { status: 'changed' };
  Object.assign(progress, { stage: 'saving', state, write });
  progress.saved = await saveOverwritten(context, state, write);

  progress.stage = 'writing';
  const { worksheets, names } = context.workbook;
  for (const sheet of write.sheets) {
    const existing = findName(state.sheets, sheet.name);
    const target = existing === undefined ? worksheets.add(sheet.name) : worksheets.getItem(existing);
    if (existing !== undefined) clearOwnCells(target, state, sheet, existing);
    sheet.build(target, (table, address) => {
      const found = findName(Object.keys(state.tables), table);
      if (found === undefined) target.tables.add(address, true).name = table;
      else if (state.tables[found].address !== address) context.workbook.tables.getItem(found).resize(target.getRange(address));
    });
  }
  if (write.cell) context.workbook.getActiveCell().formulas = [[write.cell.formula]];
  await context.sync();

  progress.stage = 'naming';
  for (const entry of write.names) {
    const reference = sheetReference(entry.sheet, parseAddress(entry.address));
    const existing = findName(Object.keys(state.names), entry.name);
    if (existing === undefined) {
      names.add(entry.name, reference, entry.comment);
    } else {
      const item = names.getItem(existing);
      item.formula = reference;
      if (entry.comment !== undefined) item.comment = entry.comment;
    }
  }
  await context.sync();

  progress.stage = 'styling';
  await finishWrite(context, progress);
  progress.stage = 'done';
  return { status: 'written', write, conflicts: analysis.conflicts };
}

/** The cells an update in place overwrites, read before it writes (one sync; none when it only adds). */
async function saveOverwritten(context: Excel.RequestContext, state: WorkbookState, write: WorkbookWrite): Promise<SavedRange[]> {
  const reads: { sheet: string; range: Excel.Range }[] = [];
  for (const sheet of write.sheets) {
    const existing = findName(state.sheets, sheet.name);
    if (existing === undefined) continue;
    const target = context.workbook.worksheets.getItem(existing);
    const box = boundingBox([...sheet.ranges, ...(sheet.empty ?? []), ...oldTableRanges(state, sheet, existing)]);
    if (box !== undefined) reads.push({ sheet: existing, range: target.getRange(box).load('address,formulas,numberFormat') });
    if (sheet.whole) reads.push({ sheet: existing, range: target.getUsedRange().load('address,formulas,numberFormat') });
  }
  if (reads.length === 0) return [];
  await context.sync();
  return reads.map(({ sheet, range }) => ({ sheet, address: localAddress(range.address), formulas: range.formulas, numberFormat: range.numberFormat }));
}

/**
 * Empties what the write fills again on an existing sheet: the body of its earlier tables
 * (never a header: Excel would rename the column, and the structured references with it),
 * where it spills, or the whole sheet.
 */
function clearOwnCells(target: Excel.Worksheet, state: WorkbookState, sheet: SheetWrite, existing: string): void {
  if (sheet.whole) target.getUsedRange().clear('Contents');
  const bodies = oldTableRanges(state, sheet, existing).map(tableBody).filter((body): body is string => body !== undefined);
  for (const address of [...bodies, ...(sheet.empty ?? [])]) target.getRange(address).clear('Contents');
}

/** A table's rows below its header ("A5:E10" of "A4:E10"), if it has any. */
function tableBody(address: string): string | undefined {
  const box = parseAddress(address);
  return box.bottom > box.top ? boxAddress({ ...box, top: box.top + 1 }) : undefined;
}

/**
 * Step 4, and the roll-forward after a failure in it: the write's own charts on the sheets
 * replaced, the looks written, the sheet shown. Running it twice gives the same workbook.
 */
export async function finishWrite(context: Excel.RequestContext, progress: Progress): Promise<void> {
  const { write } = progress as Required<Progress>;
  const { worksheets } = context.workbook;
  const charted = write.sheets.filter((sheet) => (sheet.chartTitles ?? []).length > 0).map((sheet) => ({ sheet, charts: worksheets.getItem(sheet.name).charts.load('items/id,items/title/text') }));
  if (charted.length > 0) await context.sync();
  const kept = (progress.keptCharts = progress.keptCharts ?? {});
  for (const { sheet, charts } of charted) {
    // The charts that are not the write's, as the first try found them: a later try also takes out one it left half made.
    kept[sheet.name] = kept[sheet.name] ?? charts.items.filter((chart) => !sheet.chartTitles?.includes(chart.title.text)).map((chart) => chart.id);
    for (const chart of charts.items) if (!kept[sheet.name].includes(chart.id)) chart.delete();
  }
  for (const sheet of write.sheets) sheet.style?.(worksheets.getItem(sheet.name));
  if (write.activate) worksheets.getItem(write.activate).activate();
  await context.sync();
}

/**
 * After a failed write, in a batch of its own: takes back what the write made. Sheets it
 * added are deleted, names get their old references (or go, when it added them), tables
 * their old extent, and the cells it overwrote what step 1 kept. With `cells: false` (a
 * later write clearing what an earlier failed one left) overwritten cells are left alone
 * and a name is put back only while it still refers where the write put it.
 */
export async function rollBack(context: Excel.RequestContext, progress: Progress, options: { cells: boolean } = { cells: true }): Promise<void> {
  if (progress.stage === 'checking' || progress.stage === 'saving' || progress.stage === 'done') return;
  const now = await readWorkbookState(context, { activeCell: progress.write?.cell !== undefined });
  const { state, write, saved } = progress as Required<Progress>;
  const { workbook } = context;
  await removeHalfMadeCharts(context, progress, now);
  for (const entry of write.names) {
    const before = findName(Object.keys(state.names), entry.name);
    const present = findName(Object.keys(now.names), entry.name);
    if (present === undefined) continue;
    if (!options.cells && !sameReference(now.names[present].formula, sheetReference(entry.sheet, parseAddress(entry.address)))) continue;
    if (before === undefined) {
      workbook.names.getItem(present).delete();
      continue;
    }
    const item = workbook.names.getItem(present);
    if (now.names[present].formula !== state.names[before].formula) item.formula = state.names[before].formula;
    if (now.names[present].comment !== state.names[before].comment) item.comment = state.names[before].comment;
  }
  for (const sheet of write.sheets) {
    const existed = findName(state.sheets, sheet.name);
    const present = findName(now.sheets, sheet.name);
    if (present === undefined) continue;
    if (existed === undefined) {
      workbook.worksheets.getItem(present).delete();
      continue;
    }
    for (const [table, { sheet: on, address }] of Object.entries(now.tables)) {
      if (on.toUpperCase() !== present.toUpperCase()) continue;
      const before = findName(Object.keys(state.tables), table);
      // A table that was not there is the write's, whether or not it got its name.
      if (before === undefined) workbook.tables.getItem(table).delete();
      else if (options.cells && address !== state.tables[before].address) {
        workbook.tables.getItem(table).resize(workbook.worksheets.getItem(present).getRange(state.tables[before].address));
      }
    }
  }
  if (options.cells) {
    // Number formats first, so that text goes back as text.
    for (const range of [...saved].reverse()) {
      const target = workbook.worksheets.getItem(range.sheet).getRange(range.address);
      target.numberFormat = range.numberFormat;
      target.formulas = range.formulas;
    }
    if (write.cell && state.activeCell && now.activeCell?.content !== state.activeCell.content) {
      workbook.getActiveCell().formulas = [[state.activeCell.content]];
    }
  }
  await context.sync();
}

/** Charts the write added to a sheet that stays (the first try's record says which were there): they go. */
async function removeHalfMadeCharts(context: Excel.RequestContext, progress: Progress, now: WorkbookState): Promise<void> {
  const kept = progress.keptCharts ?? {};
  const charted = Object.keys(kept)
    .filter((sheet) => findName(now.sheets, sheet) !== undefined && findName(progress.state?.sheets ?? [], sheet) !== undefined)
    .map((sheet) => ({ sheet, charts: context.workbook.worksheets.getItem(sheet).charts.load('items/id') }));
  if (charted.length === 0) return;
  await context.sync();
  for (const { sheet, charts } of charted) for (const chart of charts.items) if (!kept[sheet].includes(chart.id)) chart.delete();
}

/** Whether two name formulas refer to the same place (`=Network!$B$5`, `='Network'!$B$5`). */
export function sameReference(a: string, b: string): boolean {
  const normalise = (formula: string): string => formula.replace(/'/g, '').replace(/\s/g, '').toLowerCase();
  return normalise(a) === normalise(b);
}
