import { hashpriceParams, hashpriceUsdPerPhDay } from '../../core/mining/hashprice';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HASHPRICE', result: 'number', unit: 'USD/PH/day', params: hashpriceParams, core: hashpriceUsdPerPhDay,
});

export const docs: FunctionDocs = [
  'Hashprice: USD earned by 1 PH/s in one day (Luxor Hashrate Index method).',
  'ハッシュプライス：1 PH/s が1日に得るUSD（Luxor Hashrate Index の方式）。',
  { returns: 'USD per PH/s per day.', example: [91132, 1048.5, 0.0173] },
];
