/**
 * The presets panel's two actions, testable without Office: each plans, runs one batch
 * through the PaneContext (Excel.run in Office), asks the user in the pane before replacing
 * or overwriting anything, and reports the outcome with a status line.
 */
import { Preset } from '../../core/data/presets';
import { translator } from '../i18n';
import type { PaneContext } from '../pane-context';
import { ApplyResult, ReplaceConflicts, applyPlan } from './apply';
import { PresetFormula } from './formulas';
import { FormulaResult, writeFormula } from './insert-formula';
import { planPresetInsert } from './plan';

/** How many names the confirmation spells out before "…". */
const namesListed = 4;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The confirmation text for replacing what exists (sheet, tables, names). */
export function replaceMessage(pane: Pick<PaneContext, 'locale'>, ticker: string, conflicts: ReplaceConflicts): string {
  const t = translator(pane.locale);
  const items: string[] = [];
  if (conflicts.sheet !== undefined) items.push(t('confirmItemSheet', { sheet: conflicts.sheet }));
  if (conflicts.tables.length > 0) items.push(t('confirmItemTables', { tables: conflicts.tables.join(', ') }));
  if (conflicts.names.length > 0) {
    const shown = conflicts.names.slice(0, namesListed).join(', ') + (conflicts.names.length > namesListed ? ', …' : '');
    items.push(t(conflicts.names.length === 1 ? 'confirmItemName' : 'confirmItemNames', { count: conflicts.names.length, names: shown }));
  }
  return t('confirmReplace', { ticker, items: items.join('; ') });
}

/** "Insert into workbook": the preset on its own sheet, as tables and names. */
export async function insertPreset(pane: PaneContext, preset: Preset): Promise<ApplyResult | { status: 'failed'; message: string }> {
  const t = translator(pane.locale);
  const plan = planPresetInsert(preset, { subtitle: t('sheetSubtitle') });
  try {
    const result = await pane.runExcel((context) =>
      applyPlan(context, plan, {
        confirmReplace: (conflicts) => pane.confirm(replaceMessage(pane, preset.ticker, conflicts), t('replace'), t('confirmTitle')),
      }),
    );
    if (result.status === 'written') {
      const tables = plan.tables.map((table) => table.name).join(', ');
      pane.notify(t('inserted', { ticker: preset.ticker, sheet: plan.sheetName, tables, count: plan.names.length }), 'success');
    } else if (result.status === 'cancelled') {
      pane.notify(t('nothingChanged'), 'info');
    } else {
      pane.notify(t('blockedTable', { table: result.table, sheet: result.sheet, ticker: preset.ticker }), 'error');
    }
    return result;
  } catch (error) {
    pane.notify(t('excelError', { message: errorMessage(error) }), 'error');
    return { status: 'failed', message: errorMessage(error) };
  }
}

/** "Insert formula": a ready formula in the active cell. */
export async function insertPresetFormula(
  pane: PaneContext,
  preset: Preset,
  formula: PresetFormula,
): Promise<FormulaResult | { status: 'failed'; message: string }> {
  const t = translator(pane.locale);
  try {
    const result = await pane.runExcel((context) =>
      writeFormula(context, formula, {
        confirmOverwrite: (address, content) => pane.confirm(t('overwriteCell', { address, content }), t('overwrite'), t('overwriteTitle')),
      }),
    );
    if (result.status === 'written') pane.notify(t('formulaInserted', { address: result.address }), 'success');
    else if (result.status === 'cancelled') pane.notify(t('nothingChanged'), 'info');
    else pane.notify(t('formulaNeedsPreset', { ticker: preset.ticker, missing: result.missing.join(', ') }), 'error');
    return result;
  } catch (error) {
    pane.notify(t('excelError', { message: errorMessage(error) }), 'error');
    return { status: 'failed', message: errorMessage(error) };
  }
}
