/**
 * Typed access to the bundled ASIC machine specs (data/asics.json, schema in
 * data/schema/asics.schema.json). A spec the sources do not give is absent.
 */
import { asicsFile } from './bundle';
import { Figure } from './presets';

/** One mining machine's published specs, each a sourced figure. */
export interface Machine {
  model: string;
  hashrate_ths: Figure;
  power_w?: Figure;
  efficiency_j_per_th: Figure;
  released?: Figure;
}

/** The machine spec fields, in display order. */
// Read-only by its type, not frozen: JavaScriptCore reads frozen arrays slowly (see presets.ts).
export const machineFields: readonly string[] = ['hashrate_ths', 'power_w', 'efficiency_j_per_th', 'released'];

const file = asicsFile as { machines: Machine[]; notes?: string[] };
const machines: readonly Machine[] = [...file.machines];

/** All machines, in the order of data/asics.json. */
export function listMachines(): readonly Machine[] {
  return machines;
}

/** The notes of data/asics.json (what was left out and why). */
export function machineNotes(): readonly string[] {
  return file.notes ?? [];
}

/** Lower case, trimmed, inner runs of spaces collapsed to one: "  Antminer   S21 " -> "antminer s21". */
export function normaliseModelName(model: string): string {
  return model.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The machine whose model matches, ignoring case, surrounding spaces and repeated inner spaces. */
export function findMachine(model: string): Machine | undefined {
  const wanted = normaliseModelName(model);
  return machines.find((machine) => normaliseModelName(machine.model) === wanted);
}
