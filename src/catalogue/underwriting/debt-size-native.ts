/**
 * DEBT_SIZE as a plain formula: the present value of the CFADS at the rate, ÷ the minimum DSCR,
 * the smallest case when there are several, capped at cost × loan-to-cost when a cost is given.
 * One figure is an annuity (PV); a column or a row is SUMPRODUCT of the figures and each year's
 * discount factor, years past the tenor weighted 0; several columns, one case a column, are the
 * MIN of those sums. The CFADS' shape is read from the argument's text (cfads-operand.ts): an
 * expression whose shape it does not say has no native form, and a portable copy keeps it as
 * a value.
 */
import { needed } from '../native';
import { Operands } from '../../sheet/native-form';
import { operandShape, OperandShape } from '../../sheet/operand-shape';
import { discountedVector, isLevelCfads, yearNumbers } from './cfads-operand';

/** The present value of one case's CFADS, or the smallest of the cases' (see debtSizeUsd). */
function smallestPresentValue(cfads: string, shape: OperandShape, rate: string, tenor: string): string {
  if (isLevelCfads(shape)) return `PV(${rate},${tenor},-${cfads})`;
  if (shape.rows < 2 || shape.columns < 2) return discountedVector(cfads, yearNumbers(cfads, shape, shape.columns === 1), rate, tenor, '0');
  const column = { rows: shape.rows, columns: 1, reference: shape.reference };
  const cases = Array.from({ length: shape.columns }, (_, c) => {
    const vector = `INDEX(${cfads},0,${c + 1})`;
    return discountedVector(vector, yearNumbers(vector, column, true), rate, tenor, '0');
  });
  return `MIN(${cases.join(',')})`;
}

/** The native formula of a DEBT_SIZE call, or undefined when its CFADS' shape is not in its text. */
export function debtSizeFormula(operands: Operands): string | undefined {
  const [cfadsOperand, rate, tenor, minDscr, cost, maxLoanToCost] = operands;
  const cfads = needed(cfadsOperand);
  const shape = operandShape(cfads);
  if (!shape) return undefined;
  const size = `${smallestPresentValue(cfads, shape, needed(rate), needed(tenor))}/${needed(minDscr)}`;
  return cost === undefined ? size : `MIN(${size},${cost}*${needed(maxLoanToCost)})`;
}
