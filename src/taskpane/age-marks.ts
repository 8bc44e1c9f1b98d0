/**
 * The marks every dated figure in the pane carries: its age in days against today and, past
 * the threshold of data-age.ts, a stale badge whose tooltip says how old it is and why that
 * matters. One code path for the preset cards, the gallery and the network tables. Elements
 * are made in the document given (the network panel builds into its container's document).
 */
import { figureAge, staleAfterDays } from './data-age';
import type { Translate } from './i18n';

/** Where the marks are measured and in which words: today (YYYY-MM-DD) and the pane's language. */
export interface AgeContext {
  readonly todayIso: string;
  readonly t: Translate;
}

function span(doc: Document, className: string, text: string, attrs: Readonly<Record<string, string>>): HTMLElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

/** The age as words ("63 days old"; a figure dated after today says so). */
export function ageText(asOfIso: string, { todayIso, t }: AgeContext): string {
  const { days } = figureAge(asOfIso, todayIso);
  return days < 0 ? t('ageAhead') : t('ageDays', { days });
}

/** A span with the age in words; data-age-days holds the number. */
export function ageLabel(doc: Document, asOfIso: string, ages: AgeContext): HTMLElement {
  const { days } = figureAge(asOfIso, ages.todayIso);
  return span(doc, 'age', ageText(asOfIso, ages), { 'data-age-days': String(days) });
}

/** The stale badge, for a figure past the threshold only; its tooltip gives the date, age and limit. */
export function staleBadge(doc: Document, asOfIso: string, { todayIso, t }: AgeContext): HTMLElement | undefined {
  const age = figureAge(asOfIso, todayIso);
  if (!age.stale) return undefined;
  const title = t('staleTooltip', { date: asOfIso.slice(0, 10), days: age.days, today: todayIso, limit: staleAfterDays });
  return span(doc, 'badge badge-stale', t('staleBadge'), { title });
}

/** Age and, when stale, the badge: the pair a table cell shows after a figure's date. */
export function ageMarks(doc: Document, asOfIso: string, ages: AgeContext): HTMLElement[] {
  const badge = staleBadge(doc, asOfIso, ages);
  return badge ? [ageLabel(doc, asOfIso, ages), badge] : [ageLabel(doc, asOfIso, ages)];
}
