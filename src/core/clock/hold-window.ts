/**
 * The hold clock: until when a jail may keep someone past release on an immigration detainer.
 *
 * - `business-48h` — 8 CFR 287.7(d): custody "for a period not to exceed 48 hours, excluding
 *   Saturdays, Sundays, and holidays". The clock runs only during local calendar days (in the
 *   place's zone) that are neither Saturday, Sunday nor a holiday as observed; within those days
 *   it accrues real elapsed time (a daylight-saving day counts 23 or 25 hours). Starting on an
 *   excluded day, nothing accrues until the next included day begins at local midnight.
 * - `flat-48h` — Form I-247A (2017): "not to exceed 48 hours beyond the time he or she would otherwise
 *   have been released", with no weekend exclusion: exactly 48 elapsed hours.
 *
 * A policy may cap the window further (`capHours`, elapsed hours from the start, down to zero).
 */
import type { HolidayCalendar } from './holiday-calendar.port.js';
import { addDays, dayOfWeek, isValidTimeZone, localDate, startOfLocalDay } from './local-calendar.js';

export const HOLD_WINDOW_KINDS = ['business-48h', 'flat-48h'] as const;
export type HoldWindowKind = (typeof HOLD_WINDOW_KINDS)[number];

export const HOLD_WINDOW_HOURS = 48;

const MS_PER_HOUR = 3_600_000;
const WINDOW_MS = HOLD_WINDOW_HOURS * MS_PER_HOUR;
/** No calendar has this many excluded days in a row; past it, the calendar is broken. */
const MAX_DAYS_WALKED = 366;

export function isHoldWindowKind(value: unknown): value is HoldWindowKind {
  return typeof value === 'string' && (HOLD_WINDOW_KINDS as readonly string[]).includes(value);
}

/** Whether the 287.7(d) clock runs on this local date: not a Saturday, Sunday or holiday. */
export function isBusinessDay(date: string, calendar: HolidayCalendar): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(date);
}

export interface HoldDeadlineInput {
  /** When the person would otherwise have been released. */
  readonly start: Date;
  readonly kind: HoldWindowKind;
  /** IANA zone of the place whose local calendar applies. */
  readonly zone: string;
  readonly calendar: HolidayCalendar;
  /** A policy cap in elapsed hours from `start` (finite, ≥ 0); the earlier deadline wins. */
  readonly capHours?: number;
}

/**
 * The last instant of the lawful hold: `start` plus the window, or plus the cap if that is earlier.
 * Throws a RangeError for an invalid start, an unknown zone (checked for both kinds) or a bad cap.
 */
export function holdDeadline(input: HoldDeadlineInput): Date {
  const start = instantMs(input.start, 'start');
  if (!isValidTimeZone(input.zone)) throw new RangeError(`unknown time zone: ${JSON.stringify(input.zone)}`);
  let end: number;
  switch (input.kind) {
    case 'flat-48h':
      end = start + WINDOW_MS;
      break;
    case 'business-48h':
      end = businessWindowEnd(start, input.zone, input.calendar);
      break;
    default:
      throw new RangeError(`unknown hold window kind: ${JSON.stringify(input.kind satisfies never)}`);
  }
  if (input.capHours !== undefined) {
    const cap = input.capHours;
    if (typeof cap !== 'number' || !Number.isFinite(cap) || cap < 0) {
      throw new RangeError(`capHours must be a finite number of hours ≥ 0: ${String(cap)}`);
    }
    end = Math.min(end, start + Math.floor(cap * MS_PER_HOUR));
  }
  return new Date(end);
}

/**
 * Milliseconds of running 287.7(d) clock between two instants: the elapsed time that falls within
 * local business days of `zone`. Zero when `end` is not after `start`.
 */
export function businessTimeBetween(start: Date, end: Date, zone: string, calendar: HolidayCalendar): number {
  const from = instantMs(start, 'start');
  const to = instantMs(end, 'end');
  if (to <= from) return 0;
  let total = 0;
  let { date, dayStart, dayEnd } = dayContaining(from, zone);
  for (;;) {
    if (isBusinessDay(date, calendar)) total += Math.min(to, dayEnd) - Math.max(from, dayStart);
    if (dayEnd >= to) return total;
    date = addDays(date, 1);
    dayStart = dayEnd;
    dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  }
}

function businessWindowEnd(start: number, zone: string, calendar: HolidayCalendar): number {
  let remaining = WINDOW_MS;
  let { date, dayStart, dayEnd } = dayContaining(start, zone);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked += 1) {
    if (isBusinessDay(date, calendar)) {
      const from = Math.max(start, dayStart);
      const available = dayEnd - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
    date = addDays(date, 1);
    dayStart = dayEnd;
    dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  }
  throw new RangeError(`no business day within ${MAX_DAYS_WALKED} days of the start in calendar ${calendar.id}`);
}

/** A local day a business-day clock did not count: a Saturday or Sunday, or a holiday as observed (with its name). */
export interface ExcludedDay {
  readonly date: string;
  readonly reason: 'weekend' | 'holiday';
  readonly name?: string;
}

/**
 * The local days of `zone` between `start` and `end` that the 287.7(d) clock skips: each Saturday,
 * Sunday and observed holiday whose day overlaps the window, in date order, a holiday with the
 * calendar's name for it. Empty when `end` is not after `start`.
 */
export function excludedDaysBetween(start: Date, end: Date, zone: string, calendar: HolidayCalendar): ExcludedDay[] {
  const from = instantMs(start, 'start');
  const to = instantMs(end, 'end');
  const days: ExcludedDay[] = [];
  if (to <= from) return days;
  let { date, dayEnd } = dayContaining(from, zone);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked += 1) {
    if (calendar.isHoliday(date)) {
      days.push({ date, reason: 'holiday', ...holidayName(date, calendar) });
    } else if (!isBusinessDay(date, calendar)) days.push({ date, reason: 'weekend' });
    if (dayEnd >= to) return days;
    date = addDays(date, 1);
    dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  }
  return days;
}

/** A holiday's name (an observed date may be listed under the next year: New Year's Day on December 31). */
function holidayName(date: string, calendar: HolidayCalendar): { name?: string } {
  const year = Number(date.slice(0, 4));
  const found = [...calendar.holidays(year), ...calendar.holidays(year + 1)].find((h) => h.date === date);
  return found ? { name: found.name } : {};
}

/** The local day whose interval [start of day, start of next day) holds `ms`. */
function dayContaining(ms: number, zone: string): { date: string; dayStart: number; dayEnd: number } {
  let date = localDate(new Date(ms), zone);
  let dayStart = startOfLocalDay(date, zone).getTime();
  let dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  // Where clocks go back across midnight, the wall date can read the previous day after the next one began.
  while (dayEnd <= ms) {
    date = addDays(date, 1);
    dayStart = dayEnd;
    dayEnd = startOfLocalDay(addDays(date, 1), zone).getTime();
  }
  return { date, dayStart, dayEnd };
}

function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a valid instant`);
  return ms;
}
