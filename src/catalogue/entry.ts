/**
 * A catalogue file as the generators read it: its section (the folder it sits in, named by
 * index.ts), its declaration, and its docs with each text keyed by language. Files write their
 * texts as compact [en, ja] tuples; this is the one place that turns them into records.
 */
import type { Section } from './sections';
import type { CatalogueEntry, CatalogueFile, ParameterLine, ParameterLines, ParameterText } from './types';

export function parameterTextFrom([en, ja, plausible]: ParameterLine): ParameterText {
  return plausible === undefined ? { en, ja } : { en, ja, plausible };
}

function parameterTexts(lines: ParameterLines): Record<string, ParameterText> {
  return Object.fromEntries(Object.entries(lines).map(([name, line]) => [name, parameterTextFrom(line)]));
}

export function catalogueEntry(section: Section, { declaration, docs }: CatalogueFile): CatalogueEntry {
  const [en, ja, result, parameters] = docs;
  return {
    section,
    declaration,
    docs: { description: { en, ja }, ...result, ...(parameters && { parameters: parameterTexts(parameters) }) },
  };
}
