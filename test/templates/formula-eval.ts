/**
 * A small, independent reader of the formulas the model workbooks and the function reference
 * hold: it parses Excel formula text (numbers, "text", TRUE/FALSE, A1 references and ranges
 * with optional sheet names, + - * / and unary minus, parentheses, SUM, SUMPRODUCT, MIN, IRR, INDEX, IFERROR, DATE, array
 * constants {1,2;3,4}, and MINER functions spelled either `_xldudf_MINER_ID(` as stored in
 * a file or `MINER.ID(` as typed) and evaluates it with the add-in's functions looked up by
 * ID. It shares no code with the generator, so a formula the generator renders wrongly, or a
 * cached value that is not what the function gives, is caught.
 */
import { utcMsToSerial, ymdToSerial } from '../../src/core/dates';
import { columnIndex } from '../../src/sheet/a1';
import { functionsById } from '../../src/functions/registry';

export type Value = number | string | boolean | null | { error: string };
export type Result = Value | Value[][];

export interface Call {
  id: string;
  argCount: number;
}

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'empty' }
  | { t: 'ref'; sheet?: string; row: number; col: number }
  | { t: 'range'; sheet?: string; r1: number; c1: number; r2: number; c2: number }
  | { t: 'array'; rows: Node[][] }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'neg'; a: Node };

const minerPrefix = /^(?:_xldudf_MINER_|MINER\.)([A-Z0-9_]+)$/;

export function parseFormula(text: string): Node {
  const src = text.startsWith('=') ? text.slice(1) : text;
  let i = 0;
  const peek = () => src[i];
  const skip = () => {
    while (src[i] === ' ') i++;
  };
  const fail = (what: string): never => {
    throw new Error(`cannot parse formula at ${i} (${what}): ${text}`);
  };

  function cellAt(s: string): { row: number; col: number } | undefined {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(s);
    return m ? { col: columnIndex(m[1]), row: Number(m[2]) - 1 } : undefined;
  }

  function primary(): Node {
    skip();
    const ch = peek();
    if (ch === '(') {
      i++;
      const e = expr();
      skip();
      if (src[i++] !== ')') fail('missing )');
      return e;
    }
    if (ch === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= src.length) fail('unterminated text');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += src[i++];
      }
      return { t: 'str', v: out };
    }
    if (ch === '{') {
      i++;
      const rows: Node[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(unary());
        skip();
        const sep = src[i++];
        if (sep === ',') continue;
        if (sep === ';') {
          rows.push([]);
          continue;
        }
        if (sep === '}') break;
        fail('bad array constant');
      }
      return { t: 'array', rows };
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      i += num[0].length;
      return { t: 'num', v: Number(num[0]) };
    }
    let sheet: string | undefined;
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(src.slice(i));
      if (!m) fail('bad quoted sheet');
      sheet = (m as RegExpExecArray)[1].replace(/''/g, "'");
      i += (m as RegExpExecArray)[0].length;
    }
    const word = /^[A-Za-z_\\$][A-Za-z0-9_.$]*/.exec(src.slice(i));
    if (!word) return fail('unexpected character');
    i += word[0].length;
    let name = word[0];
    if (src[i] === '!' && sheet === undefined) {
      sheet = name;
      i++;
      const w = /^[A-Za-z0-9_$]+/.exec(src.slice(i));
      if (!w) fail('bad reference after sheet');
      name = (w as RegExpExecArray)[0];
      i += name.length;
    }
    skip();
    if (src[i] === '(' && sheet === undefined) {
      i++;
      const args: Node[] = [];
      skip();
      if (src[i] === ')') {
        i++;
        return { t: 'call', name, args };
      }
      for (;;) {
        skip();
        if (src[i] === ',' || src[i] === ')') args.push({ t: 'empty' });
        else args.push(expr());
        skip();
        const sep = src[i++];
        if (sep === ',') continue;
        if (sep === ')') break;
        fail('bad argument list');
      }
      return { t: 'call', name, args };
    }
    if (/^(TRUE|FALSE)$/.test(name) && sheet === undefined) return { t: 'bool', v: name === 'TRUE' };
    const first = cellAt(name);
    if (!first) return fail(`unknown name ${name}`);
    if (src[i] === ':') {
      i++;
      const w = /^[A-Za-z0-9$]+/.exec(src.slice(i));
      const second = w ? cellAt(w[0]) : undefined;
      if (!second || !w) return fail('bad range');
      i += w[0].length;
      return { t: 'range', sheet, r1: first.row, c1: first.col, r2: second.row, c2: second.col };
    }
    return { t: 'ref', sheet, ...first };
  }

  function unary(): Node {
    skip();
    if (peek() === '-') {
      i++;
      return { t: 'neg', a: unary() };
    }
    if (peek() === '+') {
      i++;
      return unary();
    }
    return primary();
  }

  /** One level of left-associative binary operators over the next level down. */
  const level = (operators: string, next: () => Node) => (): Node => {
    let l = next();
    for (;;) {
      skip();
      const op = peek();
      if (op === undefined || !operators.includes(op)) return l;
      i++;
      l = { t: 'bin', op, l, r: next() };
    }
  };
  const term = level('*/', unary);
  const expr = level('+-', term);

  const tree = expr();
  skip();
  if (i !== src.length) fail('trailing text');
  return tree;
}

