/**
 * functions.json, the custom-functions metadata Excel reads, written from the catalogue in one
 * language: IDs, names, parameter names, types and optionality, result shapes and help links
 * come from the declarations, the descriptions from their docs, and the custom enums (Excel's
 * AutoComplete for a closed set of text) from the parameters' choice sets (choice-enums.ts).
 */
import type { ParamSpec } from '../core/params';
import { choiceEnums, MetadataEnum } from './choice-enums';
import { catalogue } from './index';
import { parameterTextOf } from './parameter-text-of';
import type { CatalogueEntry, Locale, ResultKind } from './types';

export interface MetadataParameter {
  readonly name: string;
  readonly description: string;
  readonly type: 'number' | 'string' | 'boolean' | 'any';
  readonly dimensionality?: 'matrix';
  readonly optional?: true;
  /** The custom enum of a closed set of text: Excel offers its values as the user types. */
  readonly customEnumId?: string;
}

export interface MetadataFunction {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly helpUrl: string;
  readonly parameters: readonly MetadataParameter[];
  readonly result: { readonly type?: 'number'; readonly dimensionality?: 'matrix' };
}

export interface Metadata {
  readonly allowCustomDataForDataTypeAny: true;
  readonly functions: readonly MetadataFunction[];
  readonly enums: readonly MetadataEnum[];
}

/** Where each function's help link points: its entry in the reference the add-in serves. */
export const defaultHelpBaseUrl = 'https://localhost:3000/docs/functions.html';

const typeByKind = { number: 'number', text: 'string', boolean: 'boolean', range: 'any' } as const;

/**
 * A parameter's Excel type: a ticker for which a company card may stand is `any`, so Excel
 * hands the card itself (allowCustomDataForDataTypeAny) rather than its text; its enum still
 * offers the tickers.
 */
function parameterType(spec: ParamSpec): MetadataParameter['type'] {
  return spec.acceptsCard ? 'any' : typeByKind[spec.kind];
}

function parameterMetadata(entry: CatalogueEntry, spec: ParamSpec, locale: Locale): MetadataParameter {
  const parameter: MetadataParameter = {
    name: spec.name,
    description: parameterTextOf(entry, spec.name)[locale],
    type: parameterType(spec),
  };
  return {
    ...parameter,
    ...(spec.kind === 'range' ? { dimensionality: 'matrix' as const } : {}),
    ...(spec.optional ? { optional: true as const } : {}),
    ...(spec.choices ? { customEnumId: spec.choices.id } : {}),
  };
}

/**
 * A number result is typed so Excel can format it; a number-or-text one (COMPANY) is left
 * untyped; a table spills.
 */
function resultMetadata(kind: ResultKind): MetadataFunction['result'] {
  if (kind === 'number') return { type: 'number' };
  return kind === 'table' ? { dimensionality: 'matrix' } : {};
}

export function functionMetadata(entry: CatalogueEntry, locale: Locale, helpBaseUrl = defaultHelpBaseUrl): MetadataFunction {
  const { declaration, docs } = entry;
  return {
    id: declaration.id,
    name: declaration.id,
    description: docs.description[locale],
    helpUrl: `${helpBaseUrl}#${declaration.id.toLowerCase()}`,
    parameters: declaration.params.map((spec) => parameterMetadata(entry, spec, locale)),
    result: resultMetadata(declaration.result),
  };
}

/** functions.json (English) or functions.<locale>.json for the whole catalogue. */
export function catalogueMetadata(locale: Locale = 'en', helpBaseUrl = defaultHelpBaseUrl, entries: readonly CatalogueEntry[] = catalogue): Metadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: entries.map((entry) => functionMetadata(entry, locale, helpBaseUrl)),
    enums: choiceEnums(entries.flatMap((entry) => entry.declaration.params), locale),
  };
}
