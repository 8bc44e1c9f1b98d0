/**
 * Builds the function reference from the catalogue (src/catalogue) and the failures
 * documented in src/core. Returns docs/functions.md and the help page's HTML.
 */
import * as path from 'path';
import { catalogue } from '../../src/catalogue';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { functionsById } from '../../src/functions/registry';
import { buildReference, SectionEntry } from './reference';
import { renderHtml, renderMarkdown } from './render';
import { readCoreFailures } from './sources';

export interface GeneratedReference {
  readonly sections: readonly SectionEntry[];
  readonly markdown: string;
  readonly html: string;
}

export function generateReference(root: string): GeneratedReference {
  installCustomFunctionsShim();
  const sections = buildReference({
    catalogue,
    coreFailures: readCoreFailures(path.join(root, 'src', 'core')),
    functions: functionsById() as Map<string, (...args: unknown[]) => unknown>,
  });
  return { sections, markdown: renderMarkdown(sections), html: renderHtml(sections) };
}
