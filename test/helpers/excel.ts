/**
 * Helpers to call MINER.* functions as Excel would and inspect the CustomFunctions.Error they
 * throw.
 */
export interface ExcelErrorLike {
  code: string;
  message: string;
}

/** Runs `call`, expects it to throw a CustomFunctions.Error, and returns that error. */
export function excelError(call: () => unknown): ExcelErrorLike {
  try {
    const value = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (!(error instanceof CustomFunctions.Error)) throw error;
    return { code: error.code as string, message: error.message ?? "" };
  }
}
