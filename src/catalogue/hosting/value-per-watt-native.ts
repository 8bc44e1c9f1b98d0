import type { NativeFormula } from '../../sheet/native-form';

/** VALUE_PER_WATT's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const valuePerWattNative: NativeFormula = ([rent, margin, capRate, capex]) => `(${rent}*12000*${margin}/${capRate}-${capex})/1000000`;
