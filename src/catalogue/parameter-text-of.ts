/**
 * A parameter's text as a function shows it: the function's own where it gives one, else the
 * shared text of that parameter name. A parameter with neither is a catalogue defect.
 */
import { parameterText } from './parameter-text';
import type { CatalogueEntry, ParameterText } from './types';

export function parameterTextOf(entry: CatalogueEntry, name: string): ParameterText {
  const text = entry.docs.parameters?.[name] ?? parameterText[name];
  if (!text) throw new Error(`MINER.${entry.declaration.id}: parameter ${name} has no text in its docs or in parameter-text.ts`);
  return text;
}
