import { breakevenBtcParams, breakevenBtcPriceUsd } from '../../core/mining/breakeven-btc';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'BREAKEVEN_BTC', result: 'number', unit: 'USD/BTC', params: breakevenBtcParams, core: breakevenBtcPriceUsd,
});

export const docs: FunctionDocs = [
  'Breakeven BTC price: the USD price of one BTC at which mining covers its costs (its production cost).',
  '損益分岐BTC価格：マイニングが費用を賄う1 BTCのUSD価格（すなわち生産コスト）。',
  { returns: 'USD per BTC.', example: [17.5, 0.04, 1048.5, 0.0173, null, 0.02] },
  { other_cost_usd_per_ph_day: ['Other costs (depreciation, overheads) in USD per PH/s per day, >= 0. Default 0.', 'その他の費用（減価償却、間接費）（PH/s・日あたりUSD）。0以上。既定値 0。', [0, 100]] },
];
