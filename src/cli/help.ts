/**
 * `hashwatt help FUNCTION`: what the catalogue says of a function, for a terminal: syntax,
 * description, each parameter with its unit text, rules, default and plausible range, what it
 * returns, the worked example and, where it has one, its native formula.
 */
import { exampleFormula } from '../catalogue/example';
import { nativeFormula } from '../catalogue/native-forms';
import { parameterTextOf } from '../catalogue/parameter-text-of';
import type { CatalogueEntry } from '../catalogue/types';

function defaultText(value: unknown): string {
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

export function signature(entry: CatalogueEntry): string {
  const params = entry.declaration.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${entry.declaration.id}(${params.join(', ')})`;
}

export function functionHelp(entry: CatalogueEntry): string {
  const { declaration, docs } = entry;
  const lines = [signature(entry), '', docs.description.en, '', 'Parameters:'];
  for (const spec of declaration.params) {
    const text = parameterTextOf(entry, spec.name);
    const use = spec.optional ? (spec.defaultValue === undefined ? 'optional' : `optional, default ${defaultText(spec.defaultValue)}`) : 'required';
    lines.push(`  ${spec.name} (${use})`, `    ${text.en}`);
    const rules = spec.rules.map((rule) => rule.text);
    if (rules.length > 0) lines.push(`    rules: ${rules.join('; ')}`);
    if (text.plausible) lines.push(`    plausible: ${text.plausible[0]} to ${text.plausible[1]} (outside it the CLI warns)`);
  }
  lines.push('', `Returns: ${docs.returns}`, '', `Example: ${exampleFormula(declaration.id, docs.example)}`);
  lines.push(`  hashwatt ${declaration.id} ${docs.example.map(cliWord).join(' ')}`.trimEnd());
  const math = nativeFormula(declaration, declaration.params.map((spec) => spec.name));
  if (math) lines.push('', `The math: ${math}`);
  return lines.join('\n');
}

/** An example argument as a command-line word. */
function cliWord(arg: CatalogueEntry['docs']['example'][number]): string {
  if (arg === null) return '""';
  if (typeof arg === 'boolean') return arg ? 'TRUE' : 'FALSE';
  if (typeof arg === 'number') return String(arg);
  if (typeof arg === 'string') return /^[\w./-]+$/.test(arg) ? arg : `"${arg}"`;
  if ('date' in arg) return arg.date;
  return `'${JSON.stringify(arg.range)}'`;
}
