/**
 * The data functions through the Excel layer: argument normalisation, error codes and exact
 * messages, as_of_date on, before and after each dated figure, text results and spills.
 * Expectations are computed from the data files themselves, plus a few literal figures with
 * their published source.
 */
import { presetFields } from '../../src/core/data/presets';
import { miner } from '../helpers/miner';
import { readDataFile, readPresetFiles, serial, shiftDays } from '../helpers/data-files';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

const { ASIC, COMPANIES, COMPANY, CONTRACTS, NETWORK } = miner;

type Figure = { value: number | string; as_of: string };
type Preset = Record<string, unknown> & { ticker: string; contracts?: Record<string, number | string>[] };
const presets = readPresetFiles<Preset>();
const tickers = presets.map((p) => p.ticker);

/**
 * A lookup by name and field answers the same whichever way the user spells them: each
 * spelling of the name with each field in lower and in upper case.
 */
function expectAnySpelling(lookup: (name: string, field: string) => unknown, names: readonly string[], fields: Readonly<Record<string, unknown>>): void {
  for (const name of names) {
    for (const [field, expected] of Object.entries(fields)) {
      for (const spelled of [field.toLowerCase(), field.toUpperCase()]) expect(lookup(name, spelled)).toBe(expected);
    }
  }
}

function expectRectangular(table: unknown[][], width: number): void {
  expect(table.length).toBeGreaterThan(0);
  for (const row of table) expect(row.length).toBe(width);
}

describe('COMPANY', () => {
  // IREN–Microsoft, 200 MW IT (marketchameleon.com, 2025-11-03).
  it('gives IREN contracted AI IT load of 200 MW, whatever the spacing and case of the ticker', () => {
    expectAnySpelling(COMPANY, ['IREN', ' iren ', 'Iren'], { ai_contracted_it_mw: 200 });
  });

  it('returns text for name', () => {
    expect(COMPANY('APLD', 'name')).toBe('Applied Digital');
  });

  it('treats a blank as_of_date (null, undefined or empty text) as the latest figure', () => {
    expect(COMPANY('IREN', 'power_capacity_mw', null as unknown as number)).toBe(4500);
    expect(COMPANY('IREN', 'power_capacity_mw', undefined)).toBe(4500);
    expect(COMPANY('IREN', 'power_capacity_mw', '' as unknown as number)).toBe(4500);
  });

  it('picks each history entry on, before and after its as_of date, for every preset figure', () => {
    for (const preset of presets) {
      for (const field of presetFields) {
        if (preset[field] === undefined) continue;
        const history = ([] as Figure[]).concat(preset[field] as Figure).sort((a, b) => a.as_of.localeCompare(b.as_of));
        expect(COMPANY(preset.ticker, field)).toBe(history[history.length - 1].value);
        for (const figure of history) {
          for (const day of [shiftDays(figure.as_of, -1), figure.as_of, shiftDays(figure.as_of, 1)]) {
            const eligible = history.filter((f) => f.as_of <= day);
            if (eligible.length > 0) {
              expect(COMPANY(preset.ticker, field, serial(day))).toBe(eligible[eligible.length - 1].value);
            } else {
              expect(excelError(() => COMPANY(preset.ticker, field, serial(day)))).toEqual({
                code: '#N/A',
                message: `no ${preset.ticker} ${field} on or before ${day}; the first is ${history[0].as_of}`,
              });
            }
          }
        }
      }
    }
  });

  // IREN secured power: 2,910 MW (2025-11-30, Q1 FY26), > 4.5 GW (2026-02-05, Q2 FY26).
  it('picks IREN power capacity by date', () => {
    expect(COMPANY('IREN', 'power_capacity_mw', serial('2025-11-30'))).toBe(2910);
    expect(COMPANY('IREN', 'power_capacity_mw', serial('2026-02-04'))).toBe(2910);
    expect(COMPANY('IREN', 'power_capacity_mw', serial('2026-02-05'))).toBe(4500);
    expect(excelError(() => COMPANY('IREN', 'power_capacity_mw', serial('2024-01-01')))).toEqual({
      code: '#N/A',
      message: 'no IREN power_capacity_mw on or before 2024-01-01; the first is 2025-11-30',
    });
  });

  it('answers #N/A listing the tickers for an unknown ticker', () => {
    expect(excelError(() => COMPANY('XYZ', 'name'))).toEqual({
      code: '#N/A',
      message: `unknown ticker "XYZ"; available: ${tickers.join(', ')}`,
    });
  });

  it('answers #N/A listing the fields for an unknown field', () => {
    expect(excelError(() => COMPANY('IREN', 'ebitda'))).toEqual({
      code: '#N/A',
      message: `unknown field "ebitda"; available: ${presetFields.join(', ')}`,
    });
  });

  it('answers #N/A for a field the company has no figure for', () => {
    expect(excelError(() => COMPANY('IREN', 'energized_mw'))).toEqual({
      code: '#N/A',
      message: 'IREN has no sourced figure for energized_mw',
    });
  });

  it.each([
    [() => COMPANY(null as unknown as string, 'name'), 'ticker is required (got blank)'],
    [() => COMPANY('IREN', '' as string), 'field is required (got blank)'],
    [() => COMPANY(5 as unknown as string, 'name'), 'ticker must be text or a company card (COMPANY_CARD) (got 5)'],
    [() => COMPANY('IREN', 'name', 'soon' as unknown as number), 'as_of_date must be a number (got "soon")'],
    [
      () => COMPANY('IREN', 'name', 0),
      'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got 0)',
    ],
  ])('answers #VALUE! for bad input (%#)', (call, message) => {
    expect(excelError(call)).toEqual({ code: '#VALUE!', message });
  });
});

