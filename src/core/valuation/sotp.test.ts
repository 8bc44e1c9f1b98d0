import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { Figure } from '../data/presets';
import { dilutedShares } from './diluted-shares';
import { checkedCore } from '../params';
import { debtLessConvertedPart, noSourcedFigure, sotpHeaders, sotpParams, sotpTable } from './sotp';

/** The core behind the boundary's rule checks, as the Excel layer calls it. */
const checkedSotpTable = checkedCore(sotpParams, sotpTable);

const presets = readPresetFiles<{ ticker: string } & Record<string, Figure | Figure[] | string>>();
/** The latest figure of a field in a preset file. */
function latest(ticker: string, field: string): Figure {
  const value = presets.find((file) => file.ticker === ticker)![field] as Figure | Figure[];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

describe('sotpTable', () => {
  // data/presets/HUT.json: 245 MW contracted (2025-12-17), 8,500 MW pipeline (2025-12-31),
  // 16,331 BTC, $160.0M cash, $359.3M debt, 111.0M shares (2026-03-31), no notes, no hashrate.
  // Multiples (the analyst's): $17M/MW contracted, $5M/MW pipeline at 50%, BTC $100,000, $1M/EH/s.
  const rows = checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, undefined, true);

  it('values every part it has a sourced figure for, with its date and source', () => {
    expect(rows[0]).toEqual(sotpHeaders);
    const shares = 111_000_000;
    const part = (name: string, field: string, basis: number, unit: string, multiple: number, value: number) => [
      name, basis, unit, multiple, value, value / shares, serial(latest('HUT', field).as_of), latest('HUT', field).source,
    ];
    expect(rows[2]).toEqual(part('contracted AI/HPC', 'ai_contracted_it_mw', 245, 'MW', 17_000_000, 4_165_000_000));
    // the pipeline's multiple is the value per MW times the probability: 5M × 0.5
    expect(rows[3]).toEqual(part('pipeline', 'pipeline_mw', 8500, 'MW', 2_500_000, 21_250_000_000));
    expect(rows[4]).toEqual(part('BTC', 'btc_holdings', 16_331, 'BTC', 100_000, 1_633_100_000));
    expect(rows[5]).toEqual(part('cash', 'cash_usd', 160_000_000, 'USD', 1, 160_000_000));
    expect(rows[6]).toEqual(part('debt', 'debt_usd', 359_300_000, 'USD', -1, -359_300_000));
  });

  it('shows a part the preset lacks as a blank basis, 0 value and "no sourced figure"', () => {
    expect(rows[1]).toEqual(['mining', '', 'EH/s', 1_000_000, 0, 0, '', noSourcedFigure]);
  });

  it('totals: equity, diluted shares, value per share and upside', () => {
    // 4,165.0M + 21,250.0M + 1,633.1M + 160.0M − 359.3M = 26,848.8M; ÷ 111.0M = 241.8810…
    expect(rows[7]).toEqual(['equity value', '', '', '', 26_848_800_000, 26_848_800_000 / 111_000_000, '', '']);
    expect(rows[8]).toEqual(['diluted shares', 111_000_000, 'shares', '', '', '', serial(latest('HUT', 'shares_outstanding').as_of), latest('HUT', 'shares_outstanding').source]);
    expect(rows[9]).toEqual(['value per share', '', '', '', '', 26_848_800_000 / 111_000_000, '', '']);
    expect(rows[10][0]).toBe('upside');
    expect(rows[10][1]).toBeCloseTo(26_848_800_000 / 111_000_000 / 50 - 1, 12);
  });

  it('invariants: the parts add up to the equity value, value per share is equity ÷ diluted shares', () => {
    for (const [ticker, price] of [['IREN', 40], ['IREN', 100], ['HUT', 50], ['CLSK', 12], ['RIOT', 15]] as const) {
      const table = checkedSotpTable(ticker, 90_000, price, 2_000_000, 14_000_000, 5_000_000, 0.75, undefined, false);
      const parts = table.slice(0, 6).reduce((sum, row) => sum + (row[4] as number), 0);
      const equity = table[6][4] as number;
      expect(equity).toBeCloseTo(parts, 0);
      const diluted = dilutedShares(ticker, price);
      expect(table[7][1]).toBeCloseTo(diluted, 6);
      expect(table[8][5] as number).toBeCloseTo(equity / diluted, 9);
      expect(table[9][1] as number).toBeCloseTo(equity / diluted / price - 1, 12);
    }
  });

  it('counts the IREN notes in the diluted shares at the share price', () => {
    // 200 MW (Microsoft, 2025-11-03) at $17M/MW; 44 EH/s at $1M; no pipeline or BTC figure.
    const iren = checkedSotpTable('IREN', 100_000, 40, 1_000_000, 17_000_000, 5_000_000, 1, serial('2026-03-31'), false);
    expect(iren[1].slice(0, 5)).toEqual(['contracted AI/HPC', 200, 'MW', 17_000_000, 3_400_000_000]);
    expect(iren[2][7]).toBe(noSourcedFigure);
    expect(iren[3][7]).toBe(noSourcedFigure);
    expect(iren[7][1]).toBeCloseTo(dilutedShares('IREN', 40, serial('2026-03-31')), 6);
  });

  it('with net_converted_notes, takes the notes counted as shares out of the debt (if-converted)', () => {
    // data/presets/IREN.json: debt_usd 3,655.7M on 2025-12-08 is the five notes' principal; on
    // 2026-03-31 the 2029s (183.4M at $13.64) and 2030s (172.3M at $16.81) convert at $40, the
    // 2031s ($85.63), 2032s and 2033s ($51.40) do not: 3,655.7M − 355.7M = 3,300.0M.
    const date = serial('2026-03-31');
    const gross = checkedSotpTable('IREN', 90_000, 40, 0, 17_000_000, 5_000_000, 0.5, date, false);
    const net = sotpTable('IREN', 90_000, 40, 0, 17_000_000, 5_000_000, 0.5, date, false, true);
    expect(gross[5].slice(0, 5)).toEqual(['debt', 3_655_700_000, 'USD', -1, -3_655_700_000]);
    expect(net[5].slice(0, 5)).toEqual([debtLessConvertedPart, 3_300_000_000, 'USD', -1, -3_300_000_000]);
    expect(net[5].slice(6)).toEqual(gross[5].slice(6));
    // 3,400.0M contracted + 2,800.0M cash − 3,300.0M debt = 2,900.0M over the same diluted shares.
    expect(net[6][4]).toBe(2_900_000_000);
    expect(net[7][1]).toBe(gross[7][1]);
    expect(net[8][5] as number).toBeCloseTo(2_900_000_000 / dilutedShares('IREN', 40, date), 12);
    // At $60 the 2032s and 2033s convert too: 3,655.7M − 355.7M − 2,300.0M = 1,000.0M (the 2031s).
    expect(sotpTable('IREN', 90_000, 60, 0, 0, 0, 1, date, false, true)[5][1]).toBe(1_000_000_000);
    // Below every conversion price nothing converts: the debt row is the gross one.
    expect(sotpTable('IREN', 90_000, 10, 0, 17_000_000, 5_000_000, 0.5, date, false, true)[5]).toEqual(
      checkedSotpTable('IREN', 90_000, 10, 0, 17_000_000, 5_000_000, 0.5, date, false)[5],
    );
    // A company without notes: the same table either way.
    expect(sotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, undefined, false, true)).toEqual(
      checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, undefined, false),
    );
  });

  it('leaves the per-share cells blank without a sourced share count', () => {
    const cifr = checkedSotpTable('CIFR', 100_000, 15, 1_000_000, 14_000_000, 225_000, 0.5, undefined, false);
    expect(cifr[7]).toEqual(['diluted shares', '', 'shares', '', '', '', '', noSourcedFigure]);
    expect(cifr[0][5]).toBe('');
    expect(cifr[6][4]).toBeGreaterThan(0);
    expect(cifr[8][5]).toBe('');
  });

  it('a figure dated after as_of_date counts as lacking on that date', () => {
    const early = checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, serial('2020-01-01'), false);
    expect(early[1][7]).toBe(noSourcedFigure);
    expect(early[7][7]).toBe(noSourcedFigure);
  });

  it('refuses a negative multiple, a probability above 1, a price <= 0; #N/A for an unknown ticker', () => {
    expect(() => checkedSotpTable('HUT', 100_000, 50, -1, 0, 0)).toThrow('usd_per_ehs must be >= 0');
    expect(() => checkedSotpTable('HUT', 100_000, 50, 0, 0, 0, 1.5)).toThrow('pipeline_probability');
    expect(() => checkedSotpTable('HUT', 100_000, 0, 0, 0, 0)).toThrow('share_price_usd must be > 0');
    expect(() => checkedSotpTable('NOPE', 100_000, 50, 0, 0, 0)).toThrow('unknown ticker');
  });
});
