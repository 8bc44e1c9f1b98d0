import { blocksPerDay, maxHorizonMonths, satsPerBtc } from '../constants';
import { addMonths } from '../dates';
import { notFinite } from '../errors';
import { optional, optionalBoolean, required } from '../params';
import { totalSubsidySats } from '../protocol/total-subsidy';
import { atLeastOne, atLeastZero, atMost, excelDate, maxExcelDateSerial, rateAboveMinusOne, wholeNumber } from '../rules';
import { hashpriceOf, hashpriceParams } from './hashprice';
import { Exact } from '../arithmetic/exact';
import { Quotient, quotientValue } from '../arithmetic/quotient';
import { hashvalueParams } from './hashvalue';

const one = Exact.one;
const btcPerSat = Exact.of(1 / satsPerBtc);

export const hashpricePathParams = [
  required('start_date', excelDate),
  required('months', atLeastOne, wholeNumber, atMost(maxHorizonMonths, '1,200')),
  hashpriceParams[0],
  hashvalueParams[0],
  required('start_block_height', atLeastZero, wholeNumber),
  optional('monthly_hashrate_growth', 0, rateAboveMinusOne),
  optional('monthly_price_growth', 0, rateAboveMinusOne),
  hashvalueParams[1],
  optionalBoolean('headers', true),
] as const;

export const hashpricePathHeaders = [
  'date',
  'block_height',
  'subsidy_btc',
  'network_hashrate_ehs',
  'btc_price_usd',
  'hashprice_usd_per_ph_day',
] as const;

export type PathCell = number | string;

/**
 * A monthly hashprice path: one row a month of date, block height, subsidy, network hashrate,
 * BTC price and hashprice.
 *
 * Month convention: row i (0 to months − 1) is the month from addMonths(start, i) to
 * addMonths(start, i + 1) (Excel's EDATE, always counted from the start date, so a month-end
 * start stays month-end), with the time of day of start_date dropped. Blocks arrive 144 a day:
 * the block height at the start of row i is start_block_height + 144 × (days from the start).
 * The subsidy is the average of the blocks mined in that month, weighted by block (summed era
 * by era, not block by block), so a halving lands in the month it occurs and that month shows
 * the blend. Hashrate and price hold for the whole month and compound monthly:
 * H0 × (1 + g)^i and P0 × (1 + gp)^i. Hashprice is the Luxor Hashrate Index formula on the
 * month's average subsidy plus the fees: (subsidy + fees) × 144 × price / (hashrate in PH/s).
 *
 * Arithmetic: the HASHPRICE formula itself (hashpriceOf), on exact values. Dates, heights and
 * sats are exact whole numbers; the month's block reward is (sats / 1e8 + fees × blocks) over
 * its blocks; hashrate and price are running products H × (1 + g), exact decimals (34 digits
 * once they outgrow a double's 15, which keeps them within 1e-30 over 1,200 months); each
 * cell leaves the core as one division at the boundary, so 100,000 grown by 10% is 110,000,
 * then 121,000, as typed.
 *
 * @param startDate Excel date serial of the first month's start, 61 to 2,958,465
 * @param months rows, a whole number 1 to 1,200
 * @param btcPriceUsd BTC price in the first month, USD, > 0
 * @param networkHashrateEhs network hashrate in the first month, EH/s, > 0
 * @param startBlockHeight block height on startDate, whole number >= 0
 * @param monthlyHashrateGrowth hashrate growth a month, > −1 (default 0)
 * @param monthlyPriceGrowth BTC price growth a month, > −1 (default 0)
 * @param feesBtcPerBlock average fees per block in BTC, >= 0 (default 0)
 * @param headers whether the first row names the columns (default true)
 * @returns rows of [date serial, block height, subsidy BTC, hashrate EH/s, price USD,
 *   hashprice USD/PH/day], after a header row when headers is true
 * @throws invalid_input for an input outside its rule
 * @throws not_finite when a date passes 9999-12-31, a block height passes 2^53 − 1, or growth
 *   takes a value past what a double holds
 * @example hashpricePath(46101, 26, 91132, 1048.5, 941_472)[25][2] ≈ 2.7049731 (the 2028-03-20
 *   month: 3,264 blocks at 3.125 then 1,200 at 1.5625 after height 1,050,000)
 */
export function hashpricePath(
  startDate: number, months: number, btcPriceUsd: number, networkHashrateEhs: number, startBlockHeight: number,
  monthlyHashrateGrowth: number, monthlyPriceGrowth: number, feesBtcPerBlock: number, headers: boolean,
): PathCell[][] {

  const start = Math.floor(startDate);
  const hashrateGrowth = one.plus(monthlyHashrateGrowth);
  const priceGrowth = one.plus(monthlyPriceGrowth);
  const rows: PathCell[][] = headers ? [[...hashpricePathHeaders]] : [];
  let date = start;
  let height = startBlockHeight;
  let hashrate = Exact.of(networkHashrateEhs);
  let price = Exact.of(btcPriceUsd);
  for (let i = 0; i < months; i++) {
    if (date > maxExcelDateSerial) throw notFinite(`month ${i + 1} of the path starts after 9999-12-31`);
    const nextDate = addMonths(start, i + 1);
    const nextHeight = startBlockHeight + blocksPerDay * (nextDate - start);
    if (!Number.isSafeInteger(nextHeight)) throw notFinite(`block heights in month ${i + 1} pass 9,007,199,254,740,991`);
    const blocks = nextHeight - height;
    const sats = totalSubsidySats(height, nextHeight);
    const btcPerBlock = monthlyBlockReward(sats, blocks, feesBtcPerBlock);
    const hashrateNumber = hashrate.toNumber();
    const priceNumber = price.toNumber();
    if (!(hashrateNumber > 0 && priceNumber > 0 && Number.isFinite(hashrateNumber) && Number.isFinite(priceNumber))) {
      throw notFinite(`month ${i + 1} of the path takes the hashrate or price past what a number holds`);
    }
    const hashprice = quotientValue(hashpriceOf(price, btcPerBlock, hashrate), `the hashprice of month ${i + 1}`);
    const subsidy = quotientValue({ numerator: btcPerSat.times(sats), denominator: Exact.of(blocks) }, 'the subsidy');
    rows.push([date, height, subsidy, hashrateNumber, priceNumber, hashprice]);
    date = nextDate;
    height = nextHeight;
    hashrate = hashrate.times(hashrateGrowth);
    price = price.times(priceGrowth);
  }
  return rows;
}

/**
 * What a month's blocks pay on average, BTC, exactly: (sats / 1e8 + fees × blocks) over the
 * blocks; in a month without a halving every block pays the same, (sats / blocks) / 1e8 +
 * fees over 1, which leaves the hashprice's denominator the hashrate alone.
 */
function monthlyBlockReward(sats: number, blocks: number, feesBtcPerBlock: number): Quotient {
  if (sats % blocks === 0) {
    const subsidy = btcPerSat.times(sats / blocks);
    return { numerator: feesBtcPerBlock === 0 ? subsidy : subsidy.plus(feesBtcPerBlock), denominator: one };
  }
  const subsidy = btcPerSat.times(sats);
  const blockCount = Exact.of(blocks);
  return { numerator: feesBtcPerBlock === 0 ? subsidy : subsidy.plus(blockCount.times(feesBtcPerBlock)), denominator: blockCount };
}
