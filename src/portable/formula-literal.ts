/**
 * A value written as an Excel formula literal, so a call on values (the CLI's arguments) can be
 * written as a formula that any spreadsheet reads back as the same values: a number in the
 * shortest digits that read back as the same double, TRUE/FALSE, text in double quotes (a
 * quote doubled), and a range as an array constant, `{1,2;3,4}` (columns by ",", rows by ";",
 * as Excel and LibreOffice both write it in the en-US formula syntax).
 */

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} has no formula literal`);
  // JavaScript's shortest round-trip digits; "1e-7" is read by every spreadsheet as "1E-7".
  return String(value).toUpperCase();
}

function cellLiteral(value: unknown): string {
  if (typeof value === 'number') return numberLiteral(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return `"${value.replace(/"/g, '""')}"`;
  // An array constant holds no blanks: a blank cell of a range counts as 0 in arithmetic.
  if (value === null || value === undefined || value === '') return '0';
  throw new Error(`a ${typeof value} has no formula literal`);
}

export function formulaLiteral(value: unknown): string {
  if (Array.isArray(value)) {
    const rows = value.map((row) => (Array.isArray(row) ? row : [row]));
    return `{${rows.map((row) => row.map(cellLiteral).join(',')).join(';')}}`;
  }
  return cellLiteral(value);
}
