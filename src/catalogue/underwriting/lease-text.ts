/** Parameter text the lease functions share where it differs from parameter-text.ts. */
import type { ParameterLine } from '../types';

export const leaseTermYearsText: ParameterLine = ['Lease term in years, a whole number from 1 to 100 (one row a year).', 'リース期間（年）。1から100の整数（1年に1行）。', [1, 30]];

/** Rent growth where it must be given (LEASE_FINANCING). */
export const rentEscalatorText: ParameterLine = ['Rent growth a year (3% is 0.03), > -1.', '賃料の年間上昇率（3%は0.03）。-1より大きい値。', [0, 0.1]];

const [escalatorEn, escalatorJa, escalatorRange] = rentEscalatorText;

/** Rent growth where leaving it out means none (LEASE_CASHFLOWS). */
export const optionalRentEscalatorText: ParameterLine = [`${escalatorEn} Default 0.`, `${escalatorJa}既定値 0。`, escalatorRange];

const profileEn = 'How the debt is repaid: sculpted (service proportional to CFADS), level (an annuity), bullet (interest only, principal at the tenor) or balloon (level, with balloon_share of the loan paid at the tenor).';
const profileJa = '返済方法：sculpted（CFADSに比例する彫刻型）、level（元利均等）、bullet（利息のみ、満期に元本一括）、balloon（元利均等でballoon_shareを満期に一括返済）。';

/** DEBT_SCHEDULE's profile. */
export const scheduleProfileText: ParameterLine = [`${profileEn} Omitted: sculpted with CFADS, else level.`, `${profileJa}省略時：CFADS指定時は彫刻型、それ以外は元利均等。`];

/** LEASE_FINANCING's debt_profile. */
export const financingProfileText: ParameterLine = [`${profileEn} Sculpted on the NOI by default.`, `${profileJa}既定値：NOIに合わせた彫刻型。`];

export const balloonShareText: ParameterLine = [
  'Share of the loan left to the end of the tenor and paid then (balloon profile), 0 to < 1 (30% is 0.3). Default 0.',
  '満期まで残し満期に一括返済する借入の割合（balloonの場合）。0以上1未満（30%は0.3）。既定値 0。',
  [0, 0.5],
];
