import { FIRST_DAY } from './mapState';

/**
 * Calendar dates (YYYY-MM-DD) for the date slider and the play button: a date as a day number from
 * the first day the map offers and back, and the next or previous step from a date (the law's
 * change points when the API gives them, else the first of each month). Pure; dates are calendar
 * days, never shifted by a time zone.
 */

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Days from FIRST_DAY to the date (0 for FIRST_DAY). */
export const dayNumber = (date: string): number => Math.round((utc(date) - utc(FIRST_DAY)) / DAY_MS);

/** The date a day number names. */
export const dateOfDay = (day: number): string => new Date(utc(FIRST_DAY) + day * DAY_MS).toISOString().slice(0, 10);

/** The first of each month after FIRST_DAY up to `last`: the play button's steps when the law's change points are unknown. */
export function monthStarts(last: string): string[] {
  const steps: string[] = [];
  const [year, month] = FIRST_DAY.split('-').map(Number) as [number, number];
  for (let y = year, m = month; ; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const date = `${y}-${String(m).padStart(2, '0')}-01`;
    if (date > last) break;
    if (date > FIRST_DAY) steps.push(date);
  }
  return steps;
}

/**
 * The steps between FIRST_DAY and today: the change points given (sorted, within range, once
 * each), else the month starts; today ends the list, so playing always arrives at the present.
 */
export function stepsUntil(today: string, changePoints: readonly string[] | null): string[] {
  const inside = (changePoints ?? monthStarts(today)).filter((date) => date > FIRST_DAY && date <= today);
  return [...new Set([...inside, today])].sort();
}

/** The first step after the date, or null when none is left. */
export const nextStep = (steps: readonly string[], at: string): string | null => steps.find((d) => d > at) ?? null;

/** The last step before the date (FIRST_DAY when none), or null at FIRST_DAY itself. */
export function previousStep(steps: readonly string[], at: string): string | null {
  if (at <= FIRST_DAY) return null;
  return [...steps].reverse().find((d) => d < at) ?? FIRST_DAY;
}
