/**
 * What a preset lacks for a sum of the parts, said plainly on its card: the figures whose
 * absence MINER.SOTP shows as #N/A (a liability, the share count) and the asset figures it
 * counts as 0. Pure: the card renders the lists.
 */
import { FieldValue, Preset, figureHistory } from '../../core/data/presets';

/** SOTP's asset parts by preset field, in the table's order. */
const assetFields = ['hashrate_ehs', 'ai_contracted_it_mw', 'pipeline_mw', 'btc_holdings', 'cash_usd'] as const;
/** The figures without which SOTP has no equity value or value per share. */
const blockingFields = ['debt_usd', 'shares_outstanding'] as const;

export interface ValuationGaps {
  /** Fields whose absence makes the equity value or value per share #N/A. */
  readonly blocking: readonly string[];
  /** Asset fields SOTP counts as 0 with "no sourced figure". */
  readonly assets: readonly string[];
}

function lacks(preset: Preset, field: string): boolean {
  return figureHistory(preset[field as keyof Preset] as FieldValue | undefined).length === 0;
}

/**
 * The preset's gaps for SOTP on its latest figures. Project debt is not a gap here: where a
 * preset lists some, its latest figure is there; where it lists none, SOTP says so in the row.
 *
 * @example valuationGaps(CORZ) is { blocking: ['debt_usd', 'shares_outstanding'], assets: ['btc_holdings'] }
 */
export function valuationGaps(preset: Preset): ValuationGaps {
  return {
    blocking: blockingFields.filter((field) => lacks(preset, field)),
    assets: assetFields.filter((field) => lacks(preset, field)),
  };
}
