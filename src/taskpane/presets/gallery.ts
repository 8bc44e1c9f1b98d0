/**
 * The gallery's data: one row per preset (ticker, name, power, AI contracted MW, contract
 * count, data date) and the search (ticker, every recorded name, and contract counterparties).
 * How old a figure is, and when it is stale, is data-age.ts's. Pure.
 */
import { FieldValue, Figure, Preset, figureHistory, latestFigure, newestAsOf, presetFields } from '../../core/data/presets';

export interface GalleryRow {
  ticker: string;
  name: string;
  /** Latest secured power capacity, else latest energized power (MW); undefined when neither is given. */
  powerMw?: number;
  aiContractedItMw?: number;
  contractCount: number;
  /** The newest date among the preset's figures and contract signings. */
  dataDate: string;
}

function latestNumber(field: FieldValue | undefined): number | undefined {
  const value = latestFigure(field)?.value;
  return typeof value === 'number' ? value : undefined;
}

export function galleryRow(preset: Preset): GalleryRow {
  return {
    ticker: preset.ticker,
    name: String(latestFigure(preset.name)?.value ?? preset.ticker),
    powerMw: latestNumber(preset.power_capacity_mw) ?? latestNumber(preset.energized_mw),
    aiContractedItMw: latestNumber(preset.ai_contracted_it_mw),
    contractCount: preset.contracts?.length ?? 0,
    dataDate: newestAsOf(preset),
  };
}

/** The words a preset is found by: ticker, every name it has had, contract counterparties. */
export function searchText(preset: Preset): string {
  const names = figureHistory(preset.name).map((figure) => String(figure.value));
  const counterparties = (preset.contracts ?? []).map((contract) => contract.counterparty);
  return [preset.ticker, ...names, ...counterparties].join(' ').toLowerCase();
}

/** Presets whose search text holds every word of the query (any case); all of them for a blank query. */
export function filterPresets(presets: readonly Preset[], query: string): Preset[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return presets.filter((preset) => {
    const text = searchText(preset);
    return words.every((word) => text.includes(word));
  });
}

/** Every figure of a preset, each field's history included. */
export function allFigures(preset: Preset): Figure[] {
  return presetFields.flatMap((field) => figureHistory(preset[field as keyof Preset] as FieldValue | undefined));
}
