/**
 * A table read from standard input as a function's argument, so one call's table feeds another
 * in one command line:
 *
 *   hashwatt HASHPRICE_PATH 2026-10-05 36 86303.18 950 969991 0.025 0 0.014073 \
 *     | hashwatt ASIC_CASHFLOWS 2026-10-05 36 270 13.5 0.04 -:hashprice_usd_per_ph_day 1890
 *
 * The text is what the CLI prints for a table (tab-separated rows, a header first) or CSV. The
 * argument `-` is the whole table without its header; `-:NAME` is the column headed NAME, and
 * `-:N` the N-th column (from 1). Each cell is read as a command-line word is (parse-arg.ts), so
 * ISO dates become serials. The range is handed on as the JSON word a user could have typed.
 */
import { parseCsv } from './csv';

/** True for a word that asks for standard input: `-`, `-:NAME`, `-:N`. */
export function isStdinWord(word: string): boolean {
  return word === '-' || word.startsWith('-:');
}

/** The rows of a printed table (tab-separated when its first line has a tab, else CSV). */
export function tableRows(text: string): string[][] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines[0].includes('\t')) return lines.map((line) => line.split('\t'));
  return parseCsv(text);
}

/** A header row: every cell filled, at least one of them neither a number nor a date. */
function isHeader(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() !== '') && row.some((cell) => !/^[+-]?[\d.,eE%:\s-]+$/.test(cell.trim()));
}

export type StdinArgument = { readonly word: string } | { readonly problem: string };

/**
 * The JSON range word for `word` (`-`, `-:NAME`, `-:N`) from the table text on standard input,
 * or what is wrong (no table, no such column), naming the argument.
 */
export function stdinArgument(word: string, text: string): StdinArgument {
  const rows = tableRows(text);
  if (rows.length === 0) return { problem: `${word}: standard input holds no table` };
  const header = isHeader(rows[0]) ? rows[0].map((cell) => cell.trim()) : undefined;
  const body = header ? rows.slice(1) : rows;
  if (body.length === 0) return { problem: `${word}: the table on standard input has a header and no rows` };
  if (word === '-') return { word: JSON.stringify(body) };
  const wanted = word.slice(2).trim();
  const index = /^\d+$/.test(wanted) ? Number(wanted) - 1 : (header ?? []).findIndex((name) => name.toLowerCase() === wanted.toLowerCase());
  const width = Math.max(...body.map((row) => row.length));
  if (index < 0 || index >= width) {
    const columns = header ? header.join(', ') : `1 to ${width} (the table has no header)`;
    return { problem: `${word}: no column "${wanted}" in the table on standard input; its columns are ${columns}` };
  }
  return { word: JSON.stringify(body.map((row) => [row[index] ?? ''])) };
}
