import { readDataFile, readPresetFiles } from '../../../test/helpers/data-files';
import { Figure, figureHistory, findPreset, latestFigure, listPresets, newestAsOf, Preset, presetFields } from './presets';

const files = readPresetFiles<Preset>();

function figure(value: number, asOf: string): Figure {
  return { value, unit: 'MW', as_of: asOf, source: 'https://example.invalid/' };
}

describe('presetFields', () => {
  it('lists the scalar fields of the preset schema, in its order, name first', () => {
    const schema = readDataFile<{ properties: Record<string, unknown> }>('schema/preset.schema.json');
    const scalar = Object.keys(schema.properties).filter((key) => !['ticker', 'contracts', 'convertible_notes', 'notes'].includes(key));
    expect(presetFields).toEqual(scalar);
    expect(presetFields[0]).toBe('name');
    expect(presetFields).toHaveLength(15);
  });

  it('covers every scalar field a preset file uses', () => {
    for (const preset of files) {
      for (const key of Object.keys(preset)) {
        if (!['ticker', 'contracts', 'convertible_notes', 'notes'].includes(key)) expect(presetFields).toContain(key);
      }
    }
  });
});

describe('listPresets', () => {
  it('gives every preset file once, sorted by ticker', () => {
    const tickers = listPresets().map((preset) => preset.ticker);
    expect(tickers).toEqual(files.map((preset) => preset.ticker).sort());
    expect(tickers).toContain('IREN');
    expect(new Set(tickers).size).toBe(tickers.length);
  });
});

describe('findPreset', () => {
  it.each(['IREN', 'iren', ' iren ', '\tIrEn\n'])('finds IREN from %p', (ticker) => {
    expect(findPreset(ticker)?.ticker).toBe('IREN');
  });

  it.each(['XYZ', '', 'IRE', 'IREN X'])('finds nothing for %p', (ticker) => {
    expect(findPreset(ticker)).toBeUndefined();
  });
});

describe('figureHistory', () => {
  it('gives none for an absent field and one for a single figure', () => {
    expect(figureHistory(undefined)).toEqual([]);
    expect(figureHistory(figure(1, '2025-01-01'))).toEqual([figure(1, '2025-01-01')]);
  });

  it('sorts a history ascending by as_of without changing the input', () => {
    const input = [figure(3, '2025-03-01'), figure(1, '2024-01-01'), figure(2, '2024-06-30')];
    expect(figureHistory(input).map((f) => f.value)).toEqual([1, 2, 3]);
    expect(input.map((f) => f.value)).toEqual([3, 1, 2]);
  });
});

describe('latestFigure', () => {
  const history = [figure(1, '2024-01-31'), figure(2, '2024-06-30'), figure(3, '2025-03-31')];

  it('takes the latest figure without a date', () => {
    expect(latestFigure(history)?.value).toBe(3);
    expect(latestFigure(figure(7, '2020-01-01'))?.value).toBe(7);
  });

  it.each([
    ['2024-01-30', undefined],
    ['2024-01-31', 1],
    ['2024-02-01', 1],
    ['2024-06-29', 1],
    ['2024-06-30', 2],
    ['2025-03-30', 2],
    ['2025-03-31', 3],
    ['2099-12-31', 3],
  ])('on %s gives %p', (date, value) => {
    expect(latestFigure(history, date)?.value).toBe(value);
  });

  it('gives nothing for an absent field', () => {
    expect(latestFigure(undefined)).toBeUndefined();
    expect(latestFigure(undefined, '2025-01-01')).toBeUndefined();
  });

  // data/presets/IREN.json: secured power 2,910 MW (2025-11-30), then > 4.5 GW (2026-02-05).
  it('reads IREN power capacity history from the preset', () => {
    const iren = findPreset('IREN')!;
    expect(latestFigure(iren.power_capacity_mw)?.value).toBe(4500);
    expect(latestFigure(iren.power_capacity_mw, '2026-02-04')?.value).toBe(2910);
    expect(latestFigure(iren.power_capacity_mw, '2025-11-29')).toBeUndefined();
  });
});

describe('newestAsOf', () => {
  it('is the newest date among figures and contract signings', () => {
    const preset: Preset = {
      ticker: 'TEST',
      name: { value: 'Test', unit: 'text', as_of: '2024-01-01', source: 'https://example.invalid/' },
      hashrate_ehs: [figure(1, '2024-05-01'), figure(2, '2025-02-01')],
      contracts: [
        {
          counterparty: 'X',
          kind: 'lease',
          it_load_mw: 1,
          contract_value_usd: 1,
          term_years: 1,
          signed: '2025-06-01',
          source: 'https://example.invalid/',
        },
      ],
    };
    expect(newestAsOf(preset)).toBe('2025-06-01');
    expect(newestAsOf({ ...preset, contracts: [] })).toBe('2025-02-01');
  });

  it('matches a direct scan of every preset file', () => {
    for (const file of files) {
      const dates: string[] = [];
      for (const [key, value] of Object.entries(file)) {
        if (key === 'contracts') for (const c of value as { signed: string }[]) dates.push(c.signed);
        else if (key !== 'ticker' && key !== 'notes') {
          for (const f of ([] as Figure[]).concat(value as Figure | Figure[])) dates.push(f.as_of);
        }
      }
      expect(newestAsOf(findPreset(file.ticker)!)).toBe(dates.sort()[dates.length - 1]);
    }
  });
});