describe('COMPANIES', () => {
  it('spills a header row and one row a preset, sorted by ticker', () => {
    const table = COMPANIES();
    expectRectangular(table, 3);
    expect(table[0]).toEqual(['ticker', 'name', 'data_as_of']);
    expect(table.slice(1).map((row: unknown[]) => row[0])).toEqual(tickers);
    expect(COMPANIES(true)).toEqual(table);
    expect(COMPANIES(null as unknown as boolean)).toEqual(table);
  });

  it('drops the header row with headers FALSE (a boolean, 0 or the text FALSE)', () => {
    const table = COMPANIES(false);
    expectRectangular(table, 3);
    expect(table).toEqual(COMPANIES().slice(1));
    expect(COMPANIES(0 as unknown as boolean)).toEqual(table);
    expect(COMPANIES('false' as unknown as boolean)).toEqual(table);
  });

  it('gives each company its name and the serial of its newest figure or contract', () => {
    for (const row of COMPANIES(false)) {
      const preset = presets.find((p) => p.ticker === row[0])!;
      const dates: string[] = (preset.contracts ?? []).map((c) => c.signed as string);
      for (const field of presetFields) {
        if (preset[field] !== undefined) dates.push(...([] as Figure[]).concat(preset[field] as Figure).map((f) => f.as_of));
      }
      expect(row[1]).toBe(COMPANY(preset.ticker, 'name'));
      expect(row[2]).toBe(serial(dates.sort()[dates.length - 1]));
    }
  });

  it('answers #VALUE! for a headers value that is not TRUE or FALSE', () => {
    expect(excelError(() => COMPANIES('maybe' as unknown as boolean))).toEqual({
      code: '#VALUE!',
      message: 'headers must be TRUE or FALSE (got "maybe")',
    });
  });
});

