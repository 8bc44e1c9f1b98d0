/**
 * The write itself, in three steps with a sync after each, because Office does not roll back
 * a failed batch (what ran before the failure stays):
 *   1. build: every new sheet, complete, under a name nothing else has (and the active cell);
 *   2. name: the plan's names added, or re-pointed at the new sheet (never deleted, so formulas
 *      that use them never lose them);
 *   3. swap: only now the replaced sheets are deleted and the new ones renamed into place.
 * A failure before the swap is rolled back (what was built is deleted, names get their old
 * references); a failure in the swap is rolled forward, as everything new is complete by then.
 * Either way the workbook ends unchanged or completely written. `progress` tells the recovery,
 * run in a batch of its own, how far the write got.
 */
import { parseAddress } from '../../models/a1';
import { sheetReference } from '../excel-names';
import { Analysis, Conflicts, MissingInputs, TemporaryNames, WorkbookWrite, analyseWrite, findName, sameConflicts, temporaryNames } from './plan';
import { Peek, WorkbookState, readWorkbookState } from './state';

export interface WriteRequest {
  readonly peek?: Peek;
  /** What to write, given the workbook as it is (or what it lacks for the write). */
  prepare(state: WorkbookState): WorkbookWrite | MissingInputs;
}

export interface Progress {
  stage: 'checking' | 'building' | 'naming' | 'swapping' | 'done';
  state?: WorkbookState;
  write?: WorkbookWrite;
  temporary?: TemporaryNames;
}

export type ApplyResult =
  | { readonly status: 'written'; readonly write: WorkbookWrite; readonly conflicts: Conflicts }
  /** The workbook is not as it was when the user confirmed: nothing was written. */
  | { readonly status: 'changed' }
  | { readonly status: 'missing'; readonly missing: readonly string[] }
  | { readonly status: 'blocked'; readonly table: string; readonly sheet: string };

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
  if (analysis.blocked) return { status: 'blocked', ...analysis.blocked };
  if (!sameConflicts(analysis.conflicts, confirmed)) return { status: 'changed' };
  const temporary = temporaryNames(state, write);
  Object.assign(progress, { stage: 'building', state, write, temporary });

  const { worksheets, names } = context.workbook;
  for (const sheet of write.sheets) sheet.build(worksheets.add(temporary.sheets[sheet.name]), (table) => temporary.tables[table]);
  if (write.cell) context.workbook.getActiveCell().formulas = [[write.cell.formula]];
  await context.sync();

  progress.stage = 'naming';
  for (const entry of write.names) {
    const reference = sheetReference(temporary.sheets[entry.sheet] ?? entry.sheet, parseAddress(entry.address));
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

  progress.stage = 'swapping';
  await swapIntoPlace(context, progress, withBuilt(state, temporary));
  progress.stage = 'done';
  return { status: 'written', write, conflicts: analysis.conflicts };
}

/** The workbook as it stands once every new sheet and table is built. */
function withBuilt(state: WorkbookState, temporary: TemporaryNames): WorkbookState {
  const tables = Object.fromEntries(Object.values(temporary.tables).map((table) => [table, '']));
  return { ...state, sheets: [...state.sheets, ...Object.values(temporary.sheets)], tables: { ...state.tables, ...tables } };
}

/**
 * Deletes what the new sheets replace and renames them and their tables into place; `now`
 * is the workbook as it stands, so a swap half done by a failed batch is finished, not redone.
 */
async function swapIntoPlace(context: Excel.RequestContext, progress: Progress, now: WorkbookState): Promise<void> {
  const { write, temporary } = progress as Required<Progress>;
  const { worksheets, tables } = context.workbook;
  for (const sheet of write.sheets) {
    const building = temporary.sheets[sheet.name];
    // Built under its own name, or already renamed into place by an earlier try: nothing to swap.
    if (building === sheet.name || findName(now.sheets, building) === undefined) continue;
    const old = findName(now.sheets, sheet.name);
    if (old !== undefined) worksheets.getItem(old).delete();
    worksheets.getItem(building).name = sheet.name;
  }
  for (const [table, building] of Object.entries(temporary.tables)) {
    if (building !== table && findName(Object.keys(now.tables), building) !== undefined) tables.getItem(building).name = table;
  }
  if (write.activate) worksheets.getItem(write.activate).activate();
  await context.sync();
}

/**
 * After a failed write, in a batch of its own: finishes a swap that had begun, or else takes
 * back what the write made. Resolves 'completed' or 'restored'.
 */
export async function recoverWrite(context: Excel.RequestContext, progress: Progress): Promise<'completed' | 'restored'> {
  if (progress.stage === 'checking' || progress.stage === 'done') return 'restored';
  const now = await readWorkbookState(context, { activeCell: progress.write?.cell !== undefined });
  if (progress.stage === 'swapping') {
    await swapIntoPlace(context, progress, now);
    return 'completed';
  }
  const { state, write, temporary } = progress as Required<Progress>;
  for (const entry of write.names) {
    const before = findName(Object.keys(state.names), entry.name);
    const present = findName(Object.keys(now.names), entry.name);
    if (before !== undefined && present !== undefined) {
      const item = context.workbook.names.getItem(present);
      if (now.names[present].formula !== state.names[before].formula) item.formula = state.names[before].formula;
      if (now.names[present].comment !== state.names[before].comment) item.comment = state.names[before].comment;
    } else if (present !== undefined) {
      context.workbook.names.getItem(present).delete();
    }
  }
  for (const sheet of write.sheets) {
    const built = findName(now.sheets, temporary.sheets[sheet.name]);
    const ownedBefore = findName(state.sheets, temporary.sheets[sheet.name]) !== undefined;
    if (built !== undefined && !ownedBefore) context.workbook.worksheets.getItem(built).delete();
  }
  if (write.cell && state.activeCell && now.activeCell?.content !== state.activeCell.content) {
    context.workbook.getActiveCell().formulas = [[state.activeCell.content]];
  }
  await context.sync();
  return 'restored';
}
