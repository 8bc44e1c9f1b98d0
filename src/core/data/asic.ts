import { notFound, quoteText } from '../errors';
import { requiredText } from '../params';
import { findMachine, listMachines, Machine, machineFields } from './asics';
import { choiceOrThrow } from './lookup';
import { Figure } from './presets';

export const asicParams = [requiredText('model'), requiredText('field')] as const;

/**
 * A published spec of a mining machine from the bundled data (data/asics.json).
 *
 * @param model the machine's model ("Antminer S21"), case, surrounding spaces and repeated
 *   inner spaces ignored
 * @param field hashrate_ths (TH/s), power_w (W), efficiency_j_per_th (J/TH) or released
 *   (year), case ignored
 * @returns the spec in the field's unit
 * @throws not_found for an unknown model (lists the models)
 * @throws not_found for an unknown field (lists the fields)
 * @throws not_found when the machine has no sourced figure for the field (lists those it has)
 * @example asicFigure('antminer s21', 'efficiency_j_per_th') === 17.5 (data/asics.json, from d-central.tech)
 */
export function asicFigure(model: string, field: string): number {
  return asicFigureEntry(model, field).value as number;
}

/** The sourced figure asicFigure returns the value of: value, unit, as_of and source. */
export function asicFigureEntry(model: string, field: string): Figure {
  const machine = findMachine(model);
  if (machine === undefined) {
    const models = listMachines().map((m) => m.model);
    throw notFound(`unknown ASIC model ${quoteText(model.trim())}; available: ${models.join(', ')}`);
  }
  const name = choiceOrThrow('field', field, machineFields);
  const figure = machine[name as keyof Machine] as Figure | undefined;
  if (figure === undefined) {
    const present = machineFields.filter((f) => machine[f as keyof Machine] !== undefined);
    throw notFound(`${machine.model} has no sourced figure for ${name}; it has: ${present.join(', ')}`);
  }
  return figure;
}
