/** MINER.HASHPRICE_PATH: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { hashpricePath, hashpricePathParams } from '../../core/mining/hashprice-path';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HASHPRICE_PATH', result: 'table', params: hashpricePathParams, core: hashpricePath,
});

export const docs: FunctionDocs = {
  section: 'mining',
  description: {
    en: 'A monthly hashprice path that spills: date, block height, subsidy, network hashrate, BTC price and hashprice.',
    ja: 'スピルする月次のハッシュプライス・パス：日付、ブロック高、ブロック報酬、ネットワーク・ハッシュレート、BTC価格、ハッシュプライス。',
  },
  returns: 'One row a month: date, block_height, subsidy_btc (block-weighted average), network_hashrate_ehs, btc_price_usd, hashprice_usd_per_ph_day.',
  parameters: {
    btc_price_usd: {
      en: 'BTC price in the first month in USD, > 0.',
      ja: '最初の月のBTC価格（USD）。0より大きい値。',
      plausible: [1000, 10000000],
    },
    network_hashrate_ehs: {
      en: 'Network hashrate in the first month in EH/s, > 0.',
      ja: '最初の月のネットワーク・ハッシュレート（EH/s）。0より大きい値。',
      plausible: [10, 100000],
    },
    headers: {
      en: 'TRUE to put column names in the first row. Default TRUE.',
      ja: 'TRUE で1行目に列名を入れます。既定値 TRUE。',
    },
  },
  example: [{ date: '2026-03-20' }, 4, 70343.9, 957.7, 941472, 0.025, 0, 0.0173],
};
