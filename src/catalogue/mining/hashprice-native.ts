import { hashvalueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** HASHPRICE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const hashpriceNative: NativeFormula = ([price, ehs, fees, height]) => `${price}*${hashvalueFormula(needed(ehs), needed(fees), height)}`;
