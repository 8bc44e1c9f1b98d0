/**
 * A formula's references to other sheets pointed at their renamed copies: `Inputs!B3` and
 * `'My inputs'!B3` become `'Inputs (portable)'!B3` when Inputs is copied, so a set of copied
 * sheets refers to itself. Text in double quotes is left alone.
 */
import { skipQuoted } from './formula-calls';

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function renameSheetReferences(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const byUpper = new Map([...renames].map(([from, to]) => [from.toUpperCase(), to]));
  let out = '';
  for (let i = 0; i < formula.length; ) {
    const c = formula[i];
    if (c === '"') {
      const end = skipQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (c === "'") {
      const end = skipQuoted(formula, i);
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      const renamed = formula[end] === '!' ? byUpper.get(name.toUpperCase()) : undefined;
      out += renamed !== undefined ? quotedSheet(renamed) : formula.slice(i, end);
      i = end;
      continue;
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_.]*(?=!)/.exec(formula.slice(i));
    if (bare && (i === 0 || !/[A-Za-z0-9_.]/.test(formula[i - 1]))) {
      const renamed = byUpper.get(bare[0].toUpperCase());
      out += renamed !== undefined ? quotedSheet(renamed) : bare[0];
      i += bare[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
