/**
 * The one place where errors become Excel errors. Every input error is #VALUE! (Excel shows
 * a message only on #VALUE! and #N/A); not-found and no-solution are #N/A; a zero
 * denominator from the inputs is #DIV/0!; a non-finite result is #NUM!.
 */
import { ErrorKind, isHashwattError } from '../core/errors';

/** The Excel error of each kind of core error (the reference lists them from this map too). */
export const excelCodeByKind: Readonly<Record<ErrorKind, string>> = {
  invalid_input: '#VALUE!',
  not_found: '#N/A',
  no_solution: '#N/A',
  division_by_zero: '#DIV/0!',
  not_finite: '#NUM!',
};

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isHashwattError(error)) return new CustomFunctions.Error(excelCodeByKind[error.kind] as CustomFunctions.ErrorCode, error.message);
  // A defect, not an input: still answer with an error value rather than crash the sheet.
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error('#NUM!' as CustomFunctions.ErrorCode, `unexpected error: ${message}`);
}
