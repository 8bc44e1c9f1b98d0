/**
 * Excel date serials without a clock: day 0 is 1899-12-30, so serial 45,669 is 2025-01-12
 * (valid from serial 61, 1900-03-01, past Excel's phantom 1900-02-29). Times are fractions of
 * a day. All arithmetic is in whole UTC days; nothing here reads the current time.
 */
const msPerDay = 86_400_000;
const serialEpochMs = Date.UTC(1899, 11, 30);

/** 2026-01-12 -> 46034. Returns undefined for text that is not a real YYYY-MM-DD date. */
export function isoDateToSerial(isoDate: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round((ms - serialEpochMs) / msPerDay);
}

/**
 * A moment given as milliseconds since 1970-01-01 UTC (what Date.parse returns) as a
 * date-time serial: whole days since 1899-12-30 plus the fraction of the day.
 * @example utcMsToSerial(Date.parse('2026-01-12T12:00:00Z')) === 46034.5
 */
export function utcMsToSerial(utcMs: number): number {
  return (utcMs - serialEpochMs) / msPerDay;
}

/** 46034 -> "2026-01-12" (the day part of the serial). */
export function serialToIsoDate(serial: number): string {
  return new Date(serialEpochMs + Math.floor(serial) * msPerDay).toISOString().slice(0, 10);
}

/** Year, month (1–12) and day of a serial's day part. */
export function serialToYmd(serial: number): { year: number; month: number; day: number } {
  const date = new Date(serialEpochMs + Math.floor(serial) * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The serial of a calendar date; month may run past 12 or below 1 (it carries into the year). */
export function ymdToSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - serialEpochMs) / msPerDay);
}

/**
 * Excel's EDATE: the same day `months` later, clipped to the month's last day
 * (2026-01-31 + 1 month = 2026-02-28). The time-of-day fraction is dropped.
 */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = serialToYmd(serial);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return ymdToSerial(year, month + months, Math.min(day, lastDay));
}
