/**
 * An analyst's day with the sourced presets: pull IREN's own figures and its Microsoft
 * contract from the bundled data, price its mining at the bundled network, and set a megawatt
 * of AI contract beside a megawatt of mining. Every input comes from a MINER.* data function,
 * so the sources are the presets' own (data/README.md lists each with its date and URL).
 */
import { miner } from '../helpers/miner';
import { serial } from '../helpers/data-files';
import { excelError } from '../helpers/excel';
import { expectClose } from '../helpers/tolerance';

const n = (value: unknown): number => value as number;

describe('an analyst prices IREN from its preset', () => {
  const efficiencyJPerTh = n(miner.COMPANY('IREN', 'fleet_efficiency_j_per_th'));
  const powerPriceUsdPerKwh = n(miner.COMPANY('IREN', 'power_price_usd_per_kwh'));
  const asOf = serial('2026-01-12');
  const networkHashrateEhs = n(miner.NETWORK('network_hashrate_ehs', asOf));
  const feesBtcPerBlock = n(miner.NETWORK('fees_btc_per_block', asOf));
  const btcPriceUsd = n(miner.NETWORK('btc_price_usd', asOf));

  it('reads the sourced figures: 15 J/TH nameplate, Childress power at 2.96 c/kWh (Nov-24)', () => {
    expect(efficiencyJPerTh).toBe(15);
    expect(powerPriceUsdPerKwh).toBe(0.0296);
    // the earlier, restated 2.42 c/kWh figure is still there for a model dated before it changed
    expect(miner.COMPANY('IREN', 'power_price_usd_per_kwh', serial('2024-11-01'))).toBe(0.0242);
    // the network of 2026-01-12: difficulty 146.47T (Hashrate Index roundup, CoinWarz)
    expectClose(networkHashrateEhs, (146.47e12 * 2 ** 32) / 600 / 1e18, 1e-12);
    expect(btcPriceUsd).toBe(91132);
  });

  it('finds a power-only breakeven far below the BTC price of the day', () => {
    const breakevenUsd = n(miner.BREAKEVEN_BTC(efficiencyJPerTh, powerPriceUsdPerKwh, networkHashrateEhs, feesBtcPerBlock));
    // Worked: 15 J/TH × 24 h × $0.0296 = $10.656 per PH/s-day of power; the network pays
    // (3.125 + 0.0173) × 144 / (1,048,473 PH/s) BTC per PH/s-day; the ratio is ≈ $24,690.
    expectClose(breakevenUsd, (15 * 24 * 0.0296 * networkHashrateEhs * 1000) / ((3.125 + feesBtcPerBlock) * 144), 1e-12);
    expect(breakevenUsd).toBeGreaterThan(24_000);
    expect(breakevenUsd).toBeLessThan(btcPriceUsd / 3);
  });

  it('sees a megawatt under the Microsoft contract earn about ten times a megawatt of its mining', () => {
    const contract = miner.CONTRACTS('IREN', false)[0];
    const [counterparty, kind, itLoadMw, valueUsd, termYears, revenuePerMwYear] = contract;
    expect([counterparty, kind, itLoadMw, valueUsd, termYears]).toEqual(['Microsoft', 'gpu_cloud', 200, 9.7e9, 5]);
    expect(miner.AI_MW_REVENUE(valueUsd, termYears, itLoadMw)).toBe(revenuePerMwYear);

    const hashpriceUsdPerPhDay = n(miner.HASHPRICE(btcPriceUsd, networkHashrateEhs, feesBtcPerBlock));
    const miningRevenueUsdPerMwYear = n(miner.MINING_REVENUE_PER_MW(hashpriceUsdPerPhDay, efficiencyJPerTh));
    const miningMarginUsdPerMwYear = n(miner.MINING_MARGIN_PER_MW(hashpriceUsdPerPhDay, efficiencyJPerTh, powerPriceUsdPerKwh));
    // ≈ $39.3/PH/day × 66.7 PH/s per MW × 365 ≈ $0.96M of revenue per MW-year
    expectClose(miningRevenueUsdPerMwYear, (hashpriceUsdPerPhDay * 1000 * 365) / 15, 1e-12);
    const multiple = n(revenuePerMwYear) / miningRevenueUsdPerMwYear;
    expect(multiple).toBeGreaterThan(9);
    expect(multiple).toBeLessThan(11);
    // after power, mining keeps about three quarters of its revenue at 2.96 c/kWh
    expect(miningMarginUsdPerMwYear / miningRevenueUsdPerMwYear).toBeGreaterThan(0.7);
  });

  it('is told plainly what the preset does not hold', () => {
    expect(excelError(() => miner.COMPANY('IREN', 'energized_mw'))).toEqual({
      code: '#N/A',
      message: 'IREN has no sourced figure for energized_mw',
    });
    expect(excelError(() => miner.CONTRACTS('MARA'))).toEqual({ code: '#N/A', message: 'MARA has no AI/HPC contracts in the presets' });
  });
});
