import { conversionPaybackYears, conversionPaybackYearsParams } from '../../core/hosting/conversion-payback-years';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERSION_PAYBACK_YEARS', result: 'number', unit: 'years', params: conversionPaybackYearsParams, core: conversionPaybackYears, rulesCheckedByCore: true,
});

export const docs: FunctionDocs = [
  'Years from the start of the build until the cumulative incremental cash of a conversion first comes back to zero (linear within the month that crosses; a later dip does not move it, nor does a longer horizon).',
  '建設開始から、転換の累計増分キャッシュが初めてゼロに戻るまでの年数（交差する月の中は線形補間。その後の落ち込みや、より長い探索期間では変わりません）。',
  { returns: 'Payback in years (fractional); #N/A if it does not pay back within the horizon.', example: [200, 9700000, 0.85, 29000000, 12, 702601] },
  { years: ['Horizon to search in years, a whole number from 1 to 100. Default 30.', '探索する期間（年）。1から100の整数。既定値 30。', [1, 50]] },
];
