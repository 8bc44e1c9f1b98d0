import { breakevenHashpriceFormula, fromEveryOperand } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** BREAKEVEN_HASHPRICE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const breakevenHashpriceNative: NativeFormula = fromEveryOperand(breakevenHashpriceFormula);
