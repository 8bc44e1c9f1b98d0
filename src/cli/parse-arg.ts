/**
 * How the CLI reads a command-line word as an Excel argument:
 * - a number (also negative, decimal or with an exponent: -5, 0.0173, 1e-3), with thousands
 *   separators as Excel shows them (9,700,000,000) or as a percentage (10% is 0.1, 2.5% is
 *   0.025), is a number;
 * - TRUE / FALSE (any case) are booleans;
 * - an ISO date (2026-01-12) is its Excel serial;
 * - JSON brackets ([[1,2],[3,4]] or [1,2,3]) are a range (a flat list is one column);
 * - an empty word ("") is a blank, so an optional argument can be skipped;
 * - anything else is text.
 */
import { isoDateToSerial } from '../core/dates';

export type CliArg = number | boolean | string | null | CliArg[][];

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Thousands in groups of three after the first, as Excel shows them: 9,700,000,000 or 1,048.5. */
const thousandsPattern = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A number word with its thousands separators dropped, or undefined for any other word. */
function numberValue(text: string): number | undefined {
  if (numberPattern.test(text)) return Number(text);
  if (thousandsPattern.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}

/** 10% is 0.1: the percentage divided by 100 as a decimal, so 2.5% is exactly 0.025. */
function percentValue(text: string): number | undefined {
  if (!text.endsWith('%')) return undefined;
  const percent = numberValue(text.slice(0, -1).trim());
  if (percent === undefined) return undefined;
  const [mantissa, exponent = '0'] = String(percent).split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

export function parseArg(word: string): unknown {
  const text = word.trim();
  if (text === '') return null;
  const number = numberValue(text) ?? percentValue(text);
  if (number !== undefined) return number;
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const serial = isoDateToSerial(text);
  if (serial !== undefined) return serial;
  if (text.startsWith('[')) return parseRange(text);
  return word;
}

function parseRange(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text; // not JSON: let the function report it as text where a range belongs
  }
  if (!Array.isArray(parsed)) return text;
  const rows = parsed.every((row) => Array.isArray(row)) ? parsed : parsed.map((cell) => [cell]);
  return rows.map((row: unknown[]) => row.map((cell) => (typeof cell === 'string' ? parseArg(cell) : cell)));
}
