import type { NativeFormula } from '../../sheet/native-form';

/** GPU_TCO_PER_HOUR's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const gpuTcoPerHourNative: NativeFormula = ([capex, life, kw, pue, power, opex, rate, utilization]) =>
  `(${capex}*IF(${rate}=0,1/${life},${rate}/(1-(1+${rate})^(-${life})))+${opex}+${kw}*${pue}*8760*${power})/(8760*${utilization})`;
