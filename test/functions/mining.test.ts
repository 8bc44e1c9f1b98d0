/**
 * The mining-economics functions as Excel calls them. Every parameter's blank, text, boolean,
 * default and rule cases are swept in normalise.test.ts; here are each function's golden values
 * (2026-01-12 network, mining.md), edges, spills and exact error codes and messages.
 */
import { isoDateToSerial, serialToIsoDate } from '../../src/core/dates';
import { miner } from '../helpers/miner';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

const {
  BREAKEVEN_BTC,
  BREAKEVEN_HASHPRICE,
  BREAKEVEN_POWER,
  FLEX_MARGIN_PER_MW,
  FLEX_UPTIME,
  HASHPRICE,
  HASHPRICE_PATH,
  HASHVALUE,
  MINING_MARGIN_PER_MW,
  MINING_REVENUE_PER_MW,
} = miner;

const blank = null as never;

describe('HASHVALUE and HASHPRICE', () => {
  // Worked (Luxor Hashrate Index method): (3.125 + 0.0173) × 144 / 1,048,500 PH/s.
  it('price the 2026-01-12 network at ~39.33 USD/PH/day (Hashrate Index published $39.53)', () => {
    expectClose(HASHVALUE(1048.5, 0.0173), 0.00043156051502145923);
    expectClose(HASHPRICE(91132, 1048.5, 0.0173), 39.328972854935622);
  });

  it('read a blank block_height as "omitted": the 3.125 BTC era', () => {
    expect(HASHPRICE(91132, 1048.5, 0.0173, blank)).toBe(HASHPRICE(91132, 1048.5, 0.0173, 840_000));
    expect(HASHVALUE(1048.5, '' as never, blank)).toBe(HASHVALUE(1048.5, 0, 1_000_000));
  });

  it('halve at the halving block and pay fees alone after the last subsidy', () => {
    expectClose(HASHPRICE(91132, 1048.5, 0, 1_050_000), HASHPRICE(91132, 1048.5, 0, 1_049_999) / 2);
    expect(HASHVALUE(1048.5, 0, 6_930_000)).toBe(0);
  });

  it('answer a desktop blank (0) hashrate with the > 0 rule, a web blank with "required"', () => {
    expect(excelError(() => HASHPRICE(91132, 0))).toEqual({ code: '#VALUE!', message: 'network_hashrate_ehs must be > 0 (got 0)' });
    expect(excelError(() => HASHVALUE(blank))).toEqual({ code: '#VALUE!', message: 'network_hashrate_ehs is required (got blank)' });
  });
});

describe('BREAKEVEN_HASHPRICE, BREAKEVEN_POWER and BREAKEVEN_BTC', () => {
  // Worked: 17.5 J/TH × 24 h × 0.04 USD/kWh = 16.80 USD/PH/day; / 0.00043156 BTC/PH/day = 38,928.49.
  it('give 16.80 USD/PH/day, 9.36 c/kWh and 38,928 USD for a 17.5 J/TH fleet on the 2026-01-12 network', () => {
    expect(BREAKEVEN_HASHPRICE(17.5, 0.04)).toBe(16.8);
    expectClose(BREAKEVEN_POWER(39.33, 17.5), 39.33 / 420);
    expectClose(BREAKEVEN_BTC(17.5, 0.04, 1048.5, 0.0173), 38928.491869013143);
  });

  it('agree with each other (invariants)', () => {
    const hashprice = BREAKEVEN_HASHPRICE(21.5, 0.055, 0.02, 4);
    expectClose(BREAKEVEN_POWER(hashprice, 21.5, 0.02, 4), 0.055, 1e-14);
    const btc = BREAKEVEN_BTC(21.5, 0.055, 1048.5, 0.0173, blank, 0.02, 4);
    expectClose(btc * HASHVALUE(1048.5, 0.0173), hashprice, 1e-14);
  });

  it('let BREAKEVEN_POWER go negative when other costs exceed revenue', () => {
    expect(BREAKEVEN_POWER(10, 20, 0, 12)).toBeLessThan(0);
  });

  it('answer #DIV/0! for BREAKEVEN_BTC with no subsidy and no fees', () => {
    expect(excelError(() => BREAKEVEN_BTC(17.5, 0.04, 1048.5, 0, 6_930_000))).toEqual({
      code: '#DIV/0!',
      message:
        'there is no subsidy at block_height 6930000 and no fees (fees_btc_per_block is 0): ' +
        'the hashvalue is 0, so no BTC price breaks even',
    });
  });

  it('answer a pool fee of 100% and a desktop blank (0) efficiency with their rules', () => {
    expect(excelError(() => BREAKEVEN_HASHPRICE(17.5, 0.04, 1))).toEqual({
      code: '#VALUE!',
      message: 'pool_fee must be >= 0 and < 1 (a share: 2% is 0.02) (got 1)',
    });
    expect(excelError(() => BREAKEVEN_POWER(39.33, 0))).toEqual({ code: '#VALUE!', message: 'efficiency_j_per_th must be > 0 (got 0)' });
  });
});

