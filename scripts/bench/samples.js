/**
 * Sample valid arguments for every MINER.* function — its catalogue example, as Excel passes
 * it — and for the scalar ones a plain-number implementation of the same formula
 * (FUNCTIONS.md) that the benchmark measures as the floor: what the formula costs in bare
 * JavaScript doubles, without normalisation, validation, decimal arithmetic or error mapping.
 * A floor is optional; it is an oracle of the benchmark only, so it lives here, not in the
 * catalogue. The benchmark and the fuzz test read this table.
 */
require('../require-ts');
const { catalogue } = require('../../src/catalogue/index.ts');
const { exampleValues } = require('../../src/catalogue/example.ts');

const { blocksPerDay, blocksPerHalving, hoursPerYear } = require('../../src/core/constants.ts');


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

/** id -> the plain-number formula of the function, arguments in Excel order (a blank is undefined). */
const floors = {
  SUBSIDY: subsidyBtc,
  NEXT_HALVING_HEIGHT: (h) => (Math.floor(h / blocksPerHalving) + 1) * blocksPerHalving,
  HALVING_DATE: (h, asOf, ahead = 1, minutes = 10) =>
    asOf + (((Math.floor(h / blocksPerHalving) + ahead) * blocksPerHalving - h) * minutes) / 1440,
  NETWORK_HASHRATE: (d, seconds = 600) => (d * 2 ** 32) / seconds / 1e18,
  DIFFICULTY: (ehs, seconds = 600) => (ehs * 1e18 * seconds) / 2 ** 32,
  HASHVALUE: hashvalueBtcPerPhDay,
  HASHPRICE: (price, ehs, fees, h) => price * hashvalueBtcPerPhDay(ehs, fees, h),
  BREAKEVEN_HASHPRICE: breakevenHashprice,
  BREAKEVEN_POWER: (hashprice, e, fee = 0, other = 0) => (hashprice * (1 - fee) - other) / (e * 24),
  BREAKEVEN_BTC: (e, price, ehs, fees, h, fee, other) =>
    breakevenHashprice(e, price, fee, other) / hashvalueBtcPerPhDay(ehs, fees, h),
  MINING_REVENUE_PER_MW: (hashprice, e, uptime = 1, fee = 0) => hashprice * (1000 / e) * 365 * uptime * (1 - fee),
  MINING_MARGIN_PER_MW: (hashprice, e, price, uptime = 1, fee = 0, other = 0) =>
    hashprice * (1000 / e) * 365 * uptime * (1 - fee) - 1000 * hoursPerYear * uptime * price - other,
  FLEX_MARGIN_PER_MW: (hashprice, e, prices, fee = 0, demandResponse = 0) => {
    const { hours, margin } = flexHours(hashprice, e, prices, fee);
    return (margin * hoursPerYear) / hours + demandResponse;
  },
  FLEX_UPTIME: (hashprice, e, prices, fee = 0) => {
    const { hours, mined } = flexHours(hashprice, e, prices, fee);
    return mined / hours;
  },
  AI_MW_REVENUE: (value, term, mw) => value / term / mw,
  GPU_MW_REVENUE: (price, kw, utilization = 1) => (price * hoursPerYear * utilization * 1000) / kw,
  COLO_MW_REVENUE: (rent, occupancy = 1) => rent * 1000 * 12 * occupancy,
  IT_LOAD_MW: (gross, pue) => gross / pue,
  CONTRACT_PV: contractPv,
  VALUE_PER_WATT: (rent, margin, capRate, capex) => ((rent * 12000 * margin) / capRate - capex) / 1e6,
};

/**
 * id -> { args: the catalogue example as Excel passes it, a left-out argument as undefined so
 * that a floor's defaults apply too; floor?: plain-number formula }.
 */
const samples = Object.fromEntries(
  catalogue.map(({ declaration, docs }) => [
    declaration.id,
    { args: exampleValues(docs.example).map((arg) => (arg === null ? undefined : arg)), floor: floors[declaration.id] },
  ]),
);

/**
 * The floors as a plain script for another engine (the per-engine figures of scripts/bench.js):
 * the constants and helpers they use, then `var hashwattFloors = { ID: floor, … }`. The very
 * functions above, as text, so every engine measures the same floor.
 */
function floorsScript() {
  const constants = `var blocksPerDay = ${blocksPerDay}, blocksPerHalving = ${blocksPerHalving}, hoursPerYear = ${hoursPerYear};`;
  const helpers = [subsidyBtc, hashvalueBtcPerPhDay, breakevenHashprice, flexHours, contractPv].map(String);
  const table = Object.entries(floors).map(([id, floor]) => `  ${id}: ${String(floor)},`);
  return [constants, ...helpers, 'var hashwattFloors = {', ...table, '};', ''].join('\n');
}

module.exports = { samples, dayOfHourlyPricesUsdPerMwh, floorsScript };
