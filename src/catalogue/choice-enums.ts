/**
 * The custom enums of functions.json: each closed set of text that a parameter declares
 * (ParamSpec.choices) written once, under its ID, with one member a value. Excel's formula
 * AutoComplete offers the members as the user types the argument; the function itself keeps
 * matching the text it always matched, ignoring case.
 */
import type { Choice, ChoiceSet, ParamSpec } from '../core/params';
import type { Locale } from './types';

export interface MetadataEnumValue {
  readonly name: string;
  readonly stringValue: string;
  readonly tooltip?: string;
}

export interface MetadataEnum {
  readonly id: string;
  readonly type: 'string';
  readonly values: readonly MetadataEnumValue[];
}

/** The schema's limit on a member's name and tooltip. */
const maxTooltipLength = 256;

const alsoWritten: Readonly<Record<Locale, string>> = { en: 'also', ja: '別名' };

/** What a member's tooltip says: its own text (a company's name, a unit), then its other spellings. */
function tooltipOf(choice: Choice, locale: Locale): string | undefined {
  const parts = [choice.tooltip, choice.aliases && `${alsoWritten[locale]}: ${choice.aliases.join(', ')}`].filter(Boolean);
  const text = parts.join('; ');
  return text === '' ? undefined : text.slice(0, maxTooltipLength);
}

function enumOf(set: ChoiceSet, locale: Locale): MetadataEnum {
  return {
    id: set.id,
    type: 'string',
    values: set.values().map((choice) => {
      const tooltip = tooltipOf(choice, locale);
      return { name: choice.value, stringValue: choice.value, ...(tooltip ? { tooltip } : {}) };
    }),
  };
}

/**
 * One enum per choice set among these parameters, in the order first met. Two sets with one ID
 * and different members would leave a parameter offering the wrong list: that is a defect of
 * the declarations, refused here so the build fails.
 */
export function choiceEnums(specs: readonly ParamSpec[], locale: Locale): MetadataEnum[] {
  const byId = new Map<string, MetadataEnum>();
  for (const spec of specs) {
    if (!spec.choices) continue;
    const written = enumOf(spec.choices, locale);
    const seen = byId.get(written.id);
    if (seen && JSON.stringify(seen) !== JSON.stringify(written)) throw new Error(`two choice sets share the enum ID ${written.id} with different values`);
    byId.set(written.id, written);
  }
  return [...byId.values()];
}
