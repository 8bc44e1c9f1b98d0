import type { NativeFormula } from '../../sheet/native-form';

/** COLO_MW_REVENUE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const coloMwRevenueNative: NativeFormula = ([rent, occupancy]) => `${rent}*12000*${occupancy}`;
