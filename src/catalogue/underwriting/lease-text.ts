/** Parameter text the lease functions share where it differs from parameter-text.ts. */
import type { ParameterLine } from '../types';

export const leaseTermYearsText: ParameterLine = ['Lease term in years, a whole number from 1 to 100 (one row a year).', 'リース期間（年）。1から100の整数（1年に1行）。', [1, 30]];

/** Rent growth where it must be given (LEASE_FINANCING). */
export const rentEscalatorText: ParameterLine = ['Rent growth a year (3% is 0.03), > -1.', '賃料の年間上昇率（3%は0.03）。-1より大きい値。', [0, 0.1]];

const [escalatorEn, escalatorJa, escalatorRange] = rentEscalatorText;

/** Rent growth where leaving it out means none (LEASE_CASHFLOWS). */
export const optionalRentEscalatorText: ParameterLine = [`${escalatorEn} Default 0.`, `${escalatorJa}既定値 0。`, escalatorRange];
