import { localDate, localToInstant } from './zonedTime';

/** The parts of a remaining time, largest first, at most two (e.g. 1 d 4 h, 3 h 12 min, 42 s). */
export interface Remaining {
  readonly past: boolean;
  readonly parts: ReadonlyArray<{ readonly unit: 'd' | 'h' | 'm' | 's'; readonly n: number }>;
}

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
] as const;

/** How long until the deadline (or since it, `past`), in whole units, the two largest that are not zero. */
export function remaining(deadline: Date, now: Date): Remaining {
  const diff = deadline.getTime() - now.getTime();
  let left = Math.abs(diff);
  const parts: Array<{ unit: 'd' | 'h' | 'm' | 's'; n: number }> = [];
  for (const [unit, ms] of UNITS) {
    const n = Math.floor(left / ms);
    left -= n * ms;
    if (n > 0 || (unit === 's' && parts.length === 0)) parts.push({ unit, n });
  }
  return { past: diff < 0, parts: parts.slice(0, 2) };
}

/** Under two hours to go: the desk shows it in red (issue 11). */
export const isUrgent = (deadline: Date, now: Date) => deadline.getTime() - now.getTime() < 2 * 3_600_000;

/**
 * The days a business-day clock (8 CFR 287.7(d)) skipped between the hold's start and its end: the
 * Saturdays and Sundays by the calendar, and how many holidays — the weekday time in the window
 * beyond the 48 hours that accrued (the end is the engine's; the API names no holiday dates).
 */
export function excludedDays(
  start: Date,
  until: Date,
  timeZone: string,
): { readonly weekends: readonly string[]; readonly holidays: number } {
  const weekends: string[] = [];
  let weekdayMs = 0;
  const last = localDate(until, timeZone);
  for (let day = localDate(start, timeZone), n = 0; day <= last && n < 400; day = nextDate(day), n++) {
    const from = Math.max(start.getTime(), midnight(day, timeZone));
    const to = Math.min(until.getTime(), midnight(nextDate(day), timeZone));
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) weekends.push(day);
    else if (to > from) weekdayMs += to - from;
  }
  const holidays = Math.max(0, Math.round((weekdayMs - 48 * 3_600_000) / 86_400_000));
  return { weekends, holidays };
}

const midnight = (date: string, timeZone: string) => new Date(localToInstant(`${date}T00:00`, timeZone)!).getTime();

function nextDate(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
