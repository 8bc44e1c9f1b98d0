import { networkFigure, networkFigureParams } from '../../core/data/network-figure';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'NETWORK', result: 'value', params: networkFigureParams, core: networkFigure, bundledData: true });

export const docs: FunctionDocs = [
  'A figure from the bundled, sourced Bitcoin network history, from the latest row on or before a date that has it.',
  '同梱の出典付きビットコイン・ネットワーク履歴の数値。指定日以前でその項目を持つ最新の行から返します。',
  {
    returns: "The figure in the field's unit; date returns the row's date serial. Every field comes from one snapshot, the latest row that holds them all; with part, the figure's as_of, unit, source or note.",
    example: ['btc_price_usd', { date: '2026-01-12' }],
  },
  {
    field: [
      'One of btc_price_usd, difficulty, network_hashrate_ehs (EH/s, from difficulty × 2^32 / 600), fees_btc_per_block, block_height, date.',
      'btc_price_usd、difficulty、network_hashrate_ehs（EH/s、difficulty × 2^32 / 600 から算出）、fees_btc_per_block、block_height、date のいずれか。',
    ],
    as_of_date: ['Date: the latest row on or before it with the field is used. Default: the latest such row.', '日付：その日以前でその項目を持つ最新の行を使います。既定：そのような最新の行。', [39816, 73051]],
  },
];
