/**
 * The bundled data sets and the newest date each holds, so a user can see how old the figures
 * are. No clock here: an age is taken against a date the caller passes (the CLI reads today's),
 * so the core gives the same answer on every day it is asked the same question.
 */
import { isoDateToSerial } from '../dates';
import { invalidInput } from '../errors';
import { listMachines, machineFields } from './asics';
import { latestCompleteNetworkRow, listNetworkRows } from './network';
import { Figure, listPresets, newestAsOf } from './presets';

/** A bundled data set: what it is, the file it is read from, and its newest date (YYYY-MM-DD). */
export interface BundledDataSet {
  readonly name: string;
  readonly file: string;
  readonly newest: string;
}

/** The newest as_of among the machines' specs. */
function newestMachineSpec(): string {
  let newest = '';
  for (const machine of listMachines()) {
    for (const field of machineFields) {
      const figure = (machine as unknown as Record<string, Figure | undefined>)[field];
      if (figure !== undefined && figure.as_of > newest) newest = figure.as_of;
    }
  }
  return newest;
}

/**
 * Every bundled data set with its newest date: the network history (its newest figure, and
 * the complete snapshot NETWORK() reads without a date, which can be older), the machine specs,
 * and each company preset.
 */
export function bundledDataSets(): BundledDataSet[] {
  const sets: BundledDataSet[] = [];
  const rows = listNetworkRows();
  if (rows.length > 0) sets.push({ name: 'network history', file: 'data/network.json', newest: rows[rows.length - 1].date });
  const snapshot = latestCompleteNetworkRow();
  if (snapshot !== undefined) sets.push({ name: 'network snapshot (NETWORK without a date)', file: 'data/network.json', newest: snapshot.date });
  const machines = newestMachineSpec();
  if (machines !== '') sets.push({ name: 'ASIC specs', file: 'data/asics.json', newest: machines });
  for (const preset of listPresets()) {
    sets.push({ name: `${preset.ticker} preset`, file: `data/presets/${preset.ticker}.json`, newest: newestAsOf(preset) });
  }
  return sets;
}

/**
 * Whole days from a bundled date to a later day (negative when `todayIso` is earlier).
 *
 * @param isoDate the data's date, YYYY-MM-DD
 * @param todayIso the day to measure against, YYYY-MM-DD
 * @returns todayIso − isoDate in days
 * @throws invalid_input when either is not a real date YYYY-MM-DD
 * @example ageInDays('2026-10-05', '2026-12-07') === 63
 */
export function ageInDays(isoDate: string, todayIso: string): number {
  const from = isoDateToSerial(isoDate);
  const to = isoDateToSerial(todayIso);
  if (from === undefined) throw invalidInput('date', 'must be a date YYYY-MM-DD', isoDate);
  if (to === undefined) throw invalidInput('today', 'must be a date YYYY-MM-DD', todayIso);
  return to - from;
}
