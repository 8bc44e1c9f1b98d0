import { miningRevenueFormula, fromEveryOperand } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** MINING_REVENUE_PER_MW's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const miningRevenuePerMwNative: NativeFormula = fromEveryOperand(miningRevenueFormula);
