/**
 * The presets panel's two actions, testable without Office: each plans, runs one batch
 * through the PaneContext (Excel.run in Office), asks the user in the pane before replacing
 * or overwriting anything, and reports the outcome with a status line.
 */
import { Preset } from '../../core/data/presets';
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { ChangeSummary, Conflicts } from '../workbook/plan';
import { writeToWorkbook } from '../workbook/gateway';
import type { WriteOutcome } from '../workbook/write-outcome';
import { blockedMessage } from '../workbook/messages';
import { presetWrite } from './apply';
import { PresetFormula } from './formulas';
import { FormulaResult, formulaWrite } from './insert-formula';
import { planPresetInsert } from './plan';

/** What exists and would be replaced, as the confirmation lists it. */
export interface ReplaceConflicts {
  sheet?: string;
  /** The cells of that sheet the insert overwrites. */
  address?: string;
  tables: string[];
  names: string[];
}

export type PresetResult =
  | { status: 'written'; replaced: boolean }
  | { status: 'cancelled'; conflicts: ReplaceConflicts }
  /** A table or name stands in the way, or Excel would refuse a name: nothing was written. */
  | { status: 'blocked'; message: string }
  | { status: 'failed'; message: string };

function replaceConflicts(conflicts: Conflicts): ReplaceConflicts {
  const area = conflicts.areas[0];
  return { ...(area ? { sheet: area.sheet, address: area.address } : {}), tables: [...conflicts.tables], names: [...conflicts.names] };
}

/** How many names the confirmation spells out before "…". */
const namesListed = 4;

/** The confirmation text for replacing what exists (sheet, tables, names). */
export function replaceMessage(pane: Pick<PaneContext, 'locale'>, ticker: string, conflicts: ReplaceConflicts): string {
  const t = translator(pane.locale);
  const items: string[] = [];
  if (conflicts.sheet !== undefined) items.push(t('confirmItemSheet', { sheet: conflicts.sheet, address: conflicts.address ?? '' }));
  if (conflicts.tables.length > 0) items.push(t('confirmItemTables', { tables: conflicts.tables.join(', ') }));
  if (conflicts.names.length > 0) {
    const shown = conflicts.names.slice(0, namesListed).join(', ') + (conflicts.names.length > namesListed ? ', …' : '');
    items.push(t(conflicts.names.length === 1 ? 'confirmItemName' : 'confirmItemNames', { count: conflicts.names.length, names: shown }));
  }
  return t('confirmReplace', { ticker, items: items.join('; ') });
}

/** What a replace changed besides adding: the sheet updated in place, the names re-pointed. */
function replacedSentences(pane: PaneContext, summary: ChangeSummary): string[] {
  const t = translator(pane.locale);
  const sheets = summary.areas.map((area) => t('replacedSheet', { sheet: area.sheet, address: area.address }));
  return summary.namesUpdated.length > 0 ? [...sheets, t('updatedNames', { count: summary.namesUpdated.length })] : sheets;
}

/** The gateway's outcome in the pane's words; the caller says what a success means. */
function notifyOutcome(pane: PaneContext, outcome: WriteOutcome, success: () => string, refused: () => string): void {
  const t = translator(pane.locale);
  if (outcome.status === 'written') pane.notify(success(), 'success');
  else if (outcome.status === 'cancelled') pane.notify(t('nothingChanged'), 'info');
  else if (outcome.status === 'changed') pane.notify(t('workbookChanged'), 'error');
  else if (outcome.status === 'failed') pane.notify(t('excelError', { message: outcome.message }), 'error');
  else pane.notify(refused(), 'error');
}

/** "Insert into workbook": the preset on its own sheet, as tables and names. */
export async function insertPreset(pane: PaneContext, preset: Preset): Promise<PresetResult> {
  const t = translator(pane.locale);
  const plan = planPresetInsert(preset, { subtitle: t('sheetSubtitle'), tickerLabel: t('sheetTickerLabel') });
  const outcome = await writeToWorkbook(pane, {
    prepare: () => presetWrite(plan),
    confirm: (conflicts) => pane.confirm(replaceMessage(pane, preset.ticker, replaceConflicts(conflicts)), t('replace'), t('confirmTitle')),
  });
  const tables = plan.tables.map((table) => table.name).join(', ');
  notifyOutcome(
    pane,
    outcome,
    () => [t('inserted', { ticker: preset.ticker, sheet: plan.sheetName, tables, count: plan.names.length }), ...(outcome.status === 'written' ? replacedSentences(pane, outcome.summary) : [])].join(' '),
    () => (outcome.status === 'blocked' ? blockedMessage(pane.locale, outcome.blocked) : ''),
  );
  if (outcome.status === 'written') return { status: 'written', replaced: outcome.replaced };
  if (outcome.status === 'cancelled') return { status: 'cancelled', conflicts: replaceConflicts(outcome.conflicts) };
  if (outcome.status === 'blocked') return { status: 'blocked', message: blockedMessage(pane.locale, outcome.blocked) };
  return { status: 'failed', message: outcome.status === 'failed' ? outcome.message : t('workbookChanged') };
}

/** "Insert formula": a ready formula in the active cell. */
export async function insertPresetFormula(pane: PaneContext, preset: Preset, formula: PresetFormula): Promise<FormulaResult | { status: 'failed'; message: string }> {
  const t = translator(pane.locale);
  const outcome = await writeToWorkbook(pane, {
    peek: { activeCell: true },
    prepare: (state) => formulaWrite(formula, state),
    confirm: (conflicts) => {
      const cell = conflicts.cell ?? { address: '', content: '' };
      return pane.confirm(t('overwriteCell', { address: cell.address, content: cell.content }), t('overwrite'), t('overwriteTitle'));
    },
  });
  const address = outcome.status === 'written' ? outcome.summary.cell?.address ?? '' : outcome.status === 'cancelled' ? outcome.conflicts.cell?.address ?? '' : '';
  notifyOutcome(
    pane,
    outcome,
    () => t('formulaInserted', { address }),
    () => t('formulaNeedsPreset', { ticker: preset.ticker, missing: outcome.status === 'missing' ? outcome.missing.join(', ') : '' }),
  );
  if (outcome.status === 'written') return { status: 'written', address, formula: outcome.summary.cell?.formula ?? '' };
  if (outcome.status === 'cancelled') return { status: 'cancelled', address };
  if (outcome.status === 'missing') return { status: 'missing', missing: [...outcome.missing] };
  return { status: 'failed', message: outcome.status === 'failed' ? outcome.message : t('workbookChanged') };
}
