import { breakevenHashpriceFormula, hashvalueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** BREAKEVEN_BTC's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const breakevenBtcNative: NativeFormula = ([efficiency, power, ehs, fees, height, fee, other]) =>
  `${breakevenHashpriceFormula(needed(efficiency), needed(power), needed(fee), needed(other))}/(${hashvalueFormula(needed(ehs), needed(fees), height)})`;
