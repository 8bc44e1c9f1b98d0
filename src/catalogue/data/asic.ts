/** MINER.ASIC: its one declaration. What Excel runs is `declaration`; what it shows is `docs`. */
import { asicFigure, asicParams } from '../../core/data/asic';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'ASIC', result: 'number', params: asicParams, core: asicFigure,
  bundledData: true,
});

export const docs: FunctionDocs = {
  section: 'data',
  description: {
    en: 'A published spec of a mining machine from the bundled machine data.',
    ja: '同梱のマシンデータにある、マイニングマシンの公表仕様。',
  },
  returns: "The spec in the field's unit.",
  parameters: {
    field: {
      en: 'One of hashrate_ths (TH/s), power_w (W), efficiency_j_per_th (J/TH), released (year).',
      ja: 'hashrate_ths（TH/s）、power_w（W）、efficiency_j_per_th（J/TH）、released（年）のいずれか。',
    },
  },
  example: ['Antminer S21', 'efficiency_j_per_th'],
};
