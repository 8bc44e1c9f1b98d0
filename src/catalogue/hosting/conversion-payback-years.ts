/** MINER.CONVERSION_PAYBACK_YEARS: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { conversionPaybackYears, conversionPaybackYearsParams } from '../../core/hosting/conversion-payback-years';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONVERSION_PAYBACK_YEARS', result: 'number', params: conversionPaybackYearsParams, core: conversionPaybackYears,
});

export const docs: FunctionDocs = {
  section: 'hosting',
  description: {
    en: 'Years from the start of the build until the cumulative incremental cash of a conversion turns positive.',
    ja: '建設開始から、転換の累計増分キャッシュがプラスに転じるまでの年数。',
  },
  returns: 'Payback in years (fractional); #N/A if it does not pay back within the horizon.',
  parameters: {
    years: {
      en: 'Horizon to search in years, a whole number from 1 to 100. Default 30.',
      ja: '探索する期間（年）。1から100の整数。既定値 30。',
      plausible: [1, 50],
    },
  },
  example: [200, 9700000, 0.85, 29000000, 12, 702601],
};
