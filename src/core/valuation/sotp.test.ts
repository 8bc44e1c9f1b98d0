import { readPresetFiles, serial } from '../../../test/helpers/data-files';
import { Figure } from '../data/presets';
import { dilutedShares } from './diluted-shares';
import { checkedCore } from '../params';
import { HashwattError } from '../errors';
import { analystInput } from './overrides';
import { complete, debtLessConvertedPart, noProjectDebtListed, noSourcedFigure, projectDebtPart, sotpHeaders, sotpParams, sotpTable, supplyNote } from './sotp';

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
  // 16,331 BTC, $160.0M cash, $359.3M debt, 111.0M shares (2026-03-31), River Bend's $3,250M
  // of 6.192% project notes (2026-04-30), no convertible notes, no hashrate.
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
    expect(rows[7]).toEqual(part(projectDebtPart, 'project_debt_usd', 3_250_000_000, 'USD', -1, -3_250_000_000));
    expect(rows[7][7]).toMatch(/hut-8-closes-dollar325-billion/);
  });

  it('shows a part the preset lacks as a blank basis, 0 value and "no sourced figure"', () => {
    expect(rows[1]).toEqual(['mining', '', 'EH/s', 1_000_000, 0, 0, '', noSourcedFigure]);
  });

  it('totals: equity, diluted shares, value per share, upside and status', () => {
    // 4,165.0M + 21,250.0M + 1,633.1M + 160.0M − 359.3M − 3,250.0M = 23,598.8M; ÷ 111.0M = 212.6018…
    const equity = 23_598_800_000;
    expect(rows[8]).toEqual(['equity value', '', '', '', equity, equity / 111_000_000, '', '']);
    expect(rows[9]).toEqual(['diluted shares', 111_000_000, 'shares', '', '', '', serial(latest('HUT', 'shares_outstanding').as_of), latest('HUT', 'shares_outstanding').source]);
    expect(rows[10]).toEqual(['value per share', '', '', '', '', equity / 111_000_000, '', '']);
    expect(rows[11][0]).toBe('upside');
    expect(rows[11][1]).toBeCloseTo(equity / 111_000_000 / 50 - 1, 12);
    // HUT has no hashrate (mining sits in American Bitcoin): an incomplete asset part, listed.
    expect(rows[12]).toEqual(['status', '', '', '', '', '', '', 'incomplete: mining (hashrate_ehs)']);
  });

  it('invariants: the parts add up to the equity value, value per share is equity ÷ diluted shares', () => {
    for (const [ticker, price] of [['IREN', 40], ['IREN', 100], ['HUT', 50], ['CLSK', 12], ['RIOT', 15]] as const) {
      const table = checkedSotpTable(ticker, 90_000, price, 2_000_000, 14_000_000, 5_000_000, 0.75, undefined, false);
      const parts = table.slice(0, 7).reduce((sum, row) => sum + (row[4] as number), 0);
      const equity = table[7][4] as number;
      expect(equity).toBeCloseTo(parts, 0);
      const diluted = dilutedShares(ticker, price);
      expect(table[8][1]).toBeCloseTo(diluted, 6);
      expect(table[9][5] as number).toBeCloseTo(equity / diluted, 9);
      expect(table[10][1] as number).toBeCloseTo(equity / diluted / price - 1, 12);
    }
  });

  it('counts the IREN notes in the diluted shares at the share price', () => {
    // 200 MW (Microsoft, 2025-11-03) at $17M/MW; 44 EH/s at $1M; no pipeline or BTC figure.
    const iren = checkedSotpTable('IREN', 100_000, 40, 1_000_000, 17_000_000, 5_000_000, 1, serial('2026-03-31'), false);
    expect(iren[1].slice(0, 5)).toEqual(['contracted AI/HPC', 200, 'MW', 17_000_000, 3_400_000_000]);
    expect(iren[2][7]).toBe(noSourcedFigure);
    expect(iren[3][7]).toBe(noSourcedFigure);
    expect(iren[8][1]).toBeCloseTo(dilutedShares('IREN', 40, serial('2026-03-31')), 6);
    // IREN lists no project debt (its GPU financing's drawn amount is not published): 0, said so.
    expect(iren[6]).toEqual([projectDebtPart, '', 'USD', -1, 0, 0, '', noProjectDebtListed]);
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
    expect(net[7][4]).toBe(2_900_000_000);
    expect(net[8][1]).toBe(gross[8][1]);
    expect(net[9][5] as number).toBeCloseTo(2_900_000_000 / dilutedShares('IREN', 40, date), 12);
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

  /** The error a cell holds, with its kind and message. */
  function errorIn(cell: unknown): HashwattError {
    expect(cell).toBeInstanceOf(HashwattError);
    return cell as HashwattError;
  }

  it('without a share count: per-share cells blank, diluted shares, value per share and upside #N/A naming shares_outstanding', () => {
    // CIFR: debt and project debt sourced, no share count.
    const cifr = checkedSotpTable('CIFR', 100_000, 15, 1_000_000, 14_000_000, 225_000, 0.5, undefined, false);
    expect(cifr[0][5]).toBe('');
    expect(cifr[7][4]).toBeGreaterThan(0);
    expect(cifr[8].slice(2)).toEqual(['shares', '', '', '', '', supplyNote('shares_outstanding')]);
    for (const cell of [cifr[8][1], cifr[9][5], cifr[10][1]]) {
      expect(errorIn(cell).kind).toBe('not_found');
      expect(errorIn(cell).message).toContain('shares_outstanding');
    }
    expect(cifr[11][7]).toBe('incomplete: BTC (btc_holdings); diluted shares (shares_outstanding)');
  });

  it('a missing debt is never 0: #N/A naming debt_usd and its override, down to value per share and upside', () => {
    // hashwatt SOTP CORZ 90000 50 0 14000000 5000000 0.5 2026-06-30 "" TRUE
    const corz = sotpTable('CORZ', 90_000, 50, 0, 14_000_000, 5_000_000, 0.5, serial('2026-06-30'), true, true);
    const debt = corz[6];
    expect(debt.slice(0, 4)).toEqual(['debt', '', 'USD', -1]);
    expect(errorIn(debt[4]).kind).toBe('not_found');
    expect(errorIn(debt[4]).message).toBe('debt needs debt_usd: CORZ has no sourced figure on or before 2026-06-30; give it in overrides (debt_usd)');
    expect(debt[7]).toBe('no sourced figure for debt_usd: give it in overrides as debt_usd');
    expect(errorIn(corz[8][4]).message).toMatch(/^equity value needs debt_usd:/);
    expect(errorIn(corz[10][5]).message).toMatch(/^value per share needs debt_usd and shares_outstanding:.*give them in overrides \(debt_usd, shares_outstanding\)$/);
    expect(errorIn(corz[11][1]).message).toMatch(/^upside needs debt_usd and shares_outstanding/);
    expect(corz[12][7]).toBe('incomplete: BTC (btc_holdings); debt (debt_usd); diluted shares (shares_outstanding)');
    // CORZ lists no project debt (CoreWeave funds most of the build): 0, said so, not a gap.
    expect(corz[7].slice(4)).toEqual([0, '', '', noProjectDebtListed]);
  });

  it('with debt_usd in overrides CORZ has an equity value; with shares_outstanding too, a value per share', () => {
    const date = serial('2026-06-30');
    const withDebt = sotpTable('CORZ', 90_000, 50, 0, 14_000_000, 5_000_000, 0.5, date, false, true, [['debt_usd', 1_085_000_000]]);
    expect(withDebt[5].slice(0, 5)).toEqual([debtLessConvertedPart, 1_085_000_000 - 400_000_000 - 625_000_000, 'USD', -1, -60_000_000]);
    expect(withDebt[5].slice(6)).toEqual(['', analystInput]);
    expect(typeof withDebt[7][4]).toBe('number');
    expect(errorIn(withDebt[9][5]).message).toMatch(/^value per share needs shares_outstanding:/);
    const full = sotpTable('CORZ', 90_000, 50, 0, 14_000_000, 5_000_000, 0.5, date, false, true, [['DEBT_USD', 1_085_000_000], [' Shares_Outstanding ', 300_000_000]]);
    expect(full[8][7]).toBe(analystInput);
    expect(full[9][5]).toBeCloseTo((full[7][4] as number) / (full[8][1] as number), 9);
    expect(full[11][7]).toBe('incomplete: BTC (btc_holdings)');
  });

  it("IREN at JPMorgan's method: contracted_mw 660 at $17M/MW is exactly $11.22B, an analyst input", () => {
    const iren = checkedSotpTable('IREN', 90_000, 40, 0, 17_000_000, 0, 1, serial('2026-03-31'), false, false, [['contracted_mw', 660]]);
    expect(iren[1].slice(0, 5)).toEqual(['contracted AI/HPC', 660, 'MW', 17_000_000, 11_220_000_000]);
    expect(iren[1].slice(6)).toEqual(['', analystInput]);
    expect(iren[1][5] as number).toBeCloseTo(11_220_000_000 / (iren[8][1] as number), 9);
  });

  it('overrides: every label replaces its figure; blank rows are skipped; a bad row is #VALUE! naming it', () => {
    const labels = [['hashrate_ehs', 10], ['contracted_mw', 100], ['pipeline_mw', 200], ['btc_holdings', 3], ['cash_usd', 4], ['debt_usd', 5], ['project_debt_usd', 6], ['', ''], ['shares_outstanding', 7]];
    const table = sotpTable('HUT', 100, 50, 1, 1, 1, 1, undefined, false, false, labels);
    expect(table.slice(0, 7).map((row) => [row[1], row[7]])).toEqual([10, 100, 200, 3, 4, 5, 6].map((basis) => [basis, analystInput]));
    expect(table[8][1]).toBe(7);
    expect(table[11][7]).toBe(complete);
    const call = (range: unknown[][]) => () => checkedSotpTable('HUT', 100, 50, 1, 1, 1, 1, undefined, false, false, range);
    expect(call([['ebitda_usd', 5]])).toThrow('overrides row 1 has unknown label "ebitda_usd"; labels: hashrate_ehs, contracted_mw');
    expect(call([['debt_usd', -5]])).toThrow('overrides debt_usd must be >= 0 (row 1)');
    expect(call([['debt_usd', 'n/a']])).toThrow('overrides debt_usd must be a number (row 1)');
    expect(call([['debt_usd', 1], ['Debt_USD', 2]])).toThrow('overrides gives debt_usd twice (row 2)');
    expect(call([['debt_usd', 1, 2]])).toThrow('overrides must be two columns wide');
    expect(call([[5, 1]])).toThrow('overrides row 1 has a label in column 1, not 5');
  });

  it('pipeline by stage: one row a stage the analyst gives, each at the multiple × its own probability', () => {
    // HUT's 8,500 MW pipeline split by the analyst: 200 MW energized at 90%, 1,560 MW under
    // construction at 60%, 2,000 MW of contracted power (pipeline_probability, 50%), 4,740 MW option at 10%.
    const stages = [
      ['pipeline_mw_energized', 200], ['probability_energized', 0.9],
      ['PIPELINE_MW_UNDER_CONSTRUCTION', 1560], ['probability_under_construction', 0.6],
      ['pipeline_mw_contracted_power', 2000],
      ['pipeline_mw_option', 4740], ['probability_option', 0.1],
    ];
    const table = checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, undefined, false, false, stages);
    expect(table.slice(2, 6).map((row) => row.slice(0, 5))).toEqual([
      ['pipeline: energized', 200, 'MW', 4_500_000, 900_000_000],
      ['pipeline: under construction', 1560, 'MW', 3_000_000, 4_680_000_000],
      ['pipeline: contracted power', 2000, 'MW', 2_500_000, 5_000_000_000],
      ['pipeline: option', 4740, 'MW', 500_000, 2_370_000_000],
    ]);
    for (const row of table.slice(2, 6)) expect(row[7]).toBe(analystInput);
    // The equity value is the same sum with the one pipeline row replaced by the four.
    const whole = checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, undefined, false);
    const equityOf = (rows: typeof table) => rows.find((row) => row[0] === 'equity value')![4] as number;
    expect(equityOf(table) - equityOf(whole)).toBeCloseTo(900e6 + 4680e6 + 5000e6 + 2370e6 - 8500 * 5e6 * 0.5, 0);
    const call = (range: unknown[][]) => () => checkedSotpTable('HUT', 100, 50, 1, 1, 1, 1, undefined, false, false, range);
    expect(call([['pipeline_mw', 100], ['pipeline_mw_option', 50]])).toThrow("overrides gives pipeline_mw and the pipeline's stages (pipeline_mw_option): give one or the other");
    expect(call([['probability_option', 0.5]])).toThrow('overrides gives probability_option without pipeline_mw_option');
    expect(call([['pipeline_mw_option', 50], ['probability_option', 1.5]])).toThrow('overrides probability_option must be a probability from 0 to 1 (row 2)');
  });

  it('project debt: a gap where the preset lists some but none on the date and the contracted part is valued', () => {
    // HUT on 2026-03-31: River Bend valued (245 MW), its notes closed 2026-04-30, the construction loan's draw unknown.
    const early = checkedSotpTable('HUT', 100_000, 50, 0, 17_000_000, 0, 1, serial('2026-03-31'), false);
    expect(errorIn(early[6][4]).message).toMatch(/^project debt needs project_debt_usd: HUT has no sourced figure on or before 2026-03-31/);
    expect(early[6][7]).toBe(supplyNote('project_debt_usd'));
    expect(errorIn(early[9][5]).message).toMatch(/^value per share needs project_debt_usd/);
    // The contracted part at 0 $/MW values no project: its debt is not needed.
    const noProject = checkedSotpTable('HUT', 100_000, 50, 0, 0, 0, 1, serial('2026-03-31'), false);
    expect(noProject[6].slice(4)).toEqual([0, 0, '', noSourcedFigure]);
    expect(typeof noProject[9][5]).toBe('number');
  });

  it('a figure dated after as_of_date counts as lacking on that date', () => {
    const early = checkedSotpTable('HUT', 100_000, 50, 1_000_000, 17_000_000, 5_000_000, 0.5, serial('2020-01-01'), false);
    expect(early[1][7]).toBe(noSourcedFigure);
    expect(early[8][7]).toBe(supplyNote('shares_outstanding'));
  });

  it('refuses a negative multiple, a probability above 1, a price <= 0; #N/A for an unknown ticker', () => {
    expect(() => checkedSotpTable('HUT', 100_000, 50, -1, 0, 0)).toThrow('usd_per_ehs must be >= 0');
    expect(() => checkedSotpTable('HUT', 100_000, 50, 0, 0, 0, 1.5)).toThrow('pipeline_probability');
    expect(() => checkedSotpTable('HUT', 100_000, 0, 0, 0, 0)).toThrow('share_price_usd must be > 0');
    expect(() => checkedSotpTable('NOPE', 100_000, 50, 0, 0, 0)).toThrow('unknown ticker');
  });
});
