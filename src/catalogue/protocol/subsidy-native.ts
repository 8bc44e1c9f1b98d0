import { needed, subsidyBtcFormula } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** SUBSIDY's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const subsidyNative: NativeFormula = ([height]) => subsidyBtcFormula(needed(height));
