/**
 * The holidays that stop a hold clock (8 CFR 287.7(d) excludes "Saturdays, Sundays, and holidays").
 * Dates are local calendar dates (`YYYY-MM-DD`) in the place's zone, as observed: a holiday on a
 * Saturday or Sunday counts on the weekday it is observed, which may fall in the previous year
 * (New Year's Day 2022, a Saturday, was observed on Friday 2021-12-31).
 */
export interface HolidayCalendar {
  /** Identifies the calendar and its source version, for the audit trail (e.g. `us-federal-5usc6103/...`). */
  readonly id: string;
  /** Whether the clock stops on this local date (`YYYY-MM-DD`) for a holiday (weekends are not holidays here). */
  isHoliday(localDate: string): boolean;
  /**
   * The holidays of `year`, in date order, with their observed dates. The observed date of a holiday
   * may fall outside `year` (New Year's Day observed on December 31 of the year before).
   */
  holidays(year: number): ReadonlyArray<{ readonly date: string; readonly name: string }>;
}
