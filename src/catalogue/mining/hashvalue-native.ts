import { hashvalueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** HASHVALUE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const hashvalueNative: NativeFormula = ([ehs, fees, height]) => hashvalueFormula(needed(ehs), needed(fees), height);