/** Every MINER call in a formula with its argument count (an empty argument counts). */
export function minerCalls(text: string): Call[] {
  const calls: Call[] = [];
  const visit = (n: Node): void => {
    if (n.t === 'call') {
      const m = minerPrefix.exec(n.name);
      if (m) calls.push({ id: m[1], argCount: n.args.length });
      n.args.forEach(visit);
    } else if (n.t === 'bin') {
      visit(n.l);
      visit(n.r);
    } else if (n.t === 'neg') visit(n.a);
  };
  visit(parseFormula(text));
  return calls;
}

/** The rate in (−99%, 1,000%) at which the flows are worth 0, by bisection (NPV falls as the rate rises for flows out first, then in). */
function irrByBisection(flows: readonly number[]): Value {
  const npv = (rate: number): number => flows.reduce((sum, flow, t) => sum + flow / (1 + rate) ** t, 0);
  let low = -0.99;
  let high = 10;
  if (Math.sign(npv(low)) === Math.sign(npv(high))) return { error: '#NUM!' };
  for (let step = 0; step < 200 && high - low > 1e-16 * Math.max(1, Math.abs(high)); step++) {
    const middle = (low + high) / 2;
    if (Math.sign(npv(middle)) === Math.sign(npv(low))) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

const isError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;


/** Evaluates a formula on `sheet`; `cell` gives any cell's value (null when blank). */
export function evaluateFormula(text: string, sheet: string, cell: (sheet: string, row: number, col: number) => Value): Result {
  const fns = functionsById();

  const scalar = (r: Result): Value => (Array.isArray(r) ? r[0][0] : r);
  const num = (v: Value): number | { error: string } => {
    if (isError(v)) return v;
    if (v === null) return 0;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number') return v;
    return { error: '#VALUE!' };
  };

  function ev(n: Node): Result {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'str':
        return n.v;
      case 'bool':
        return n.v;
      case 'empty':
        return null;
      case 'ref':
        return cell(n.sheet ?? sheet, n.row, n.col);
      case 'range': {
        const out: Value[][] = [];
        for (let r = n.r1; r <= n.r2; r++) {
          const row: Value[] = [];
          for (let c = n.c1; c <= n.c2; c++) row.push(cell(n.sheet ?? sheet, r, c));
          out.push(row);
        }
        return out;
      }
      case 'array':
        return n.rows.map((row) => row.map((x) => scalar(ev(x))));
      case 'neg': {
        const v = num(scalar(ev(n.a)));
        return isError(v) ? v : -v;
      }
      case 'bin': {
        const l = num(scalar(ev(n.l)));
        const r = num(scalar(ev(n.r)));
        if (isError(l)) return l;
        if (isError(r)) return r;
        if (n.op === '+') return l + r;
        if (n.op === '-') return l - r;
        if (n.op === '*') return l * r;
        return r === 0 ? { error: '#DIV/0!' } : l / r;
      }
      case 'call':
        return call(n.name, n.args);
    }
  }

  function call(name: string, args: Node[]): Result {
    const upper = name.toUpperCase();
    if (upper === 'IFERROR') {
      const v = scalar(ev(args[0]));
      return isError(v) ? scalar(ev(args[1])) : v;
    }
    if (upper === 'SUM') {
      let total = 0;
      for (const a of args) {
        const r = ev(a);
        for (const v of Array.isArray(r) ? r.flat() : [r]) {
          if (isError(v)) return v;
          if (typeof v === 'number') total += v;
        }
      }
      return total;
    }
    if (upper === 'INDEX') {
      const array = ev(args[0]);
      if (isError(array)) return array;
      const grid = Array.isArray(array) ? array : [[array]];
      const [row, col] = args.slice(1).map((a) => num(scalar(ev(a))) as number);
      return row === 0 ? grid.map((cells) => [cells[col - 1]]) : grid[row - 1][col - 1];
    }
    if (upper === 'MATCH') {
      const value = scalar(ev(args[0]));
      const range = ev(args[1]);
      const cells = Array.isArray(range) ? range.flat() : [range];
      const position = cells.findIndex((cell) => (typeof cell === 'string' && typeof value === 'string' ? cell.toUpperCase() === value.toUpperCase() : cell === value));
      return position < 0 ? { error: '#N/A' } : position + 1;
    }
    if (upper === 'SUMPRODUCT') {
      // Each array read row by row; text and blanks count as 0, an error anywhere is the result.
      const flat = args.map((a) => {
        const r = ev(a);
        return Array.isArray(r) ? r.flat() : [r];
      });
      const error = flat.flat().find(isError);
      if (error !== undefined) return error;
      const numberAt = (cells: Value[], i: number) => (typeof cells[i] === 'number' ? (cells[i] as number) : 0);
      return flat[0].reduce<number>((total, _, i) => total + flat.reduce<number>((product, cells) => product * numberAt(cells, i), 1), 0);
    }
    if (upper === 'MIN' || upper === 'IRR') {
      const numbers: number[] = [];
      for (const a of args) {
        const r = ev(a);
        for (const v of Array.isArray(r) ? r.flat() : [r]) {
          if (isError(v)) return v;
          if (typeof v === 'number') numbers.push(v);
        }
      }
      return upper === 'MIN' ? Math.min(...numbers) : irrByBisection(numbers);
    }
    if (upper === 'DATE') {
      const [y, m, d] = args.map((a) => num(scalar(ev(a))) as number);
      return ymdToSerial(y, m, d);
    }
    const m = minerPrefix.exec(name);
    if (!m) throw new Error(`the reader does not know the function ${name}`);
    const fn = fns.get(m[1]);
    if (!fn) return { error: '#NAME?' };
    const values = args.map(ev);
    for (const v of values) {
      const e = Array.isArray(v) ? v.flat().find(isError) : isError(v) ? v : undefined;
      if (e) return e;
    }
    try {
      const result = fn(...values);
      return result as Result;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code) return { error: code };
      throw error;
    }
  }

  return ev(parseFormula(text));
}

/** An exceljs cell value as Excel holds it: dates as serials, formulas as their result, links as their text. */
export function excelValue(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return utcMsToSerial(value.getTime());
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  const v = value as { result?: unknown; error?: string; text?: string; richText?: { text: string }[]; formula?: string };
  if (v.error) return { error: v.error };
  if ('formula' in v || 'sharedFormula' in v) return excelValue(v.result);
  if (v.richText) return v.richText.map((part) => part.text).join('');
  if (typeof v.text === 'string') return v.text;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}
