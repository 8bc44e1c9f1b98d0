import { findPreset, listPresets, Preset } from '../../core/data/presets';
import { readPresetFiles } from '../../../test/helpers/data-files';
import { figureAge } from '../data-age';
import { allFigures, filterPresets, galleryRow } from './gallery';

type RawPreset = { ticker: string; contracts?: { counterparty: string }[] } & Record<string, unknown>;
const files = readPresetFiles<RawPreset>();
const presets = listPresets();

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
  it("IREN's December-2024 hashrate is stale on 2026-03-01; its February-2026 power capacity is not", () => {
    const iren = findPreset('IREN') as Preset;
    const byField = (value: number) => allFigures(iren).find((figure) => figure.value === value) as { as_of: string };
    expect(figureAge(byField(31).as_of, '2026-03-01').stale).toBe(true);
    expect(figureAge(byField(4500).as_of, '2026-03-01').stale).toBe(false);
  });
});
