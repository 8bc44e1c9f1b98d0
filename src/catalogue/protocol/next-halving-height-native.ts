import { blocksPerHalving } from '../../core/constants';
import { needed } from '../native';
import type { NativeFormula } from '../../sheet/native-form';

/** NEXT_HALVING_HEIGHT's native formula: its arithmetic in plain spreadsheet syntax over the argument operands (native.ts). */
export const nextHalvingHeightNative: NativeFormula = ([height]) => `(INT(${needed(height)}/${blocksPerHalving})+1)*${blocksPerHalving}`;
