/**
 * The one way the task pane writes to the workbook: read what is there, plan against it,
 * ask the user before replacing anything of theirs, then apply (apply.ts), re-checking the
 * workbook inside the write and recovering from a failure there. Every pane action that
 * writes goes through writeToWorkbook; it never throws.
 */
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { Progress, WriteRequest, applyWrite, prepareWrite, recoverWrite } from './apply';
import { ChangeSummary, Conflicts, hasConflicts, summarise } from './plan';
import type { WorkbookState } from './state';

export interface GatewayRequest extends WriteRequest {
  /**
   * Asked once, before anything is written, when the write would replace something; resolves
   * true to go ahead. A writer may answer without asking for things it knows are its own.
   */
  confirm(conflicts: Conflicts, state: WorkbookState): Promise<boolean>;
}

export type WriteOutcome =
  | { readonly status: 'written'; readonly summary: ChangeSummary; readonly replaced: boolean }
  | { readonly status: 'cancelled'; readonly conflicts: Conflicts }
  | { readonly status: 'blocked'; readonly table: string; readonly sheet: string }
  | { readonly status: 'missing'; readonly missing: readonly string[] }
  /** The workbook changed between the question and the write: nothing was written. */
  | { readonly status: 'changed' }
  /** Excel failed; the message says whether the workbook is as it was. */
  | { readonly status: 'failed'; readonly message: string; readonly restored: boolean };

function failed(pane: PaneContext, error: unknown, restored: boolean): WriteOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const sentence = /[.!?。]$/.test(message) ? message : `${message}.`;
  return { status: 'failed', message: restored ? `${sentence} ${translator(pane.locale)('workbookRestored')}` : message, restored };
}

export async function writeToWorkbook(pane: PaneContext, request: GatewayRequest): Promise<WriteOutcome> {
  let confirmed: Conflicts;
  try {
    const prepared = await pane.runExcel((context) => prepareWrite(context, request));
    if ('missing' in prepared) return { status: 'missing', missing: prepared.missing };
    const { analysis, state } = prepared;
    if (analysis.blocked) return { status: 'blocked', ...analysis.blocked };
    confirmed = analysis.conflicts;
    if (hasConflicts(confirmed) && !(await request.confirm(confirmed, state))) return { status: 'cancelled', conflicts: confirmed };
  } catch (error) {
    return failed(pane, error, true);
  }

  const progress: Progress = { stage: 'checking' };
  try {
    const result = await pane.runExcel((context) => applyWrite(context, request, confirmed, progress));
    if (result.status !== 'written') return result;
    return { status: 'written', summary: summarise(result.write, result.conflicts), replaced: hasConflicts(result.conflicts) };
  } catch (error) {
    const recovered = await pane.runExcel((context) => recoverWrite(context, progress)).catch(() => undefined);
    if (recovered === 'completed' && progress.write) {
      return { status: 'written', summary: summarise(progress.write, confirmed), replaced: hasConflicts(confirmed) };
    }
    return failed(pane, error, recovered === 'restored');
  }
}
