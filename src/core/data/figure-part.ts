import { choiceSet, optionalText } from '../params';
import { choiceOrThrow, serialOf } from './lookup';

/** What COMPANY and NETWORK can return of a figure, in the contract's order. */
export const figureParts = ['value', 'as_of', 'unit', 'source', 'note'] as const;

/** The trailing `part` parameter of COMPANY and NETWORK: which part of the figure, default its value. */
export const partParam = optionalText('part', 'value', choiceSet('FigurePart', figureParts));

/** A sourced figure as COMPANY and NETWORK see it: its value, the date it describes, unit, source, note. */
export interface FigureParts {
  value: number | string;
  as_of: string;
  unit: string;
  source: string;
  note?: string;
}

/**
 * One part of a sourced figure, so a model can print a figure's date and source beside it.
 *
 * @param figure the figure (as_of an ISO date)
 * @param part value, as_of (Excel date serial), unit, source (URL) or note (text, "" when the
 *   figure has none); case and surrounding spaces ignored
 * @returns that part
 * @throws not_found for an unknown part (lists the parts)
 * @example figurePart({ value: 200, unit: 'MW', as_of: '2025-11-03', source: 'https://…' }, 'as_of') === 45964
 */
export function figurePart(figure: FigureParts, part: string): number | string {
  const name = choiceOrThrow('part', part, figureParts);
  if (name === 'as_of') return serialOf(figure.as_of);
  if (name === 'note') return figure.note ?? '';
  return figure[name];
}
