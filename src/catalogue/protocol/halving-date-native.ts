import { blocksPerHalving, minutesPerDay } from '../../core/constants';
import { needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** HALVING_DATE's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const halvingDateNative: NativeFormula = ([height, asOf, ahead, minutes]) =>
  `${asOf}+(${ahead}*${blocksPerHalving}-MOD(${needed(height)},${blocksPerHalving}))*${minutes}/${minutesPerDay}`;
