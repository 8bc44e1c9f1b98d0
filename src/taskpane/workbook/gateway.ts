/**
 * The one way the task pane writes to the workbook: read what is there, plan against it,
 * ask the user before changing anything of theirs, then apply (apply.ts), re-checking the
 * workbook inside the write and recovering from a failure there. Every pane action that
 * writes goes through writeToWorkbook; it never throws.
 *
 * When Excel fails during the write and again while it is taken back (a lost connection),
 * the message lists what may be left and the user is offered to clean it up at once; what
 * is still unrecognisably left is taken out by the next write.
 */
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { Progress, WriteRequest, applyWrite, finishWrite, prepareWrite, rollBack } from './apply';
import { leftovers } from './messages';
import { Blocked, ChangeSummary, Conflicts, hasConflicts, summarise } from './plan';
import type { WorkbookState } from './state';
import type { WriteOutcome } from './write-outcome';

export interface GatewayRequest extends WriteRequest {
  /**
   * Asked once, before anything is written, when the write would change something of the
   * workbook's; resolves true to go ahead. A writer may answer without asking for things it
   * knows are its own.
   */
  confirm(conflicts: Conflicts, state: WorkbookState): Promise<boolean>;
}

/** By workbook (the pane's way into it), a write Excel broke twice, whose leftovers the next write takes out. */
const unfinished = new WeakMap<PaneContext['runExcel'], Progress>();

function sentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?。]$/.test(message) ? message : `${message}.`;
}

function failed(pane: PaneContext, error: unknown, restored: 'all' | 'content' | 'not'): WriteOutcome {
  const t = translator(pane.locale);
  const after = restored === 'all' ? ` ${t('workbookRestored')}` : restored === 'content' ? ` ${t('workbookRestoredContent')}` : '';
  return { status: 'failed', message: `${sentence(error)}${after}`, restored: restored === 'all' };
}

export async function writeToWorkbook(pane: PaneContext, request: GatewayRequest): Promise<WriteOutcome> {
  let confirmed: Conflicts;
  try {
    await takeOutLeftovers(pane);
    const prepared = await pane.runExcel((context) => prepareWrite(context, request));
    if ('missing' in prepared) return { status: 'missing', missing: prepared.missing };
    const { analysis, state } = prepared;
    if (analysis.blocked) return { status: 'blocked', blocked: analysis.blocked };
    confirmed = analysis.conflicts;
    if (hasConflicts(confirmed) && !(await request.confirm(confirmed, state))) return { status: 'cancelled', conflicts: confirmed };
  } catch (error) {
    return failed(pane, error, 'all');
  }

  const progress: Progress = { stage: 'checking' };
  try {
    const result = await pane.runExcel((context) => applyWrite(context, request, confirmed, progress));
    if (result.status === 'blocked') return { status: 'blocked', blocked: result.blocked };
    if (result.status !== 'written') return result;
    return { status: 'written', summary: summarise(result.write, result.conflicts), replaced: hasConflicts(result.conflicts) };
  } catch (error) {
    return recover(pane, error, progress, confirmed);
  }
}

/** Rolls a failed write forward when only its looks were missing, else back; says what may be left when that fails too. */
async function recover(pane: PaneContext, error: unknown, progress: Progress, confirmed: Conflicts): Promise<WriteOutcome> {
  const styling = progress.stage === 'styling';
  if (styling && progress.write && (await succeeds(pane, (context) => finishWrite(context, progress)))) {
    return { status: 'written', summary: summarise(progress.write, confirmed), replaced: hasConflicts(confirmed) };
  }
  if (await succeeds(pane, (context) => rollBack(context, progress))) return failed(pane, error, styling ? 'content' : 'all');

  const t = translator(pane.locale);
  unfinished.set(pane.runExcel, progress);
  const left = `${sentence(error)} ${t('recoveryFailed', { items: leftovers(pane.locale, progress).join('; ') })}`;
  const cleanUp = await pane.confirm(t('cleanUpQuestion', { leftovers: left }), t('cleanUp'), t('cleanUpTitle')).catch(() => false);
  if (cleanUp && (await succeeds(pane, (context) => rollBack(context, progress)))) {
    unfinished.delete(pane.runExcel);
    // Looks written before the connection dropped are not taken back: then only the content is as it was.
    const restored = styling ? t('workbookRestoredContent') : t('workbookRestored');
    return { status: 'failed', message: `${sentence(error)} ${t('cleanedUp')} ${restored}`, restored: !styling };
  }
  return { status: 'failed', message: left, restored: false };
}

async function succeeds(pane: PaneContext, batch: (context: Excel.RequestContext) => Promise<void>): Promise<boolean> {
  try {
    await pane.runExcel(batch);
    return true;
  } catch {
    return false;
  }
}

/**
 * Before a write, what an earlier write broken twice left and the workbook still shows as
 * it left it: sheets it added, tables it created, names still referring where it put them.
 * Cells it overwrote are left alone (the user may have worked on them since).
 */
async function takeOutLeftovers(pane: PaneContext): Promise<void> {
  const left = unfinished.get(pane.runExcel);
  if (left === undefined) return;
  if (await succeeds(pane, (context) => rollBack(context, left, { cells: false }))) unfinished.delete(pane.runExcel);
}
