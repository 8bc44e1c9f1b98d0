import { leaseCashflows, leaseCashflowsParams } from '../../core/underwriting/lease-cashflows';
import { kwPerMw, monthsPerYear } from '../../core/constants';
import { needed } from '../native';
import { withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';
import { defineFunction, FunctionDocs } from '../types';
import { leaseTermYearsText, optionalRentEscalatorText } from './lease-text';

/**
 * Lease year `row` + 1 as the core computes it: the year while it is within the term (blank
 * past it, so a shorter term in a copy still computes), rent = MW × 12,000 × rent × occupancy
 * × (1 + escalator)^(year − 1), NOI = rent × margin.
 */
const leaseYearRow: NativeTableRow = (operands, row, cell) => {
  const [mw, rent, term, escalator, noiMargin, occupancy] = operands.map(needed);
  const [year, yearRent] = [cell(0), cell(1)];
  const inTerm = (expression: string) => `IF(${year}="","",${expression})`;
  return [
    withinRows(row, term, `${row + 1}`),
    inTerm(`${mw}*${kwPerMw * monthsPerYear}*${rent}*${occupancy}*(1+${escalator})^${row}`),
    inTerm(`${yearRent}*${noiMargin}`),
  ];
};

export const declaration = defineFunction({ id: 'LEASE_CASHFLOWS', result: 'table', params: leaseCashflowsParams, core: leaseCashflows, nativeTable: leaseYearRow });

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
