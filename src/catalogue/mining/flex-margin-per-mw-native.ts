import { flexRevenueUsdPerMwhFormula, needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** FLEX_MARGIN_PER_MW's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const flexMarginPerMwNative: NativeFormula = ([hashprice, efficiency, prices, fee, demandResponse]) => {
  const revenue = flexRevenueUsdPerMwhFormula(needed(hashprice), needed(efficiency), needed(fee));
  return `SUMPRODUCT((${prices}<${revenue})*(${revenue}-${prices}))*8760/COUNT(${prices})+${demandResponse}`;
};
