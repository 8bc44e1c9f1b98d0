/**
 * How old a figure the pane shows is: whole days from its date to today, and whether that is
 * past the stale threshold. Today comes from the pane's clock (Date.now(), read as a UTC day),
 * not from the newest date in the data, so a bundle that nobody updates ages visibly. Pure:
 * the caller passes today's date.
 */
import { ageInDays } from '../core/data/data-sets';

/** A figure more than this many days old is badged stale (the README says so too). */
export const staleAfterDays = 90;

export interface FigureAge {
  /** Whole days from the figure's date to today; negative when it is dated after today. */
  readonly days: number;
  readonly stale: boolean;
}

/** The UTC day of a moment, YYYY-MM-DD: the pane's "today". */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The age of a figure dated `asOfIso` (YYYY-MM-DD, or a longer ISO time) on `todayIso`. */
export function figureAge(asOfIso: string, todayIso: string): FigureAge {
  const days = ageInDays(asOfIso.slice(0, 10), todayIso);
  return { days, stale: days > staleAfterDays };
}
