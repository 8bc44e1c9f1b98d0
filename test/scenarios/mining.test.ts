/**
 * An analyst's day with the mining functions: price the 2026-01-12 network from its
 * difficulty, find where a modern fleet breaks even, put a megawatt of it in dollars, let it
 * curtail against hourly power prices, and carry the picture through the 2028 halving.
 * Figures: mining.md (Hashrate Index roundup of 2026-01-12, the 2026-03-20 tip, machine specs,
 * large listed miners' 3–4 c/kWh power).
 */
import { isoDateToSerial, serialToIsoDate } from '../../src/core/dates';
import { miner } from '../helpers/miner';
import { expectClose } from '../helpers/tolerance';

describe('an analyst prices the 2026-01-12 network', () => {
  const difficulty = 146.47e12;
  const btcPriceUsd = 91_132;
  const feesBtcPerBlock = 0.0173;
  const networkHashrateEhs = miner.NETWORK_HASHRATE(difficulty);
  const hashprice = miner.HASHPRICE(btcPriceUsd, networkHashrateEhs, feesBtcPerBlock);

  it('reads ~1,048.5 EH/s from the difficulty and a hashprice of ~$39.33/PH/day', () => {
    expectClose(networkHashrateEhs, 1048.5, 1e-4);
    // Hashrate Index published $39.53 that day, at its own BTC price timing.
    expectClose(hashprice, 39.33, 1e-3);
    expectClose(hashprice, 39.53, 0.01);
    // Braiins quotes per TH/s: the same figure is ~3.93 cents per TH/day.
    expectClose(miner.CONVERT(hashprice, 'USD/PH/day', 'USD/TH/day'), 0.03933, 1e-3);
  });

  describe('a 17.5 J/TH fleet (Antminer S21) on 4 c/kWh power, 2% pool fee', () => {
    const efficiency = 17.5;
    const powerPrice = 0.04;
    const poolFee = 0.02;

    it('breaks even at a hashprice of ~$17.14 and a BTC price of ~$39.7k', () => {
      // Worked: 17.5 × 24 × 0.04 / 0.98 = 17.142857 USD/PH/day; over the day's hashvalue.
      const breakevenHashprice = miner.BREAKEVEN_HASHPRICE(efficiency, powerPrice, poolFee);
      expectClose(breakevenHashprice, 16.8 / 0.98);
      const breakevenBtc = miner.BREAKEVEN_BTC(efficiency, powerPrice, networkHashrateEhs, feesBtcPerBlock, null as never, poolFee);
      expectClose(breakevenBtc, 16.8 / 0.98 / miner.HASHVALUE(networkHashrateEhs, feesBtcPerBlock), 1e-14);
      expect(breakevenBtc).toBeGreaterThan(39_000);
      expect(breakevenBtc).toBeLessThan(40_000);
      // ... and would keep mining up to ~9.2 c/kWh at today's hashprice.
      expectClose(miner.BREAKEVEN_POWER(hashprice, efficiency, poolFee), (hashprice * 0.98) / 420);
    });

    it('earns ~$804k and keeps ~$454k per MW-year running flat out', () => {
      const revenue = miner.MINING_REVENUE_PER_MW(hashprice, efficiency, 1, poolFee);
      const margin = miner.MINING_MARGIN_PER_MW(hashprice, efficiency, powerPrice, 1, poolFee);
      expectClose(revenue, ((hashprice * 1000) / 17.5) * 365 * 0.98);
      expectClose(margin, revenue - 350_400);
      expect(Math.round(revenue / 1000)).toBe(804);
      expect(Math.round(margin / 1000)).toBe(454);
    });

    it('does better curtailing against hourly prices than running at their average', () => {
      // One day on a wholesale market: cheap nights, a 120 USD/MWh evening peak.
      const day = [[32, 28, 25, 24, 26, 35, 48, 60, 55, 45, 40, 38, 36, 37, 42, 55, 80, 120, 95, 70, 55, 45, 40, 35]];
      const average = day[0].reduce((sum, p) => sum + p) / 24;
      const flex = miner.FLEX_MARGIN_PER_MW(hashprice, efficiency, day, poolFee);
      const flat = miner.MINING_MARGIN_PER_MW(hashprice, efficiency, average / 1000, 1, poolFee);
      // Hourly revenue is ~91.8 USD/MWh: only the 95 and 120 hours are worth switching off for.
      expect(miner.FLEX_UPTIME(hashprice, efficiency, day, poolFee)).toBe(22 / 24);
      expect(flex).toBeGreaterThan(flat);
      // What curtailing saves is exactly what the two expensive hours would have lost.
      const hourlyRevenue = (hashprice * 1000 * 0.98) / 17.5 / 24;
      expectClose(flex - flat, ((95 - hourlyRevenue + (120 - hourlyRevenue)) * 8760) / 24, 1e-9);
    });
  });
});

describe('the analyst carries the picture through the 2028 halving', () => {
  const tip = 941_472;
  const asOf = isoDateToSerial('2026-03-20') as number;

  it('dates the halving to mid-April 2028 at 10-minute blocks', () => {
    expect(miner.NEXT_HALVING_HEIGHT(tip)).toBe(1_050_000);
    expect(serialToIsoDate(miner.HALVING_DATE(tip, asOf))).toBe('2028-04-11');
    // Hashrate Index estimated 2028-04-15 in November 2024 (mining.md).
    expect(Math.abs(miner.HALVING_DATE(tip, asOf) - (isoDateToSerial('2028-04-15') as number))).toBeLessThan(7);
  });

  it('sees the hashprice halve across it, the halving month in between', () => {
    const path = miner.HASHPRICE_PATH(asOf, 27, 91_132, 1048.5, tip, 0, 0, 0, false);
    const [before, during, after] = [path[23], path[24], path[25]];
    expect(serialToIsoDate(before[0])).toBe('2028-02-20');
    expectClose(after[5], before[5] / 2);
    expect(during[5]).toBeLessThan(before[5]);
    expect(during[5]).toBeGreaterThan(after[5]);
    // the halving date falls inside the month of the blended row
    const halving = miner.HALVING_DATE(tip, asOf);
    expect(halving).toBeGreaterThanOrEqual(during[0]);
    expect(halving).toBeLessThan(after[0]);
  });

  it('doubles the fleet\'s breakeven BTC price if nothing else changes', () => {
    const before = miner.BREAKEVEN_BTC(17.5, 0.04, 1048.5, 0, 1_049_999);
    const after = miner.BREAKEVEN_BTC(17.5, 0.04, 1048.5, 0, 1_050_000);
    expectClose(after, 2 * before);
  });
});
