import { leaseSummary, leaseSummaryParams } from '../../core/underwriting/lease-summary';
import { defineFunction, FunctionDocs } from '../types';
import { leaseFinancingParameterTexts } from './lease-text';

export const declaration = defineFunction({ id: 'LEASE_SUMMARY', result: 'table', params: leaseSummaryParams, core: leaseSummary });

export const docs: FunctionDocs = [
  "The headline figures of LEASE_FINANCING's deal as label and value: equity and project IRR, min and average DSCR, downside DSCR, debt, equity, loan-to-cost, capitalised interest, equity payback, reserve.",
  'LEASE_FINANCINGの取引の主要指標（ラベルと値）：エクイティとプロジェクトのIRR、最低・平均DSCR、ダウンサイドDSCR、借入、エクイティ、LTC、資本化利息、エクイティ回収年、返済準備金。',
  {
    returns: 'A two-column table, label and value, one row each: equity_irr, project_irr, min_dscr, avg_dscr, min_dscr_downside, debt_usd, equity_usd, loan_to_cost, capitalised_interest_usd, equity_payback_year, dsra_usd. A portable copy writes each value as a plain formula (the IRRs, DSCRs and payback over the deal\'s rows as arrays); there the equity IRR, payback and DSCRs show #N/A with a cash sweep, the equity IRR and payback with a lock-up above the minimum DSCR, and the equity IRR of flows with two IRRs.',
    example: [245, 128, 15, 0.03, 0.986, 10000000, 18, 0.85, 0.06192, 1.4],
  },
  {
    ...leaseFinancingParameterTexts,
  },
];
