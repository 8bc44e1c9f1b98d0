import { breakevenHashpriceParams, breakevenHashpriceUsdPerPhDay } from '../../core/mining/breakeven-hashprice';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'BREAKEVEN_HASHPRICE', result: 'number', unit: 'USD/PH/day', params: breakevenHashpriceParams, core: breakevenHashpriceUsdPerPhDay,
});

export const docs: FunctionDocs = [
  'Breakeven hashprice: the USD per PH/s per day at which mining just covers power and other costs.',
  '損益分岐ハッシュプライス：マイニングが電力費とその他の費用をちょうど賄う、PH/s・日あたりのUSD。',
  { returns: 'USD per PH/s per day: (efficiency × 24 × power price + other cost) / (1 − pool fee).', example: [17.5, 0.04, 0.02] },
];