describe('MINING_REVENUE_PER_MW and MINING_MARGIN_PER_MW', () => {
  // Worked: 39.33 × (1,000 / 17.5) × 365 = 820,311.43; less 1,000 × 8,760 × 0.04 = 350,400.
  it('give ~820,311 revenue and ~469,911 margin per MW-year', () => {
    expectClose(MINING_REVENUE_PER_MW(39.33, 17.5), 820_311.4285714285714);
    expectClose(MINING_MARGIN_PER_MW(39.33, 17.5, 0.04), 469_911.4285714285714);
  });

  it('apply uptime to revenue and power alike', () => {
    expectClose(MINING_MARGIN_PER_MW(39.33, 17.5, 0.04, 0.5), 469_911.4285714285714 / 2);
  });

  it('answer an uptime of 150% with the share rule', () => {
    expect(excelError(() => MINING_REVENUE_PER_MW(39.33, 17.5, 1.5))).toEqual({
      code: '#VALUE!',
      message: 'uptime must be between 0 and 1 (a share: 8% is 0.08) (got 1.5)',
    });
  });
});

describe('FLEX_MARGIN_PER_MW and FLEX_UPTIME', () => {
  // Worked: R = 39.33 × (1,000 / 17.5) / 24 = 93.642857 USD/MWh; of 40, 120, −5 and 93 all but
  // 120 pay: margin (53.642857 + 98.642857 + 0.642857) × 8,760 / 4, uptime 3 / 4.
  it('mine the hours that pay, from a range of any shape', () => {
    const expected = ((93.642857142857142857 * 3 - 40 + 5 - 93) * 8760) / 4;
    expectClose(FLEX_MARGIN_PER_MW(39.33, 17.5, [[40, 120], [-5, 93]]), expected);
    expectClose(FLEX_MARGIN_PER_MW(39.33, 17.5, [[40], [120], [-5], [93]]), expected);
    expect(FLEX_UPTIME(39.33, 17.5, [[40, 120, -5, 93]])).toBe(0.75);
  });

  it('take a single cell as a 1 × 1 range and add the demand-response payment', () => {
    expectClose(FLEX_MARGIN_PER_MW(39.33, 17.5, 40 as never, blank, 10_000), (93.642857142857142857 - 40) * 8760 + 10_000);
    expect(FLEX_UPTIME(39.33, 17.5, [[200]])).toBe(0);
  });

  it('equal MINING_MARGIN_PER_MW at uptime 1 over a flat price where mining pays', () => {
    const flat = Array.from({ length: 24 }, () => [45]);
    expectClose(FLEX_MARGIN_PER_MW(39.33, 17.5, flat, 0.02), MINING_MARGIN_PER_MW(39.33, 17.5, 0.045, 1, 0.02), 1e-14);
  });

  it('answer #VALUE! naming a blank or text cell of the range', () => {
    expect(excelError(() => FLEX_UPTIME(39.33, 17.5, [[40, 41], [null, 43]] as never))).toEqual({
      code: '#VALUE!',
      message: 'hourly_power_prices_usd_per_mwh must contain only numbers (row 2, column 1 is blank) (got a range)',
    });
    expect(excelError(() => FLEX_MARGIN_PER_MW(39.33, 17.5, [['#N/A']] as never)).message).toBe(
      'hourly_power_prices_usd_per_mwh must contain only numbers (row 1, column 1 is "#N/A") (got a range)',
    );
    expect(excelError(() => FLEX_UPTIME(39.33, 17.5, blank))).toEqual({
      code: '#VALUE!',
      message: 'hourly_power_prices_usd_per_mwh is required (got blank)',
    });
  });

  // The layer hands the prices over unread (the core checks every cell in its one pass), so the
  // core's messages must be the ones the layer gives for any other range.
  it('answer #VALUE! for a ragged, empty or non-range argument, naming the first problem in row order', () => {
    const message = (prices: unknown) => excelError(() => FLEX_UPTIME(39.33, 17.5, prices as never)).message;
    expect(message([[40, 41], [42]])).toBe('hourly_power_prices_usd_per_mwh must be a rectangular range (got a range)');
    expect(message([[40], [42, 43]])).toBe('hourly_power_prices_usd_per_mwh must be a rectangular range (got a range)');
    expect(message([[40], []])).toBe('hourly_power_prices_usd_per_mwh must be a range of numbers (got a range)');
    expect(message([])).toBe('hourly_power_prices_usd_per_mwh must be a range of numbers (got a range)');
    expect(message([40, 41])).toBe('hourly_power_prices_usd_per_mwh must be a range of numbers (got a range)');
    expect(message([['x', 41], [42]])).toBe('hourly_power_prices_usd_per_mwh must contain only numbers (row 1, column 1 is "x") (got a range)');
    expect(message('A1:A24')).toBe('hourly_power_prices_usd_per_mwh must contain only numbers (row 1, column 1 is "A1:A24") (got "A1:A24")');
  });
});

