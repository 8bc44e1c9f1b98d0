import { convertUnit } from '../../core/units';
import { quotedText } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** CONVERT's native formula: a factor exists only between units written as text in the formula; a unit in a cell is frozen. */
export const convertNative: NativeFormula = ([value, from, to]) => {
  const [fromUnit, toUnit] = [quotedText(from), quotedText(to)];
  if (fromUnit === undefined || toUnit === undefined) return undefined;
  try {
    return `${value}*${convertUnit(1, fromUnit, toUnit)}`;
  } catch {
    return undefined;
  }
};
