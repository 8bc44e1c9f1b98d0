import { findPreset, listPresets, Preset } from '../../core/data/presets';
import { readPresetFiles } from '../../../test/helpers/data-files';
import { allFigures, filterPresets, galleryRow, isStale, newestFigureDate, oneYearBefore } from './gallery';

type RawPreset = { ticker: string; contracts?: { counterparty: string }[] } & Record<string, unknown>;
const files = readPresetFiles<RawPreset>();
const presets = listPresets();

/** Every as_of in a raw preset file, read without the code under test. */
function rawDates(file: RawPreset): string[] {
  return Object.values(file)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((entry): entry is { as_of: string } => typeof entry === 'object' && entry !== null && 'as_of' in entry)
    .map((entry) => entry.as_of);
}

describe('galleryRow', () => {
  it('IREN: name, secured power, AI contracted MW, contracts and data date (data/presets/IREN.json)', () => {
    expect(galleryRow(findPreset('IREN') as Preset)).toEqual({
      ticker: 'IREN',
      name: 'IREN',
      powerMw: 4500,
      aiContractedItMw: 200,
      contractCount: 1,
      dataDate: '2026-03-31',
    });
  });

  it('leaves out what a preset does not give (BITF has no power or AI figure)', () => {
    const row = galleryRow(findPreset('BITF') as Preset);
    expect(row.powerMw).toBeUndefined();
    expect(row.aiContractedItMw).toBeUndefined();
    expect(row.contractCount).toBe(0);
  });
});

describe('filterPresets', () => {
  it('shows every preset for a blank query', () => {
    expect(filterPresets(presets, '  ').map((preset) => preset.ticker)).toEqual(files.map((file) => file.ticker));
  });

  it('finds by ticker in any case: "iren" -> IREN only', () => {
    expect(filterPresets(presets, 'iren').map((preset) => preset.ticker)).toEqual(['IREN']);
    expect(filterPresets(presets, 'IrEn').map((preset) => preset.ticker)).toEqual(['IREN']);
  });

  it('finds by name ("digital")', () => {
    const names = (file: RawPreset) => [file.name].flat() as { value: string }[];
    const expected = files.filter((file) => names(file).some((name) => /digital/i.test(name.value))).map((file) => file.ticker);
    expect(expected.length).toBeGreaterThan(1);
    expect(filterPresets(presets, 'digital').map((preset) => preset.ticker)).toEqual(expected);
  });

  it('finds by contract counterparty ("fluidstack" -> the presets with a Fluidstack contract)', () => {
    const expected = files.filter((file) => (file.contracts ?? []).some((contract) => /fluidstack/i.test(contract.counterparty))).map((file) => file.ticker);
    expect(expected).toContain('CIFR');
    expect(filterPresets(presets, 'fluidstack').map((preset) => preset.ticker)).toEqual(expected);
  });

  it('needs every word: "hut fluidstack" -> HUT; "iren fluidstack" -> none', () => {
    expect(filterPresets(presets, 'hut fluidstack').map((preset) => preset.ticker)).toEqual(['HUT']);
    expect(filterPresets(presets, 'iren fluidstack')).toEqual([]);
  });
});

describe('staleness', () => {
  it('the newest figure date is the newest as_of in all preset files', () => {
    const newest = files.flatMap(rawDates).sort().pop();
    expect(newestFigureDate(presets)).toBe(newest);
    expect(newestFigureDate([])).toBe('');
  });

  it('one year before, with 29 February clipped to the 28th', () => {
    expect(oneYearBefore('2026-06-30')).toBe('2025-06-30');
    expect(oneYearBefore('2028-02-29')).toBe('2027-02-28');
    expect(() => oneYearBefore('2026-13-01')).toThrow(RangeError);
  });

  it('stale means dated before the cutoff; the cutoff day itself is not stale', () => {
    const figure = (as_of: string) => ({ value: 1, unit: 'MW', as_of, source: 'https://example.com' });
    expect(isStale(figure('2025-06-29'), '2025-06-30')).toBe(true);
    expect(isStale(figure('2025-06-30'), '2025-06-30')).toBe(false);
  });

  it("IREN's December-2024 hashrate is stale against the set; its February-2026 power capacity is not", () => {
    const cutoff = oneYearBefore(newestFigureDate(presets));
    const iren = findPreset('IREN') as Preset;
    const byField = (value: number) => allFigures(iren).find((figure) => figure.value === value);
    expect(isStale(byField(31) as never, cutoff)).toBe(true);
    expect(isStale(byField(4500) as never, cutoff)).toBe(false);
  });
});
