/**
 * "Insert as card": =MINER.COMPANY_CARD("TICKER") in the active cell, through the same
 * gateway write as a ready formula (asks before overwriting a cell that holds something). The
 * card needs no sheet or name of the preset: it reads the bundled data itself.
 */
import { Preset } from '../../core/data/presets';
import type { PaneContext } from '../pane-context';
import { insertPresetFormula } from './actions';
import { PresetFormula } from './formulas';

/** The formula of a company's card, in en-US syntax (what Range.formulas takes). */
export function companyCardFormula(ticker: string): PresetFormula {
  return { kind: 'companyCard', formula: `=MINER.COMPANY_CARD("${ticker}")`, names: [], tables: [] };
}

export function insertCompanyCard(pane: PaneContext, preset: Preset): ReturnType<typeof insertPresetFormula> {
  return insertPresetFormula(pane, preset, companyCardFormula(preset.ticker));
}
