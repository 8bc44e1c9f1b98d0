/**
 * The bundled network figures the panel shows (what MINER.NETWORK answers without an
 * as_of_date): every field from the latest complete row of data/network.json, with that
 * row's date and the figure's source. The hashrate is derived from that difficulty.
 */
import { secondsPerBlockTarget } from '../../core/constants';
import { latestCompleteNetworkRow, NetworkRowField } from '../../core/data/network';
import { hashrateEhsFromDifficulty } from '../../core/protocol/network-hashrate';
import { NetworkInputField, networkInputSpecs } from './fields';

export interface BundledFigure {
  readonly field: NetworkInputField;
  readonly value: number;
  readonly unit: string;
  /** The row's date, YYYY-MM-DD. */
  readonly date: string;
  readonly source: string;
  /** True for the hashrate: computed from the difficulty, not published. */
  readonly derived: boolean;
}

/** One entry a field, in display order; a field the bundle lacks is left out. */
export function bundledNetworkFigures(): BundledFigure[] {
  const figures: BundledFigure[] = [];
  const row = latestCompleteNetworkRow();
  if (row === undefined) return figures;
  for (const spec of networkInputSpecs) {
    const derived = spec.field === 'network_hashrate_ehs';
    const rowField: NetworkRowField = derived ? 'difficulty' : (spec.field as NetworkRowField);
    const figure = row[rowField];
    if (figure === undefined) continue;
    figures.push({
      field: spec.field,
      value: derived ? hashrateEhsFromDifficulty(figure.value, secondsPerBlockTarget) : figure.value,
      unit: spec.unit,
      date: row.date,
      source: figure.source,
      derived,
    });
  }
  return figures;
}
