/**
 * Outside Excel (the CLI, Node tests) there is no `CustomFunctions` global. This installs a
 * minimal one with the same shape as Office's: `new CustomFunctions.Error(code, message)`
 * carrying `code` and `message`, the `ErrorCode` values, and a no-op `associate`. In Excel
 * the real global exists and this does nothing.
 */
export const errorCodes = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
} as const;

class HostlessCustomFunctionsError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? '');
    this.code = code;
    this.name = 'CustomFunctions.Error';
  }
}

export function installCustomFunctionsShim(target: Record<string, unknown> = globalThis as never): void {
  if (target.CustomFunctions) return;
  target.CustomFunctions = {
    Error: HostlessCustomFunctionsError,
    ErrorCode: { ...errorCodes },
    associate: () => undefined,
  };
}
