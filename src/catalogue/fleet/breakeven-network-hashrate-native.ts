import { breakevenHashpriceFormula, hashvalueFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** BREAKEVEN_NETWORK_HASHRATE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const breakevenNetworkHashrateNative: NativeFormula = ([price, efficiency, power, fees, height, fee, other]) =>
  `${needed(price)}*${hashvalueFormula('1', needed(fees), height)}/(${breakevenHashpriceFormula(needed(efficiency), needed(power), needed(fee), needed(other))})`;
