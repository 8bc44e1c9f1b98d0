/**
 * The bundled data files read straight from disk, so the data tests compute their
 * expectations independently of the code under test, and the date helpers they share.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isoDateToSerial } from '../../src/core/dates';

export const dataDir = path.resolve(__dirname, '..', '..', 'data');

/** A parsed data file: readDataFile('network.json'), readDataFile('presets/IREN.json'). */
export function readDataFile<T = unknown>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(dataDir, relativePath), 'utf8')) as T;
}

/** Every data/presets/*.json file, parsed, sorted by ticker. */
export function readPresetFiles<T extends { ticker: string }>(): T[] {
  return fs
    .readdirSync(path.join(dataDir, 'presets'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => readDataFile<T>(`presets/${name}`))
    .sort((a, b) => a.ticker.localeCompare(b.ticker));
}

/** The Excel serial of a real YYYY-MM-DD date (throws for anything else). */
export function serial(isoDate: string): number {
  const value = isoDateToSerial(isoDate);
  if (value === undefined) throw new Error(`not a date: ${isoDate}`);
  return value;
}

/** The ISO date `days` days after (or before, if negative) an ISO date. */
export function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
