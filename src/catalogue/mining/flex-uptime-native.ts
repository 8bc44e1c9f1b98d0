import { flexRevenueUsdPerMwhFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** FLEX_UPTIME's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const flexUptimeNative: NativeFormula = ([hashprice, efficiency, prices, fee]) =>
  `SUMPRODUCT((${prices}<${flexRevenueUsdPerMwhFormula(needed(hashprice), needed(efficiency), needed(fee))})*1)/COUNT(${prices})`;