describe('CONTRACTS', () => {
  // IREN–Microsoft (marketchameleon.com, 2025-11-03): 200 MW, $9.7B, 5 years -> 9.7e9 / 5 / 200
  // = $9,700,000 per MW-year; signed 2025-11-03 = serial 45964.
  it('spills IREN Microsoft with revenue per MW-year 9,700,000', () => {
    expect(CONTRACTS(' iren ')).toEqual([
      ['counterparty', 'kind', 'it_load_mw', 'contract_value_usd', 'term_years', 'revenue_usd_per_mw_year', 'signed'],
      ['Microsoft', 'gpu_cloud', 200, 9_700_000_000, 5, 9_700_000, 45964],
    ]);
  });

  it('spills every contract of every preset rectangularly, with and without headers', () => {
    for (const preset of presets) {
      const contracts = preset.contracts ?? [];
      if (contracts.length === 0) continue;
      const withHeaders = CONTRACTS(preset.ticker);
      const rows = CONTRACTS(preset.ticker, false);
      expectRectangular(withHeaders, 7);
      expect(withHeaders.slice(1)).toEqual(rows);
      expect(rows.length).toBe(contracts.length);
      rows.forEach((row: unknown[], i: number) => {
        const c = contracts[i];
        expect(row.slice(0, 5)).toEqual([c.counterparty, c.kind, c.it_load_mw, c.contract_value_usd, c.term_years]);
        expectClose(row[5] as number, (c.contract_value_usd as number) / (c.term_years as number) / (c.it_load_mw as number));
        expect(row[6]).toBe(serial(c.signed as string));
      });
    }
  });

  it('answers #N/A for a company without contracts and for an unknown ticker', () => {
    expect(excelError(() => CONTRACTS('MARA'))).toEqual({ code: '#N/A', message: 'MARA has no AI/HPC contracts in the presets' });
    expect(excelError(() => CONTRACTS('XYZ'))).toEqual({
      code: '#N/A',
      message: `unknown ticker "XYZ"; available: ${tickers.join(', ')}`,
    });
  });

  it('answers #VALUE! for a blank ticker', () => {
    expect(excelError(() => CONTRACTS(undefined as unknown as string))).toEqual({
      code: '#VALUE!',
      message: 'ticker is required (got blank)',
    });
  });
});

describe('ASIC', () => {
  // data/asics.json, Antminer S21: 17.5 J/TH, 200 TH/s, 3,500 W (d-central.tech).
  it('gives the Antminer S21 specs, whatever the case and spacing of the model', () => {
    expectAnySpelling(ASIC, ['antminer s21', '  Antminer   S21 ', 'ANTMINER S21'], { efficiency_j_per_th: 17.5, hashrate_ths: 200, power_w: 3500 });
  });

  it('answers #N/A listing what exists', () => {
    const file = readDataFile<{ machines: { model: string }[] }>('asics.json');
    expect(excelError(() => ASIC('S99', 'power_w'))).toEqual({
      code: '#N/A',
      message: `unknown ASIC model "S99"; available: ${file.machines.map((m) => m.model).join(', ')}`,
    });
    // "S21" is Antminer S21 (3,500 W, d-central.tech); "S19" begins only the S19 XP, another machine.
    expect(ASIC('S21', 'power_w')).toBe(3500);
    expect(excelError(() => ASIC('S19', 'power_w'))).toEqual({
      code: '#N/A',
      message: 'ASIC model "S19" names no single model; candidates: Antminer S19 XP',
    });
    expect(excelError(() => ASIC('Antminer S21', 'price'))).toEqual({
      code: '#N/A',
      message: 'unknown field "price"; available: hashrate_ths, power_w, efficiency_j_per_th, released',
    });
    expect(excelError(() => ASIC('Antminer S23 Hydro', 'power_w'))).toEqual({
      code: '#N/A',
      message: 'Antminer S23 Hydro has no sourced figure for power_w; it has: hashrate_ths, efficiency_j_per_th, released',
    });
  });

  it('answers #VALUE! for a blank model', () => {
    expect(excelError(() => ASIC('', 'power_w'))).toEqual({ code: '#VALUE!', message: 'model is required (got blank)' });
  });
});

