/**
 * Builds the function reference from the repository: the metadata (generated from the JSDoc
 * of src/functions by scripts/metadata.js, passed in), docs/examples.json, the declarations
 * in src/functions and the failures documented in src/core. Returns docs/functions.md and
 * the help page's HTML.
 */
import * as fs from 'fs';
import * as path from 'path';
import { functionsById } from '../../src/cli/registry';
import { installCustomFunctionsShim } from '../../src/functions/host-shim';
import { buildReference, ExampleArg, MetadataFunction, SectionEntry } from './reference';
import { renderHtml, renderMarkdown } from './render';
import { readCoreFailures, readDeclarations } from './sources';

export interface GeneratedReference {
  readonly sections: readonly SectionEntry[];
  readonly markdown: string;
  readonly html: string;
}

export function generateReference(metadata: { functions: readonly MetadataFunction[] }, root: string): GeneratedReference {
  installCustomFunctionsShim();
  const examples = JSON.parse(fs.readFileSync(path.join(root, 'docs', 'examples.json'), 'utf8')) as Record<string, ExampleArg[]>;
  const sections = buildReference({
    metadata,
    examples,
    declarations: readDeclarations(path.join(root, 'src', 'functions')),
    coreFailures: readCoreFailures(path.join(root, 'src', 'core')),
    functions: functionsById() as Map<string, (...args: unknown[]) => unknown>,
  });
  return { sections, markdown: renderMarkdown(sections), html: renderHtml(sections) };
}
