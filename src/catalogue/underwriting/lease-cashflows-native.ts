import { kwPerMw, monthsPerYear } from '../../core/constants';
import { needed } from '../native';
import { withinRows } from '../native-table';
import { NativeTableRow } from '../../sheet/native-form';

/**
 * Lease year `row` + 1 as the core computes it: the year while it is within the term (blank
 * past it, so a shorter term in a copy still computes), rent = MW × 12,000 × rent × occupancy
 * × (1 + escalator)^(year − 1), NOI = rent × margin.
 */
export const leaseCashflowsRow: NativeTableRow = (operands, row, cell) => {
  const [mw, rent, term, escalator, noiMargin, occupancy] = operands.map(needed);
  const [year, yearRent] = [cell(0), cell(1)];
  const inTerm = (expression: string) => `IF(${year}="","",${expression})`;
  return [
    withinRows(row, term, `${row + 1}`),
    inTerm(`${mw}*${kwPerMw * monthsPerYear}*${rent}*${occupancy}*(1+${escalator})^${row}`),
    inTerm(`${yearRent}*${noiMargin}`),
  ];
};
