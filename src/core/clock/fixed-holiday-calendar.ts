import type { HolidayCalendar } from './holiday-calendar.port.js';
import { isLocalDate } from './local-calendar.js';

/**
 * A calendar with a fixed list of observed holidays, `{ 'YYYY-MM-DD': name }`: for tests and for
 * what-if explanations. `holidays(year)` lists the dates that fall in `year`.
 */
export function fixedHolidayCalendar(id: string, dates: Readonly<Record<string, string>>): HolidayCalendar {
  const entries = Object.entries(dates)
    .map(([date, name]) => {
      if (!isLocalDate(date)) throw new RangeError(`not a local date (YYYY-MM-DD): ${JSON.stringify(date)}`);
      return Object.freeze({ date, name });
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const set = new Set(entries.map((entry) => entry.date));
  return {
    id,
    isHoliday: (localDate) => set.has(localDate),
    holidays: (year) =>
      Object.freeze(entries.filter((entry) => entry.date.startsWith(`${String(year).padStart(4, '0')}-`))),
  };
}
