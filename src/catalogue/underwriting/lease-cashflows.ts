import { leaseCashflows, leaseCashflowsParams } from '../../core/underwriting/lease-cashflows';
import { defineFunction, FunctionDocs } from '../types';
import { leaseTermYearsText, optionalRentEscalatorText } from './lease-text';

export const declaration = defineFunction({ id: 'LEASE_CASHFLOWS', result: 'table', params: leaseCashflowsParams, core: leaseCashflows });

export const docs: FunctionDocs = [
  'Yearly rent and NOI of an AI/HPC lease with an escalator: year, rent, NOI.',
  'エスカレーター付きAI/HPCリースの年次賃料とNOI：年、賃料、NOI。',
  { returns: 'A table in USD, one row a lease year from year 1.', example: [245, 128, 15, 0.03, 0.986] },
  {
    term_years: leaseTermYearsText,
    annual_escalator: optionalRentEscalatorText,
    noi_margin: ['Net operating income as a share of rent, 0 to 1 (near 1 for a triple-net lease). Default 1.', '賃料に対する営業純利益（NOI）の割合。0から1（トリプルネット・リースでは1に近い）。既定値 1。'],
  },
];
