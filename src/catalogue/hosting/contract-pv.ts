import { contractPresentValueUsd, contractPvParams } from '../../core/hosting/contract-pv';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({
  id: 'CONTRACT_PV', result: 'number', unit: 'USD', params: contractPvParams, core: contractPresentValueUsd,
});

export const docs: FunctionDocs = [
  'Present value of a contract: a prepayment at signing, the rest in growing annual instalments at each year end.',
  '契約の現在価値：締結時の前払いと、残りを各年末に成長する年次分割で受け取る。',
  { returns: 'Present value in USD at signing.', example: [9700000000, 5, 0.1, 0.2, 0] },
  { term_years: ['Term in years, a whole number from 1 to 100 (instalments are annual).', '期間（年）。1から100の整数（分割は年1回）。', [0.5, 30]] },
];
