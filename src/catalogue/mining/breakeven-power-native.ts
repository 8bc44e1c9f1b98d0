import type { NativeFormula } from '../../sheet/native-form';

/** BREAKEVEN_POWER's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const breakevenPowerNative: NativeFormula = ([hashprice, efficiency, fee, other]) => `(${hashprice}*(1-${fee})-${other})/(${efficiency}*24)`;
