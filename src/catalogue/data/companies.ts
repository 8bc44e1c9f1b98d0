import { companiesParams, companiesTable } from '../../core/data/companies';
import { defineFunction, FunctionDocs } from '../types';

export const declaration = defineFunction({ id: 'COMPANIES', result: 'table', params: companiesParams, core: companiesTable, bundledData: true });

export const docs: FunctionDocs = [
  'A spilled table of the bundled company presets: ticker, name, data as of.',
  '同梱の企業プリセットをスピルする表：ティッカー、社名、データの基準日。',
  { returns: 'One row a company, sorted by ticker; data as of is a date serial.', example: [] },
];
