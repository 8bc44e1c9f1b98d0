import { hashpricePath, hashpricePathParams } from '../../core/mining/hashprice-path';
import { defineFunction, FunctionDocs, ParameterLines } from '../types';

export const declaration = defineFunction({ id: 'HASHPRICE_PATH', result: 'table', params: hashpricePathParams, core: hashpricePath });

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
