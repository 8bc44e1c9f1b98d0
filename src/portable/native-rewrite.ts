/**
 * A formula with every MINER.* call replaced by its native formula (src/catalogue/native.ts),
 * innermost first, or the reason it cannot be: a call with no native formula keeps the whole
 * cell as a value in a portable copy.
 */
import { nativeFormula } from '../catalogue/native-forms';
import type { FunctionDeclaration } from '../catalogue/types';
import { minerCalls } from './formula-calls';

export type Rewrite = { readonly formula: string } | { readonly frozenBy: string };

/** `text` without a leading "=", rewritten; `frozenBy` names the first call that has no native formula. */
export function rewriteNative(text: string, declarations: ReadonlyMap<string, FunctionDeclaration>): Rewrite {
  let out = '';
  let at = 0;
  for (const call of minerCalls(text)) {
    const declaration = declarations.get(call.id);
    if (!declaration) return { frozenBy: call.id };
    const args: (string | undefined)[] = [];
    for (const arg of call.args) {
      const inner = rewriteNative(arg, declarations);
      if ('frozenBy' in inner) return inner;
      args.push(inner.formula.trim() === '' ? undefined : inner.formula);
    }
    const native = nativeFormula(declaration, args);
    if (native === undefined) return { frozenBy: call.id };
    out += `${text.slice(at, call.start)}(${native.slice(1)})`;
    at = call.end;
  }
  return { formula: out + text.slice(at) };
}
