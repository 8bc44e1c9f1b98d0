import { convertParams, convertUnit } from '../../core/units';
import { quotedText } from '../native';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERT', result: 'number', params: convertParams, core: convertUnit,
  // A factor exists only between units written as text in the formula; a unit in a cell is frozen.
  native: ([value, from, to]) => {
    const [fromUnit, toUnit] = [quotedText(from), quotedText(to)];
    if (fromUnit === undefined || toUnit === undefined) return undefined;
    try {
      return `${value}*${convertUnit(1, fromUnit, toUnit)}`;
    } catch {
      return undefined;
    }
  },
});

export const docs: FunctionDocs = [
  'Converts a value between units of one family: hashrate, power, energy, bitcoin, power price or hashprice.',
  '同じ系統の単位間で値を換算：ハッシュレート、電力、電力量、ビットコイン、電力価格、ハッシュプライス。',
  { returns: 'The quantity in to_unit.', example: [1048.5, 'EH/s', 'TH/s'] },
];
