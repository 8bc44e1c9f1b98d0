/**
 * Sample valid arguments for every MINER.* function, and for the scalar ones a plain-number
 * implementation of the same formula (FUNCTIONS.md) that the benchmark measures as the floor:
 * what the formula costs in bare JavaScript doubles, without normalisation, validation,
 * decimal arithmetic or error mapping.
 *
 * The benchmark and the fuzz test read this table. A function in functions.json without an
 * entry here is reported by the benchmark as "no sample" (and the run fails), so a new
 * function gets its sample args the day it is added. A floor is optional.
 *
 * Figures are representative of early 2026: BTC 91,132 USD, network 1,048.5 EH/s, fees
 * 0.0173 BTC per block, a 17.5 J/TH fleet, power at 45 USD/MWh.
 */

const blocksPerHalving = 210000;
const blocksPerDay = 144;
const hoursPerYear = 8760;

/** Serial of 2026-01-01 (Excel day 0 = 1899-12-30). */
const jan2026 = 46023;

/** One day of hourly power prices in USD/MWh: cheap nights, an evening peak. */
const dayOfHourlyPricesUsdPerMwh = [
  [32, 28, 25, 24, 26, 35, 48, 60, 55, 45, 40, 38, 36, 37, 42, 55, 80, 120, 95, 70, 55, 45, 40, 35],
];

function subsidyBtc(blockHeight) {
  const halvings = Math.floor(blockHeight / blocksPerHalving);
  return halvings >= 33 ? 0 : Math.floor(5e9 / 2 ** halvings) / 1e8;
}

function hashvalueBtcPerPhDay(networkHashrateEhs, feesBtcPerBlock = 0, blockHeight) {
  const subsidy = blockHeight === undefined ? 3.125 : subsidyBtc(blockHeight);
  return ((subsidy + feesBtcPerBlock) * blocksPerDay * 1e15) / (networkHashrateEhs * 1e18);
}

function breakevenHashprice(efficiency, powerPrice, poolFee = 0, other = 0) {
  return (efficiency * 24 * powerPrice + other) / (1 - poolFee);
}

/** Mines in the hours when the hour's revenue per MWh beats the power price. */
function flexHours(hashprice, efficiency, prices, poolFee = 0) {
  const revenuePerMwh = ((hashprice * (1000 / efficiency)) / 24) * (1 - poolFee);
  let hours = 0;
  let mined = 0;
  let margin = 0;
  for (const row of prices) {
    for (const price of row) {
      hours++;
      if (price < revenuePerMwh) {
        mined++;
        margin += revenuePerMwh - price;
      }
    }
  }
  return { hours, mined, margin };
}

function contractPv(value, termYears, rate, prepaymentShare = 0, escalator = 0) {
  const prepayment = value * prepaymentShare;
  let weights = 0;
  for (let k = 0; k < termYears; k++) weights += (1 + escalator) ** k;
  const first = (value - prepayment) / weights;
  let pv = prepayment;
  for (let k = 1; k <= termYears; k++) pv += (first * (1 + escalator) ** (k - 1)) / (1 + rate) ** k;
  return pv;
}

