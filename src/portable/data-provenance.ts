/**
 * Where a frozen data look-up's value came from, for the Provenance sheet of a portable copy:
 * the source and as-of date of the figure COMPANY, ASIC or NETWORK returned, or for a table of
 * presets the files it was read from. Arguments are the values the formula's cells held; an
 * argument that cannot be resolved gives no entry rather than a guess.
 */
import { asicFigureEntry } from '../core/data/asic';
import { companyFigureEntry } from '../core/data/company';
import { networkFigureEntry } from '../core/data/network-figure';
import { findPreset, newestAsOf } from '../core/data/presets';

export interface DataSource {
  readonly source: string;
  readonly asOf: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const serial = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function presetTable(ticker: unknown): DataSource | undefined {
  const preset = text(ticker) === undefined ? undefined : findPreset(ticker as string);
  return preset && { source: `data/presets/${preset.ticker}.json (each row's source is in the file)`, asOf: newestAsOf(preset) };
}

const lookups: Readonly<Record<string, (args: readonly unknown[]) => DataSource | undefined>> = {
  COMPANY: ([ticker, field, asOf]) => {
    const figure = companyFigureEntry(text(ticker) ?? '', text(field) ?? '', serial(asOf));
    return { source: figure.source, asOf: figure.as_of };
  },
  ASIC: ([model, field]) => {
    const figure = asicFigureEntry(text(model) ?? '', text(field) ?? '');
    return { source: figure.source, asOf: figure.as_of };
  },
  NETWORK: ([field, asOf]) => {
    const figure = networkFigureEntry(text(field) ?? '', serial(asOf));
    return { source: figure.source, asOf: figure.date };
  },
  CONTRACTS: ([ticker]) => presetTable(ticker),
};

/** The source of a data function's result, when the function reads bundled data and its arguments resolve. */
export function dataProvenance(id: string, args: readonly unknown[]): DataSource | undefined {
  const lookup = lookups[id];
  if (!lookup) return undefined;
  try {
    return lookup(args);
  } catch {
    return undefined;
  }
}
