import { convertParams, convertUnit } from '../../core/units';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERT', result: 'number', params: convertParams, core: convertUnit,
});

export const docs: FunctionDocs = [
  'Converts a value between units of one family: hashrate, power, energy, bitcoin, power price or hashprice.',
  '同じ系統の単位間で値を換算：ハッシュレート、電力、電力量、ビットコイン、電力価格、ハッシュプライス。',
  { returns: 'The quantity in to_unit.', example: [1048.5, 'EH/s', 'TH/s'] },
];
