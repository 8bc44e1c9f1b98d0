import { networkFigure, networkFigureParams } from '../../core/data/network-figure';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'NETWORK', result: 'value', params: networkFigureParams, core: networkFigure, bundledData: true });

export const docs: FunctionDocs = [
  "A figure from the bundled, sourced Bitcoin network history: with a date, that field's latest figure on or before it; without one, the newest complete snapshot.",
  '同梱の出典付きビットコイン・ネットワーク履歴の数値。日付を指定するとその日以前のその項目の最新値、省略すると最新の完全なスナップショットの値を返します。',
  {
    returns:
      "The figure in the field's unit; with part, its as_of (the date of the row it came from), unit, source or note. With as_of_date, each field is looked up on its own, so two fields may come from different rows; date is then the newest row on or before the day. Without it, every field comes from one snapshot, the newest row holding a price, a difficulty, fees and a block height, and date names that row.",
    example: ['btc_price_usd', { date: '2026-01-12' }],
  },
  {
    field: [
      'One of btc_price_usd, difficulty, network_hashrate_ehs (EH/s, from difficulty × 2^32 / 600), fees_btc_per_block, block_height, date.',
      'btc_price_usd、difficulty、network_hashrate_ehs（EH/s、difficulty × 2^32 / 600 から算出）、fees_btc_per_block、block_height、date のいずれか。',
    ],
    as_of_date: [
      "Date: the field's latest figure on or before it (part as_of says which day). Default: the newest complete snapshot, for every field.",
      '日付：その日以前のその項目の最新値（part の as_of がその日付）。既定：すべての項目を最新の完全なスナップショットから。',
      [39816, 73051],
    ],
  },
];