describe('HASHPRICE_PATH', () => {
  const march20of2026 = isoDateToSerial('2026-03-20') as number;

  // Worked (see src/core/mining/hashprice-path.test.ts): from 941,472 on 2026-03-20, the month
  // starting 2028-03-20 runs heights 1,046,736 to 1,051,199 and holds the halving at 1,050,000.
  it('spills a header row and one row a month, the 2028 halving in its month', () => {
    const table = HASHPRICE_PATH(march20of2026, 27, 91132, 1048.5, 941_472);
    expect(table[0]).toEqual(['date', 'block_height', 'subsidy_btc', 'network_hashrate_ehs', 'btc_price_usd', 'hashprice_usd_per_ph_day']);
    expect(table).toHaveLength(28);
    expect(table.every((row: unknown[]) => row.length === 6)).toBe(true);
    expect(serialToIsoDate(table[25][0])).toBe('2028-03-20');
    expectClose(table[25][2], 12_075 / 4_464);
    expectClose(table[1][5], HASHPRICE(91132, 1048.5, 0, 941_472));
  });

  it('toggles the header row with TRUE, FALSE, 1, 0 or their text, and defaults to TRUE on a blank', () => {
    const args = [march20of2026, 2, 91132, 1048.5, 941_472, 0.01, 0.01, 0.0173] as const;
    const withHeaders = HASHPRICE_PATH(...args, true);
    expect(HASHPRICE_PATH(...args, blank)).toEqual(withHeaders);
    expect(HASHPRICE_PATH(...args, 'TRUE' as never)).toEqual(withHeaders);
    for (const off of [false, 0, 'false']) expect(HASHPRICE_PATH(...args, off as never)).toEqual(withHeaders.slice(1));
    expect(excelError(() => HASHPRICE_PATH(...args, 'no' as never))).toEqual({ code: '#VALUE!', message: 'headers must be TRUE or FALSE (got "no")' });
  });

  it('answers a desktop blank (0) months and 1,201 months with their rules', () => {
    expect(excelError(() => HASHPRICE_PATH(march20of2026, 0, 91132, 1048.5, 941_472))).toEqual({
      code: '#VALUE!',
      message: 'months must be >= 1 (got 0)',
    });
    expect(excelError(() => HASHPRICE_PATH(march20of2026, 1201, 91132, 1048.5, 941_472)).message).toBe('months must be <= 1,200 (got 1201)');
  });

  it('answers #NUM! for a path that runs past 9999-12-31', () => {
    expect(excelError(() => HASHPRICE_PATH(isoDateToSerial('9999-06-01') as number, 12, 91132, 1048.5, 941_472))).toEqual({
      code: '#NUM!',
      message: 'month 8 of the path starts after 9999-12-31',
    });
  });
});
