import type { NativeFormula } from '../../sheet/native-form';

/** IT_LOAD_MW's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const itLoadMwNative: NativeFormula = ([gross, pue]) => `${gross}/${pue}`;