/** id -> { args: sample valid arguments in Excel order, floor?: plain-number formula }. */
const samples = {
  SUBSIDY: { args: [900000], floor: subsidyBtc },
  NEXT_HALVING_HEIGHT: {
    args: [900000],
    floor: (h) => (Math.floor(h / blocksPerHalving) + 1) * blocksPerHalving,
  },
  HALVING_DATE: {
    args: [900000, jan2026, 1, 10],
    floor: (h, asOf, ahead = 1, minutes = 10) =>
      asOf + (((Math.floor(h / blocksPerHalving) + ahead) * blocksPerHalving - h) * minutes) / 1440,
  },
  NETWORK_HASHRATE: { args: [1.4e14], floor: (d, seconds = 600) => (d * 2 ** 32) / seconds / 1e18 },
  DIFFICULTY: { args: [1048.5], floor: (ehs, seconds = 600) => (ehs * 1e18 * seconds) / 2 ** 32 },
  NETWORK: { args: ['difficulty', jan2026] },
  HASHVALUE: { args: [1048.5, 0.0173, 930000], floor: hashvalueBtcPerPhDay },
  HASHPRICE: {
    args: [91132, 1048.5, 0.0173, 930000],
    floor: (price, ehs, fees, h) => price * hashvalueBtcPerPhDay(ehs, fees, h),
  },
  BREAKEVEN_HASHPRICE: { args: [17.5, 0.045, 0.02, 1.5], floor: breakevenHashprice },
  BREAKEVEN_POWER: {
    args: [40, 17.5, 0.02, 1.5],
    floor: (hashprice, e, fee = 0, other = 0) => (hashprice * (1 - fee) - other) / (e * 24),
  },
  BREAKEVEN_BTC: {
    args: [17.5, 0.045, 1048.5, 0.0173, 930000, 0.02, 1.5],
    floor: (e, price, ehs, fees, h, fee, other) =>
      breakevenHashprice(e, price, fee, other) / hashvalueBtcPerPhDay(ehs, fees, h),
  },
  MINING_REVENUE_PER_MW: {
    args: [40, 17.5, 0.95, 0.02],
    floor: (hashprice, e, uptime = 1, fee = 0) => hashprice * (1000 / e) * 365 * uptime * (1 - fee),
  },
  MINING_MARGIN_PER_MW: {
    args: [40, 17.5, 0.045, 0.95, 0.02, 100000],
    floor: (hashprice, e, price, uptime = 1, fee = 0, other = 0) =>
      hashprice * (1000 / e) * 365 * uptime * (1 - fee) - 1000 * hoursPerYear * uptime * price - other,
  },
  FLEX_MARGIN_PER_MW: {
    args: [40, 17.5, dayOfHourlyPricesUsdPerMwh, 0.02, 50000],
    floor: (hashprice, e, prices, fee = 0, demandResponse = 0) => {
      const { hours, margin } = flexHours(hashprice, e, prices, fee);
      return (margin * hoursPerYear) / hours + demandResponse;
    },
  },
  FLEX_UPTIME: {
    args: [40, 17.5, dayOfHourlyPricesUsdPerMwh, 0.02],
    floor: (hashprice, e, prices, fee = 0) => {
      const { hours, mined } = flexHours(hashprice, e, prices, fee);
      return mined / hours;
    },
  },
  HASHPRICE_PATH: { args: [jan2026, 600, 91132, 1048.5, 930000, 0.02, 0.01, 0.0173, true] },
  AI_MW_REVENUE: { args: [9.7e9, 5, 200], floor: (value, term, mw) => value / term / mw },
  GPU_MW_REVENUE: {
    args: [2.1, 1.4, 0.9],
    floor: (price, kw, utilization = 1) => (price * hoursPerYear * utilization * 1000) / kw,
  },
  COLO_MW_REVENUE: { args: [130, 0.95], floor: (rent, occupancy = 1) => rent * 1000 * 12 * occupancy },
  IT_LOAD_MW: { args: [100, 1.3], floor: (gross, pue) => gross / pue },
  CONTRACT_PV: { args: [9.7e9, 5, 0.1, 0.2, 0.03], floor: contractPv },
  CONVERSION_CASHFLOWS: { args: [200, 1.9e6, 0.8, 1e7, 18, 4e5, 30, true] },
  CONVERSION_NPV: { args: [200, 1.9e6, 0.8, 1e7, 18, 4e5, 30, 0.1] },
  CONVERSION_PAYBACK_YEARS: { args: [200, 1.9e6, 0.8, 1e7, 18, 4e5, 30] },
  VALUE_PER_WATT: {
    args: [130, 0.85, 0.07, 1e7],
    floor: (rent, margin, capRate, capex) => ((rent * 12000 * margin) / capRate - capex) / 1e6,
  },
  COMPANY: { args: ['IREN', 'power_capacity_mw', jan2026] },
  COMPANIES: { args: [true] },
  CONTRACTS: { args: ['IREN', true] },
  ASIC: { args: ['Antminer S21 XP', 'efficiency_j_per_th'] },
  CONVERT: { args: [1048.5, 'EH/s', 'PH/s'] },
};

module.exports = { samples, dayOfHourlyPricesUsdPerMwh, jan2026 };
