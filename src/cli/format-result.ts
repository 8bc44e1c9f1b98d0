/**
 * How the CLI prints a result: a number in full precision, text as is, a spilled table as
 * tab-separated rows, an Excel error as `#CODE! message`.
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return '';
  return String(value);
}

export function formatResult(result: unknown): string {
  if (Array.isArray(result)) {
    return result.map((row) => (Array.isArray(row) ? row.map(formatValue).join('\t') : formatValue(row))).join('\n');
  }
  return formatValue(result);
}

export function formatError(error: { code?: string; message?: string }): string {
  return `${error.code ?? '#VALUE!'} ${error.message ?? ''}`.trim();
}
