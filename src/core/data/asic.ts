import { notFound, quoteText } from '../errors';
import { ChoiceSet, requiredText } from '../params';
import { findMachine, listMachines, Machine, machineFields, normaliseModelName } from './asics';
import { choiceOrThrow } from './lookup';
import { Figure } from './presets';

/** The bundled models, each with the short name (without the maker) that designates it alone. */
const asicModels: ChoiceSet = {
  id: 'AsicModel',
  values: () =>
    listMachines().map((machine) => {
      const short = shortModelName(machine.model);
      const unique = listMachines().filter((other) => shortModelName(other.model) === short).length === 1;
      return { value: machine.model, ...(unique && short !== normaliseModelName(machine.model) ? { aliases: [machine.model.replace(/^\S+\s+/, '')] } : {}) };
    }),
};

export const asicParams = [requiredText('model', asicModels), requiredText('field', { id: 'AsicField', values: () => machineFields.map((field) => ({ value: field, tooltip: listMachines().map((m) => m[field as keyof Machine] as Figure | undefined).find(Boolean)?.unit })) })] as const;

/**
 * A published spec of a mining machine from the bundled data (data/asics.json).
 *
 * @param model the machine's model ("Antminer S21"), or its name without the maker ("S21")
 *   when exactly one model has it; case, surrounding spaces and repeated inner spaces ignored
 * @param field hashrate_ths (TH/s), power_w (W), efficiency_j_per_th (J/TH) or released
 *   (year), case ignored
 * @returns the spec in the field's unit
 * @throws not_found for a name that fits several models (lists them) or none (lists the models)
 * @throws not_found for an unknown field (lists the fields)
 * @throws not_found when the machine has no sourced figure for the field (lists those it has)
 * @example asicFigure('S21', 'efficiency_j_per_th') === 17.5 (Antminer S21, data/asics.json, from d-central.tech)
 */
export function asicFigure(model: string, field: string): number {
  return asicFigureEntry(model, field).value as number;
}

/** The sourced figure asicFigure returns the value of: value, unit, as_of and source. */
export function asicFigureEntry(model: string, field: string): Figure {
  const machine = machineOrThrow(model);
  const name = choiceOrThrow('field', field, machineFields);
  const figure = machine[name as keyof Machine] as Figure | undefined;
  if (figure === undefined) {
    const present = machineFields.filter((f) => machine[f as keyof Machine] !== undefined);
    throw notFound(`${machine.model} has no sourced figure for ${name}; it has: ${present.join(', ')}`);
  }
  return figure;
}

/** The model name without its maker (the first word): "Antminer S21 XP" -> "s21 xp". */
function shortModelName(model: string): string {
  return normaliseModelName(model).replace(/^\S+ /, '');
}

/**
 * The machine a name designates: its full model name, or a short name without the maker that
 * exactly one model has ("S21" is Antminer S21). Otherwise #N/A: a short name several models
 * share, or the first words of several models' names, lists those candidates; anything else
 * lists the models.
 */
export function machineOrThrow(model: string): Machine {
  const exact = findMachine(model);
  if (exact !== undefined) return exact;
  const wanted = normaliseModelName(model);
  const short = listMachines().filter((machine) => shortModelName(machine.model) === wanted);
  if (short.length === 1) return short[0];
  const candidates =
    short.length > 1
      ? short
      : listMachines().filter((machine) => [normaliseModelName(machine.model), shortModelName(machine.model)].some((name) => wanted !== '' && name.startsWith(`${wanted} `)));
  if (candidates.length > 0) {
    throw notFound(`ASIC model ${quoteText(model.trim())} names no single model; candidates: ${candidates.map((m) => m.model).join(', ')}`);
  }
  const models = listMachines().map((m) => m.model);
  throw notFound(`unknown ASIC model ${quoteText(model.trim())}; available: ${models.join(', ')}`);
}
