import { needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** NOTE_SHARES's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const noteSharesNative: NativeFormula = ([principal, conversion, price, cap, net]) => {
  const [n, c, p] = [needed(principal), needed(conversion), needed(price)];
  const kept = `IF(${needed(net)},${p}-${c},${p})`;
  const back = cap === undefined ? '' : `-(MIN(${p},${cap})-${c})`;
  return `IF(${p}<=${c},0,MAX(0,${n}*(${kept}${back})/(${c}*${p})))`;
};
