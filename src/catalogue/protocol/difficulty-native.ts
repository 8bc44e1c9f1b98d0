import { hashesPerDifficultyUnit } from '../../core/constants';
import type { NativeFormula } from '../../sheet/native-form';

/** DIFFICULTY's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const difficultyNative: NativeFormula = ([ehs, seconds]) => `${ehs}*1E18*${seconds}/${hashesPerDifficultyUnit}`;
