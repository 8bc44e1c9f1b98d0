/**
 * A parameter's text as a function shows it: the function's own where it gives one, else the
 * shared text of that parameter name. A parameter with neither is a catalogue defect.
 */
import { parameterTextFrom } from './entry';
import { parameterText } from './parameter-text';
import type { CatalogueEntry, ParameterText } from './types';

export function parameterTextOf(entry: CatalogueEntry, name: string): ParameterText {
  const own = entry.docs.parameters?.[name];
  if (own) return own;
  const shared = parameterText[name];
  if (!shared) throw new Error(`MINER.${entry.declaration.id}: parameter ${name} has no text in its docs or in parameter-text.ts`);
  return parameterTextFrom(shared);
}
