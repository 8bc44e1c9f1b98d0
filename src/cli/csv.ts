/**
 * CSV in and out for `hashwatt --csv FILE`: a row per call (the function, then its arguments),
 * fields separated by commas, a field with a comma, a quote or a line break in double quotes
 * (a quote inside doubled), as spreadsheets write them.
 */

/** The rows of a CSV text; blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let started = false;
  const endRow = () => {
    if (started || row.length > 0) rows.push([...row, field]);
    row = [];
    field = '';
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
      started = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      started = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
      started = true;
    }
  }
  endRow();
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
