/** MINER.SUBSIDY: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { subsidyBtc, subsidyParams } from '../../core/protocol/subsidy';
import { needed, subsidyBtcFormula } from '../native';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'SUBSIDY', result: 'number', params: subsidyParams, core: subsidyBtc,
  native: ([height]) => subsidyBtcFormula(needed(height)),
});

export const docs: FunctionDocs = {
  section: 'protocol',
  description: {
    en: 'Block subsidy in BTC at a block height, exact to the satoshi.',
    ja: 'ブロック高におけるブロック報酬（BTC、1サトシ単位で正確）。',
  },
  returns: 'Subsidy in BTC per block.',
  parameters: {
    block_height: {
      en: 'Block height (blocks), a whole number >= 0.',
      ja: 'ブロック高（ブロック）。0以上の整数。',
      plausible: [0, 3000000],
    },
  },
  example: [840000],
};
