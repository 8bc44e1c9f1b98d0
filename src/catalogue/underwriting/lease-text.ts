/** Parameter text the lease functions share where it differs from parameter-text.ts. */
import type { ParameterText } from '../types';

export const leaseTermYearsText: ParameterText = {
  en: 'Lease term in years, a whole number from 1 to 100 (one row a year).',
  ja: 'リース期間（年）。1から100の整数（1年に1行）。',
  plausible: [1, 30],
};

export const rentEscalatorText: ParameterText = {
  en: 'Rent growth a year (3% is 0.03), > -1.',
  ja: '賃料の年間上昇率（3%は0.03）。-1より大きい値。',
  plausible: [0, 0.1],
};
