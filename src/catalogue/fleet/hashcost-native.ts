import type { NativeFormula } from '../../sheet/native-form';

/** HASHCOST's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const hashcostNative: NativeFormula = ([cost, ehs, days]) => `${cost}/(${ehs}*1000*${days})`;
