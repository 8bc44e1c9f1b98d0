import type { NativeFormula } from '../../sheet/native-form';

/** GPU_MW_REVENUE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const gpuMwRevenueNative: NativeFormula = ([price, kw, utilization]) => `${price}*8760*${utilization}*1000/${kw}`;
