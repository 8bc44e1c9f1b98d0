/**
 * How the CLI reads a command-line word as an Excel argument:
 * - a number (also negative, decimal or with an exponent: -5, 0.0173, 1e-3) is a number;
 * - TRUE / FALSE (any case) are booleans;
 * - an ISO date (2026-01-12) is its Excel serial;
 * - JSON brackets ([[1,2],[3,4]] or [1,2,3]) are a range (a flat list is one column);
 * - an empty word ("") is a blank, so an optional argument can be skipped;
 * - anything else is text.
 */
import { isoDateToSerial } from '../core/dates';

export type CliArg = number | boolean | string | null | CliArg[][];

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseArg(word: string): unknown {
  const text = word.trim();
  if (text === '') return null;
  if (numberPattern.test(text)) return Number(text);
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
