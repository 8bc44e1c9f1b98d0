import { hashesPerDifficultyUnit } from '../../core/constants';
import type { NativeFormula } from '../../sheet/native-form';

/** NETWORK_HASHRATE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const networkHashrateNative: NativeFormula = ([difficulty, seconds]) => `${difficulty}*${hashesPerDifficultyUnit}/${seconds}/1E18`;
