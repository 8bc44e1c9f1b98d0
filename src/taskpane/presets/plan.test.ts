import { Contract, findPreset, listPresets, Preset } from '../../core/data/presets';
import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { parseAddress } from '../../sheet/a1';
import { isValidExcelName, isValidSheetName } from '../excel-names';
import {
  figureName,
  formulaColumnWrites,
  namePrefix,
  numberFormatFor,
  planPresetInsert,
  presetSheetName,
  tableNumberFormats,
  tableValues,
} from './plan';

const iren = findPreset('IREN') as Preset;
const plan = planPresetInsert(iren);
const [figures, contracts] = plan.tables;

describe('planPresetInsert: IREN (data/presets/IREN.json)', () => {
  it('puts the preset on a sheet named after the ticker, titled with the name and the subtitle', () => {
    expect(plan.sheetName).toBe('IREN');
    expect(plan.headings).toEqual([
      { address: 'A1', text: 'IREN', style: 'title' },
      { address: 'A2', text: 'Sourced figures — each with its date and source', style: 'subtitle' },
      { address: 'A3', text: 'Ticker', style: 'subtitle' },
      { address: 'B3', text: 'IREN', style: 'ticker' },
    ]);
    expect(planPresetInsert(iren, { subtitle: 'x' }).headings[1].text).toBe('x');
    expect(planPresetInsert(iren, { tickerLabel: 'ティッカー' }).headings[2].text).toBe('ティッカー');
  });

  it('names the ticker cell IREN_TICKER, so a model that takes a ticker follows the preset', () => {
    const tickerName = plan.names.find((name) => name.name === 'IREN_TICKER');
    expect(tickerName?.reference).toBe("='IREN'!$B$3");
    expect(plan.headings.find((heading) => heading.address === 'B3')?.text).toBe('IREN');
    expect(planPresetInsert(findPreset('HUT') as Preset).headings[0].text).toBe('Hut 8 (HUT)');
  });

  it('lists every figure, latest first within a field, with a real date and its source', () => {
    expect(figures.name).toBe('IREN_Figures');
    expect(figures.header).toEqual(['field', 'value', 'unit', 'as_of', 'source', 'note']);
    // data/presets/IREN.json: 1 name + 2 power capacity + 1 AI + 4 hashrate + 2 efficiency + 2 power price
    // + 3 BTC mined + 3 cash cost + 3 shares + 4 cash + 1 debt = 26 rows under the header in row 4.
    expect(figures.address).toBe('A4:F30');
    expect(figures.rows.map((row) => [row[0], row[1]])).toEqual([
      ['name', 'IREN'],
      ['power_capacity_mw', 4500],
      ['power_capacity_mw', 2910],
      ['ai_contracted_it_mw', 200],
      ['hashrate_ehs', 44],
      ['hashrate_ehs', 38.4],
      ['hashrate_ehs', 28.7],
      ['hashrate_ehs', 31],
      ['fleet_efficiency_j_per_th', 15],
      ['fleet_efficiency_j_per_th', 15],
      ['power_price_usd_per_kwh', 0.0296],
      ['power_price_usd_per_kwh', 0.0242],
      ['btc_mined_per_month', 668],
      ['btc_mined_per_month', 627],
      ['btc_mined_per_month', 459],
      ['cash_cost_usd_per_btc', 38791],
      ['cash_cost_usd_per_btc', 27033],
      ['cash_cost_usd_per_btc', 28341],
      ['shares_outstanding', 333_700_000],
      ['shares_outstanding', 298_000_000],
      ['shares_outstanding', 270_700_000],
      ['cash_usd', 2_800_000_000],
      ['cash_usd', 3_260_000_000],
      ['cash_usd', 1_800_000_000],
      ['cash_usd', 1_030_000_000],
      ['debt_usd', 3_655_700_000],
    ]);
    const oldestHashrate = figures.rows[7];
    expect(oldestHashrate).toEqual([
      'hashrate_ehs',
      31,
      'EH/s',
      serial('2024-12-31'),
      'https://fwb.einnews.com/pr_news/774780729/iren-december-2024-monthly-update',
      expect.stringContaining('[U]'),
    ]);
    expect(figures.numberFormats[7]).toEqual(['@', '#,##0', '@', 'yyyy-mm-dd', '@', '@']);
    expect(figures.numberFormats[10][1]).toBe('#,##0.0000');
    expect(figures.numberFormats[0][1]).toBe('@');
  });

  it('makes the contracts a table of their own beside the figures, with revenue per MW-year as a calculated column', () => {
    expect(contracts.name).toBe('IREN_Contracts');
    expect(contracts.address).toBe('H4:P5');
    const header = 'counterparty kind it_load_mw contract_value_usd term_years prepayment_share revenue_per_mw_year signed source';
    expect(contracts.header).toEqual(header.split(' '));
    const microsoft = iren.contracts?.[0] as Contract;
    expect(contracts.rows).toEqual([
      ['Microsoft', 'gpu_cloud', 200, 9_700_000_000, 5, 0.2, '=[@contract_value_usd]/([@term_years]*[@it_load_mw])', serial('2025-11-03'), microsoft.source],
    ]);
    expect(contracts.numberFormats[0]).toEqual(['@', '@', '#,##0', '#,##0', '#,##0', '0%', '#,##0', 'yyyy-mm-dd', '@']);
    expect(formulaColumnWrites(contracts)).toEqual([{ address: 'N5', formulas: [['=[@contract_value_usd]/([@term_years]*[@it_load_mw])']] }]);
    expect(tableValues(contracts)[1][6]).toBe('');
    expect(tableValues(contracts)[0]).toEqual(contracts.header);
  });

  it('names the latest value cell of each field, so formulas read IREN_FLEET_EFFICIENCY_J_PER_TH', () => {
    expect(plan.names.map((name) => [name.name, name.reference])).toEqual([
      ['IREN_TICKER', "='IREN'!$B$3"],
      ['IREN_NAME', "='IREN'!$B$5"],
      ['IREN_POWER_CAPACITY_MW', "='IREN'!$B$6"],
      ['IREN_AI_CONTRACTED_IT_MW', "='IREN'!$B$8"],
      ['IREN_HASHRATE_EHS', "='IREN'!$B$9"],
      ['IREN_FLEET_EFFICIENCY_J_PER_TH', "='IREN'!$B$13"],
      ['IREN_POWER_PRICE_USD_PER_KWH', "='IREN'!$B$15"],
      ['IREN_BTC_MINED_PER_MONTH', "='IREN'!$B$17"],
      ['IREN_CASH_COST_USD_PER_BTC', "='IREN'!$B$20"],
      ['IREN_SHARES_OUTSTANDING', "='IREN'!$B$23"],
      ['IREN_CASH_USD', "='IREN'!$B$26"],
      ['IREN_DEBT_USD', "='IREN'!$B$30"],
    ]);
    expect(plan.names.every((name) => name.comment.length <= 255)).toBe(true);
  });

  it('links every source cell to its URL', () => {
    expect(plan.links[0]).toEqual({ address: 'E5', url: 'https://www.stocktitan.net/news/IREN/iren-reports-q2-fy26-kw2ckij7k65o.html' });
    expect(plan.links).toHaveLength(figures.rows.length + contracts.rows.length);
    expect(plan.links[plan.links.length - 1]).toEqual({ address: 'P5', url: iren.contracts?.[0].source });
  });
});

