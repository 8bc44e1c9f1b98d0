/**
 * The MINER.* calls in a formula's text, found by a small scanner that knows Excel's formula
 * syntax well enough not to be fooled: text in double quotes, sheet names in single quotes,
 * array constants in braces and nested parentheses. A call is spelled `MINER.HASHPRICE(` as a
 * user types it, or `_xldudf_MINER_HASHPRICE(` as Excel stores it in a saved file.
 */

export interface MinerCall {
  /** The function ID, upper case. */
  readonly id: string;
  /** Where the call's name starts and where its closing parenthesis ends, in the formula. */
  readonly start: number;
  readonly end: number;
  /** The argument expressions as written (an empty one is a left-out argument). */
  readonly args: readonly string[];
}

const callName = /(?:_xldudf_MINER_|MINER\.)([A-Z][A-Z0-9_]*)\(/iy;
const identifierChar = /[A-Za-z0-9_.]/;

/** The index just past a quoted run starting at `i` (a doubled quote stays inside). */
export function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === quote) {
      if (text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The arguments of the call whose "(" is at `open`, and the index just past its ")". */
function readArguments(text: string, open: number): { args: string[]; end: number } | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ')') {
      args.push(text.slice(from, i));
      return { args: args.length === 1 && args[0].trim() === '' ? [] : args, end: i + 1 };
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(from, i));
      from = i + 1;
    }
    i++;
  }
  return undefined;
}

/** The outermost MINER.* calls of a formula, in order (calls nested in their arguments are inside `args`). */
export function minerCalls(text: string): MinerCall[] {
  const calls: MinerCall[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(text, i);
      continue;
    }
    callName.lastIndex = i;
    const match = (i === 0 || !identifierChar.test(text[i - 1])) && callName.exec(text);
    if (match) {
      const parsed = readArguments(text, i + match[0].length - 1);
      if (parsed) {
        calls.push({ id: match[1].toUpperCase(), start: i, end: parsed.end, args: parsed.args });
        i = parsed.end;
        continue;
      }
    }
    i++;
  }
  return calls;
}

/** Whether a formula calls any MINER.* function. */
export function callsMiner(text: string): boolean {
  return minerCalls(text).length > 0;
}
