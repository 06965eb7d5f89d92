/**
 * US federal holidays (5 U.S.C. 6103(a)) as observed (5 U.S.C. 6103(b), Executive Order 11582: a
 * Saturday holiday is observed on the Friday before, a Sunday holiday on the Monday after), from
 * the `@18f/us-federal-holidays` package. Juneteenth counts from 2021 (first observed Friday
 * 2021-06-18), as the package has it.
 *
 * Inauguration Day (5 U.S.C. 6103(c)) is NOT included: it is a holiday only for federal employees
 * in the Washington, D.C. area, and whether it counts as a "holiday" under 8 CFR 287.7(d) is
 * unconfirmed. Neither are one-off closures by executive order (e.g. the national days of mourning
 * 2018-12-05 and 2025-01-09).
 *
 * Package quirks handled here: it is CommonJS (default import under NodeNext); it computes in the
 * process's local time zone, so only its `dateString` is used (never `date`, a local-midnight
 * Date); and New Year's Day of year Y+1 falling on a Saturday appears in Y+1's list with a date in Y
 * (2021-12-31), so `isHoliday` looks in the lists of both the date's year and the next one.
 */
import federalHolidays from '@18f/us-federal-holidays';
import type { HolidayCalendar } from '../core/clock/holiday-calendar.port.js';
import { isLocalDate } from '../core/clock/local-calendar.js';

/** Keep in step with the installed package (a test checks it). */
export const FEDERAL_HOLIDAY_PACKAGE_VERSION = '4.0.0';
export const FEDERAL_HOLIDAY_CALENDAR_ID = `us-federal-5usc6103/@18f-us-federal-holidays@${FEDERAL_HOLIDAY_PACKAGE_VERSION}`;

interface Holiday {
  readonly date: string;
  readonly name: string;
}

interface YearEntry {
  readonly list: ReadonlyArray<Holiday>;
  readonly dates: ReadonlySet<string>;
}

const DATE_STRING = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/;

/** `2021-6-18` or `2021-06-18` → `2021-06-18`. */
function normaliseDate(dateString: string): string {
  const match = DATE_STRING.exec(dateString);
  const date = match ? `${match[1]!.padStart(4, '0')}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : '';
  if (!isLocalDate(date))
    throw new Error(`unexpected date from @18f/us-federal-holidays: ${JSON.stringify(dateString)}`);
  return date;
}

/** A new calendar with its own per-year cache (the module's `federalHolidayCalendar` is the shared one). */
export function createFederalHolidayCalendar(): HolidayCalendar {
  const years = new Map<number, YearEntry>();

  function entryFor(year: number): YearEntry {
    let entry = years.get(year);
    if (entry === undefined) {
      const list = federalHolidays
        .allForYear(year, { shiftSaturdayHolidays: true, shiftSundayHolidays: true })
        .map((holiday) => Object.freeze({ date: normaliseDate(holiday.dateString), name: holiday.name }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      entry = { list: Object.freeze(list), dates: new Set(list.map((holiday) => holiday.date)) };
      years.set(year, entry);
    }
    return entry;
  }

  return {
    id: FEDERAL_HOLIDAY_CALENDAR_ID,
    isHoliday(localDate: string): boolean {
      if (!isLocalDate(localDate)) throw new RangeError(`not a local date (YYYY-MM-DD): ${JSON.stringify(localDate)}`);
      const year = Number(localDate.slice(0, 4));
      return entryFor(year).dates.has(localDate) || entryFor(year + 1).dates.has(localDate);
    },
    holidays(year: number): ReadonlyArray<Holiday> {
      if (!Number.isInteger(year)) throw new RangeError(`year must be an integer: ${year}`);
      return entryFor(year).list;
    },
  };
}

export const federalHolidayCalendar: HolidayCalendar = createFederalHolidayCalendar();