describe('planPresetInsert: every preset in data/presets', () => {
  const files = readPresetFiles<{ ticker: string; contracts?: unknown[] }>();

  it.each(files.map((file) => file.ticker))('%s: valid names, tables that fit their addresses, a name per field', (ticker) => {
    const preset = findPreset(ticker) as Preset;
    const result = planPresetInsert(preset);
    expect(isValidSheetName(result.sheetName)).toBe(true);
    for (const table of result.tables) {
      const box = parseAddress(table.address);
      expect(isValidExcelName(table.name)).toBe(true);
      expect(box.bottom - box.top).toBe(table.rows.length);
      expect(box.right - box.left + 1).toBe(table.header.length);
      expect(tableNumberFormats(table).map((row) => row.length)).toEqual(tableValues(table).map((row) => row.length));
      expect(table.columnWidths).toHaveLength(table.header.length);
    }
    expect(result.tables.map((table) => table.name)).toEqual(preset.contracts?.length ? [`${ticker}_Figures`, `${ticker}_Contracts`] : [`${ticker}_Figures`]);
    expect(result.names.every((name) => isValidExcelName(name.name))).toBe(true);
    const fields = Object.keys(files.find((file) => file.ticker === ticker) as object).filter((key) => !['ticker', 'contracts', 'convertible_notes', 'notes'].includes(key));
    expect(result.names.map((name) => name.name).sort()).toEqual(['ticker', ...fields].map((field) => figureName(ticker, field)).sort());
  });

  it('gives every name a cell holding the latest figure of its field', () => {
    for (const preset of listPresets()) {
      const result = planPresetInsert(preset);
      const rowsBySheetRow = new Map(result.tables[0].rows.map((row, index) => [index + 5, row]));
      for (const name of result.names.filter((item) => item.name !== figureName(preset.ticker, 'ticker'))) {
        const row = rowsBySheetRow.get(parseAddress(name.reference.slice(1)).top) as (string | number)[];
        expect(name.name).toBe(figureName(preset.ticker, String(row[0])));
        const dates = result.tables[0].rows.filter((other) => other[0] === row[0]).map((other) => Number(other[3]));
        expect(Number(row[3])).toBe(Math.max(...dates));
      }
    }
  });
});

describe('naming helpers', () => {
  it('keeps names to letters, digits and underscores', () => {
    expect(namePrefix('hut')).toBe('HUT');
    expect(namePrefix('BRK.B')).toBe('BRK_B');
    expect(namePrefix('3MX')).toBe('_3MX');
    expect(figureName('CIFR', 'hashrate_ehs')).toBe('CIFR_HASHRATE_EHS');
  });

  it('makes sheet names Excel accepts, at most 31 characters', () => {
    expect(presetSheetName('IREN')).toBe('IREN');
    expect(presetSheetName('A/B:C')).toBe('A_B_C');
    expect(presetSheetName('X'.repeat(40))).toHaveLength(31);
  });

  it('formats numbers with the decimals they have', () => {
    expect(numberFormatFor(4500)).toBe('#,##0');
    expect(numberFormatFor(0.0242)).toBe('#,##0.0000');
    expect(numberFormatFor(17.5)).toBe('#,##0.0');
  });
});
