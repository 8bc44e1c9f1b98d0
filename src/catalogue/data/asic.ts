import { asicFigure, asicParams } from '../../core/data/asic';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'ASIC', result: 'number', params: asicParams, core: asicFigure, bundledData: true });

export const docs: FunctionDocs = [
  'A published spec of a mining machine from the bundled machine data.',
  '同梱のマシンデータにある、マイニングマシンの公表仕様。',
  { returns: "The spec in the field's unit.", example: ['Antminer S21', 'efficiency_j_per_th'] },
  { field: ['One of hashrate_ths (TH/s), power_w (W), efficiency_j_per_th (J/TH), released (year).', 'hashrate_ths（TH/s）、power_w（W）、efficiency_j_per_th（J/TH）、released（年）のいずれか。'] },
];
