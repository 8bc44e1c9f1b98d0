import { hashpricePath, hashpricePathParams } from '../../core/mining/hashprice-path';
import { blocksPerDay, blocksPerHalving } from '../../core/constants';
import { needed, subsidyBtcFormula } from '../native';
import { withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';
import { defineFunction, FunctionDocs, ParameterLines } from '../types';

/**
 * Month `row`, as the core computes it: its date by EDATE from the start, its first block
 * height 144 a day on from the start's, the subsidy averaged over its blocks (a month holds at
 * most one halving: the blocks before it at one subsidy, those after at half), hashrate and
 * price compounded monthly, and the hashprice of that row's cells.
 */
const pathRow: NativeTableRow = (operands, row, cell) => {
  const [start, months, price, hashrate, height, hashrateGrowth, priceGrowth, fees] = operands.map(needed);
  const [date, first, subsidy, rowHashrate, rowPrice] = [0, 1, 2, 3, 4].map((column) => cell(column));
  const day0 = `INT(${start})`;
  const next = `(${height}+${blocksPerDay}*(EDATE(${day0},${row + 1})-${day0}))`;
  const halving = `((INT(${first}/${blocksPerHalving})+1)*${blocksPerHalving})`;
  const blended = `((${halving}-${first})*${subsidyBtcFormula(first)}+(${next}-${halving})*${subsidyBtcFormula(halving)})/(${next}-${first})`;
  return [
    withinRows(row, months, `EDATE(${day0},${row})`),
    `IF(${date}="","",${height}+${blocksPerDay}*(${date}-${day0}))`,
    `IF(${date}="","",IF(${next}<=${halving},${subsidyBtcFormula(first)},${blended}))`,
    withinRows(row, months, `${hashrate}*(1+${hashrateGrowth})^${row}`),
    withinRows(row, months, `${price}*(1+${priceGrowth})^${row}`),
    `IF(${date}="","",(${subsidy}+${fees})*${blocksPerDay}*${rowPrice}/(${rowHashrate}*1000))`,
  ];
};

export const declaration = defineFunction({ id: 'HASHPRICE_PATH', result: 'table', params: hashpricePathParams, core: hashpricePath, nativeTable: pathRow });

/** The text of the parameters HASHPRICE_FAN shares with this function. */
export const hashpricePathParameterText: ParameterLines = {
  btc_price_usd: ['BTC price in the first month in USD, > 0.', '最初の月のBTC価格（USD）。0より大きい値。', [1000, 10000000]],
  network_hashrate_ehs: ['Network hashrate in the first month in EH/s, > 0.', '最初の月のネットワーク・ハッシュレート（EH/s）。0より大きい値。', [10, 100000]],
  headers: ['TRUE to put column names in the first row. Default TRUE.', 'TRUE で1行目に列名を入れます。既定値 TRUE。'],
};

export const docs: FunctionDocs = [
  'A monthly hashprice path that spills: date, block height, subsidy, network hashrate, BTC price and hashprice.',
  'スピルする月次のハッシュプライス・パス：日付、ブロック高、ブロック報酬、ネットワーク・ハッシュレート、BTC価格、ハッシュプライス。',
  {
    returns: 'One row a month: date, block_height, subsidy_btc (block-weighted average), network_hashrate_ehs, btc_price_usd, hashprice_usd_per_ph_day.',
    example: [{ date: '2026-03-20' }, 4, 70343.9, 957.7, 941472, 0.025, 0, 0.0173],
  },
  hashpricePathParameterText,
];
