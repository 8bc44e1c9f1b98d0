/**
 * The one place where errors become Excel errors. Every input error is #VALUE! (Excel shows
 * a message only on #VALUE! and #N/A); not-found and no-solution are #N/A; a zero
 * denominator from the inputs is #DIV/0!; a non-finite result is #NUM!.
 */
import { ErrorKind, isHashwattError } from '../core/errors';

const codeByKind: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  invalid_input: '#VALUE!' as CustomFunctions.ErrorCode,
  not_found: '#N/A' as CustomFunctions.ErrorCode,
  no_solution: '#N/A' as CustomFunctions.ErrorCode,
  division_by_zero: '#DIV/0!' as CustomFunctions.ErrorCode,
  not_finite: '#NUM!' as CustomFunctions.ErrorCode,
};

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isHashwattError(error)) return new CustomFunctions.Error(codeByKind[error.kind], error.message);
  // A defect, not an input: still answer with an error value rather than crash the sheet.
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error('#NUM!' as CustomFunctions.ErrorCode, `unexpected error: ${message}`);
}
