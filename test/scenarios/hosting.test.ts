/**
 * A banker's day with the hosting functions: pricing a hyperscaler contract, weighing a
 * powered-shell lease of a mining site against mining on, and testing the "10 MW of GPUs is
 * worth 100 MW of mining" rule of thumb. Figures and sources: the companies reference
 * (contract table, AI-hosting unit economics) as dated below.
 */
import { miner } from '../helpers/miner';
import { expectClose } from '../helpers/tolerance';

const n = (value: unknown): number => value as number;

describe('IREN signs with Microsoft: $9.7B over 5 years for 200 MW of IT load (2025-11-03)', () => {
  const contractValueUsd = 9.7e9;
  const termYears = 5;
  const itLoadMw = 200;

  it('is $9.7M per MW-year, $1.94B a year across the 200 MW', () => {
    const perMwYear = n(miner.AI_MW_REVENUE(contractValueUsd, termYears, itLoadMw));
    expect(perMwYear).toBe(9_700_000);
    expect(perMwYear * itLoadMw).toBe(1.94e9);
  });

  it('is worth more at 10% with the 20% prepayment than with none', () => {
    const prepaid = n(miner.CONTRACT_PV(contractValueUsd, termYears, 0.1, 0.2));
    const none = n(miner.CONTRACT_PV(contractValueUsd, termYears, 0.1));
    expect(prepaid).toBeGreaterThan(none);
    // Worked: 1.94e9 now instead of 0.388e9 a year for 5 years: 1.94e9 − 0.388e9 × 3.790787 ≈ $469M more
    expectClose(prepaid - none, 1.94e9 - 0.388e9 * 3.790786769408448, 1e-9);
    // and both are below the $9.7B headline, which is the value only undiscounted
    expect(prepaid).toBeLessThan(contractValueUsd);
    expect(n(miner.CONTRACT_PV(contractValueUsd, termYears, 0, 0.2))).toBe(contractValueUsd);
  });
});

describe('a 100 MW mining site weighs a powered-shell lease against mining on', () => {
  const grossMw = 100;
  const pue = 1.2;
  const itLoadMw = n(miner.IT_LOAD_MW(grossMw, pue));
  // Lease terms: $150/kW-month (median implied by miner leases), 85% NOI margin (CIFR, WULF),
  // $10M/MW of capex (CIFR $9–11M, WULF $8–10M per MW of IT load).
  const rent = 150;
  const noiMargin = 0.85;
  const capexPerMw = 10_000_000;
  // Mining on: the 2026-01-12 network (BTC $91,132, 1,048.5 EH/s, 0.0173 BTC fees a block),
  // a 17.5 J/TH fleet, power at $0.04/kWh (MARA's owned sites, Q3-2025).
  const hashprice = n(miner.HASHPRICE(91_132, 1048.5, 0.0173));
  const miningMarginPerMw = n(miner.MINING_MARGIN_PER_MW(hashprice, 17.5, 0.04));

  it('carries about 83 MW of IT load at PUE 1.2', () => {
    expectClose(itLoadMw, 83.33, 1e-4);
  });

  it('creates about $10.4/W at a 7.5% cap rate and about $7.0/W at 9%, the latter inside Morgan Stanley’s $5–8/W (2025-09-21)', () => {
    const at75 = n(miner.VALUE_PER_WATT(rent, noiMargin, 0.075, capexPerMw));
    const at9 = n(miner.VALUE_PER_WATT(rent, noiMargin, 0.09, capexPerMw));
    expectClose(at75, 10.4, 1e-12);
    expectClose(at9, 7.0, 1e-12);
    expect(at9).toBeGreaterThanOrEqual(5);
    expect(at9).toBeLessThanOrEqual(8);
    // before financing and build time, the 7.5% figure sits above the published range
    expect(at75).toBeGreaterThan(8);
    // about $867M of equity value on the site's 83.3 MW of IT load at 7.5%
    expectClose(at75 * itLoadMw * 1e6, 866_666_666.67, 1e-9);
  });

  it('earns about 2.7 times as much a year leased as mined at a 2026 hashprice', () => {
    expectClose(hashprice, 39.33, 1e-3);
    // 39.33 × (1,000 / 17.5) PH/s × 365 − 8,760 MWh × $40 ≈ $470k per MW-year
    expectClose(miningMarginPerMw, 469_890, 1e-5);
    const leaseNoiUsd = n(miner.COLO_MW_REVENUE(rent)) * noiMargin * itLoadMw;
    const miningMarginUsd = miningMarginPerMw * grossMw;
    expectClose(leaseNoiUsd, 127_500_000, 1e-12);
    expectClose(leaseNoiUsd / miningMarginUsd, 2.71, 1e-2);
  });

  it('pays back the conversion in about 12 years, the mining margin given up included', () => {
    // Per MW of IT load the site gave up 1.2 MW of mining. Worked: −$833M capex and −$47M of
    // mining in the 12-month build, then +$127.5M − $47M a year: 1 + 880 / 80.5 ≈ 11.9 years.
    const args = [itLoadMw, n(miner.COLO_MW_REVENUE(rent)), noiMargin, capexPerMw, 12, miningMarginPerMw * pue] as const;
    expectClose(n(miner.CONVERSION_PAYBACK_YEARS(...args)), 11.93, 1e-3);
    // On the cash flows alone (no terminal value) 30 years at 9% do not quite recover it
    expect(n(miner.CONVERSION_NPV(...args, 30, 0.09))).toBeLessThan(0);
    expect(n(miner.CONVERSION_NPV(...args, 30, 0.05))).toBeGreaterThan(0);
  });
});

describe('GPU cloud against mining per MW: "10 MW of H100 ≈ 100 MW of mining" (industry rule of thumb)', () => {
  // H100 1-year contract $2.35/GPU-hour (SemiAnalysis, Mar-2026), ~1.4 kW per GPU with fabric,
  // 90% utilised; a 17.5 J/TH fleet at ~$40/PH/day.
  const gpuPerMw = n(miner.GPU_MW_REVENUE(2.35, 1.4, 0.9));
  const miningPerMw = n(miner.MINING_REVENUE_PER_MW(40, 17.5));

  it('earns about $13.2M per MW-year renting GPUs and $0.83M mining', () => {
    // 2.35 × 8,760 × 0.9 × 1,000 / 1.4 and 40 × (1,000 / 17.5) × 365
    expectClose(gpuPerMw, 18_527_400 / 1.4, 1e-12);
    expectClose(miningPerMw, 5_840_000 / 7, 1e-12);
  });

  it('earns 10 to 20 times as much per MW, so 10 MW of GPUs out-earn 100 MW of mining', () => {
    const ratio = gpuPerMw / miningPerMw;
    expect(ratio).toBeGreaterThanOrEqual(10);
    expect(ratio).toBeLessThanOrEqual(20);
    expect(10 * gpuPerMw).toBeGreaterThanOrEqual(100 * miningPerMw);
  });
});
