import { miningRevenueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** MINING_MARGIN_PER_MW's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const miningMarginPerMwNative: NativeFormula = ([hashprice, efficiency, power, uptime, fee, other]) =>
  `${miningRevenueFormula(needed(hashprice), needed(efficiency), needed(uptime), needed(fee))}-${power}*8760000*${uptime}-${other}`;
