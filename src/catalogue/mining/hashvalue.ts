import { hashvalueBtcPerPhDay, hashvalueParams } from '../../core/mining/hashvalue';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'HASHVALUE', result: 'number', unit: 'BTC/PH/day', params: hashvalueParams, core: hashvalueBtcPerPhDay,
});

export const docs: FunctionDocs = [
  'Hashvalue: BTC earned by 1 PH/s in one day at the difficulty-implied 144 blocks a day.',
  'ハッシュバリュー：ディフィカルティから導かれる1日144ブロックで、1 PH/s が1日に得るBTC。',
  { returns: 'BTC per PH/s per day.', example: [1048.5, 0.0173] },
];
