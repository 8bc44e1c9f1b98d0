import { contractsParams, contractsTable } from '../../core/data/contracts';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'CONTRACTS', result: 'table', params: contractsParams, core: contractsTable, bundledData: true });

export const docs: FunctionDocs = [
  "A spilled table of a company's AI/HPC contracts from the bundled presets.",
  '同梱プリセットにある企業のAI/HPC契約をスピルする表。',
  { returns: 'One row a contract: counterparty, kind, IT MW, value (USD), term (years), revenue per MW-year (USD), signed (date serial).', example: ['IREN'] },
];
