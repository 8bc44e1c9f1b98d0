import type { NativeFormula } from '../../sheet/native-form';

/** AI_MW_REVENUE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const aiMwRevenueNative: NativeFormula = ([value, term, mw]) => `${value}/${term}/${mw}`;