describe('NETWORK', () => {
  type Row = { date: string } & Record<string, { value: number } | string | undefined>;
  const rows = readDataFile<{ rows: Row[] }>('network.json').rows.sort((a, b) => a.date.localeCompare(b.date));

  // data/network.json 2026-01-12 (Hashrate Index): difficulty 146.47T, BTC $91,132.
  it('gives the 2026-01-12 difficulty, price, hashrate and date', () => {
    const day = serial('2026-01-12');
    expect(NETWORK('difficulty', day)).toBe(146_470_000_000_000);
    expect(NETWORK('btc_price_usd', day)).toBe(91_132);
    // 146.47e12 × 2^32 / 600 / 1e18 = 1,048.4731 EH/s
    expectClose(NETWORK('network_hashrate_ehs', day), 1048.4731, 1e-7);
    expect(NETWORK('date', day)).toBe(day);
  });

  it("reads each field's latest figure on, before and after each row date; as_of and date name its row", () => {
    const stored = ['btc_price_usd', 'difficulty', 'fees_btc_per_block', 'block_height'];
    const complete = rows.filter((r) => stored.every((f) => r[f] !== undefined));
    for (const field of stored) {
      const holding = rows.filter((r) => r[field] !== undefined);
      for (const row of rows) {
        for (const day of [shiftDays(row.date, -1), row.date, shiftDays(row.date, 1)]) {
          const eligible = holding.filter((r) => r.date <= day);
          if (eligible.length === 0) {
            expect(excelError(() => NETWORK(field, serial(day)))).toEqual({
              code: '#N/A',
              message: `no network ${field} on or before ${day}; the first is ${holding[0].date}`,
            });
          } else {
            const used = eligible[eligible.length - 1];
            expect(NETWORK(field, serial(day))).toBe((used[field] as { value: number }).value);
            expect(NETWORK(field, serial(day), 'as_of')).toBe(serial(used.date));
          }
        }
      }
      // No date: the newest complete snapshot, the same row for every field.
      const snapshot = complete[complete.length - 1];
      expect(NETWORK(field)).toBe((snapshot[field] as { value: number }).value);
      expect(NETWORK(field, undefined, 'as_of')).toBe(NETWORK('date'));
    }
  });

  // Hashrate Index roundup of 2025-11-03 (mining.md): ~$106,935; the 2024-11-12 row's $87,235 is a year older.
  it('gives the 2025-11-03 price for 2025-11-03, dated by part as_of and by date', () => {
    const day = serial('2025-11-03');
    expect(NETWORK('btc_price_usd', day)).toBe(106_935);
    expect(NETWORK('btc_price_usd', day, 'as_of')).toBe(day);
    expect(NETWORK('date', day)).toBe(day);
  });

  it("gives a figure's as_of, unit, source and note with part", () => {
    // data/network.json: the newest complete snapshot, 2026-10-05 (blockchain.info capture).
    expect(NETWORK('date')).toBe(serial('2026-10-05'));
    expect(NETWORK('btc_price_usd', undefined, 'as_of')).toBe(serial('2026-10-05'));
    expect(NETWORK('fees_btc_per_block', undefined, 'unit')).toBe('BTC');
    expect(NETWORK('difficulty', undefined, 'source')).toBe('https://api.blockchain.info/stats');
    expect(excelError(() => NETWORK('difficulty', undefined, 'link'))).toEqual({
      code: '#N/A',
      message: 'unknown part "link"; available: value, as_of, unit, source, note',
    });
  });

  it('answers #N/A listing the fields for an unknown field', () => {
    expect(excelError(() => NETWORK('hashprice'))).toEqual({
      code: '#N/A',
      message:
        'unknown field "hashprice"; available: btc_price_usd, difficulty, network_hashrate_ehs, fees_btc_per_block, block_height, date',
    });
  });

  it('answers #VALUE! for a blank field or a bad date', () => {
    expect(excelError(() => NETWORK(null as unknown as string))).toEqual({ code: '#VALUE!', message: 'field is required (got blank)' });
    expect(excelError(() => NETWORK('difficulty', -1))).toEqual({
      code: '#VALUE!',
      message: 'as_of_date must be a date (a serial from 61, 1900-03-01, to 2958465, 9999-12-31) (got -1)',
    });
  });
});
