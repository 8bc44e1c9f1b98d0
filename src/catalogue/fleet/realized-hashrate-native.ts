import { hashvalueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** REALIZED_HASHRATE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const realizedHashrateNative: NativeFormula = ([btc, days, ehs, fees, height]) => `${needed(btc)}/(${needed(days)}*1000*${hashvalueFormula(needed(ehs), needed(fees), height)})`;
