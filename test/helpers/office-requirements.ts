/**
 * The one part of the Excel host the functions ask about: which requirement sets it supports
 * (Office.context.requirements). Installs a host that supports the data types API (ExcelApi
 * 1.16) or not, and removes it again; the CustomFunctions stub stays as it is.
 */
export function installExcelHost(supportsDataTypes: boolean, settings: Record<string, unknown> = {}): void {
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: { isSetSupported: (set: string, version: string) => supportsDataTypes && set === 'ExcelApi' && Number(version) <= 1.16 },
      document: { settings: { get: (name: string) => (name in settings ? settings[name] : null) } },
    },
  };
}

export function removeExcelHost(): void {
  delete (globalThis as Record<string, unknown>).Office;
}
