import { companyFigure, companyParams } from '../../core/data/company';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'COMPANY', result: 'value', params: companyParams, core: companyFigure, bundledData: true });

export const docs: FunctionDocs = [
  'A sourced figure for a company from the bundled presets, the latest on or before a date.',
  '同梱の企業プリセットにある出典付きの数値。指定日以前の最新値を返します。',
  { returns: "The figure in the field's unit (MW, EH/s, J/TH, USD/kWh, BTC, USD, shares), or text for name; with part, the figure's as_of (date serial), unit, source or note.", example: ['IREN', 'ai_contracted_it_mw'] },
];
