import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  FEDERAL_HOLIDAY_CALENDAR_ID,
  FEDERAL_HOLIDAY_PACKAGE_VERSION,
  createFederalHolidayCalendar,
  federalHolidayCalendar as calendar,
} from './federal-holiday-calendar.js';

const dates = (year: number) => calendar.holidays(year).map((holiday) => holiday.date);
const named = (year: number, pattern: RegExp) => calendar.holidays(year).find((holiday) => pattern.test(holiday.name));

describe('the federal holiday calendar (5 U.S.C. 6103)', () => {
  it('names its source and the installed package version', () => {
    const require = createRequire(import.meta.url);
    const { version } = require('@18f/us-federal-holidays/package.json') as { version: string };
    expect(version).toBe(FEDERAL_HOLIDAY_PACKAGE_VERSION);
    expect(calendar.id).toBe(FEDERAL_HOLIDAY_CALENDAR_ID);
    expect(calendar.id).toBe(`us-federal-5usc6103/@18f-us-federal-holidays@${version}`);
  });

  it('has no Juneteenth before 2021', () => {
    for (const year of [2005, 2019, 2020]) expect(named(year, /juneteenth/i), String(year)).toBeUndefined();
    expect(calendar.isHoliday('2020-06-19')).toBe(false);
    expect(calendar.isHoliday('2019-06-19')).toBe(false);
  });

  it('observes the first Juneteenth on Friday 2021-06-18, and 2022 on Monday 2022-06-20', () => {
    expect(named(2021, /juneteenth/i)?.date).toBe('2021-06-18');
    expect(calendar.isHoliday('2021-06-18')).toBe(true);
    expect(calendar.isHoliday('2021-06-19')).toBe(false); // a Saturday: the clock stops anyway, not as a holiday
    expect(named(2022, /juneteenth/i)?.date).toBe('2022-06-20');
    expect(calendar.isHoliday('2022-06-20')).toBe(true);
    expect(calendar.isHoliday('2022-06-19')).toBe(false);
  });

  it("observes New Year's Day 2022 (a Saturday) on Friday 2021-12-31", () => {
    expect(calendar.isHoliday('2021-12-31')).toBe(true);
    expect(calendar.isHoliday('2022-01-01')).toBe(false);
    // The package lists it under 2022, with a 2021 date.
    expect(named(2022, /new year/i)?.date).toBe('2021-12-31');
    expect(dates(2021)).not.toContain('2021-12-31');
    // The same in the other direction: New Year's Day 2023 (a Sunday) is observed Monday 2023-01-02.
    expect(calendar.isHoliday('2023-01-02')).toBe(true);
    expect(calendar.isHoliday('2022-12-31')).toBe(false);
    expect(calendar.isHoliday('2010-12-31')).toBe(true); // 2011-01-01 was a Saturday too
  });

  it('observes Christmas 2021 (a Saturday) on Friday 2021-12-24, Christmas 2022 (a Sunday) on Monday 2022-12-26', () => {
    expect(calendar.isHoliday('2021-12-24')).toBe(true);
    expect(calendar.isHoliday('2021-12-25')).toBe(false);
    expect(calendar.isHoliday('2022-12-26')).toBe(true);
  });

  it('has 11 holidays a year from 2021, 10 before', () => {
    for (let year = 2005; year <= 2020; year += 1) expect(calendar.holidays(year), String(year)).toHaveLength(10);
    for (let year = 2021; year <= 2035; year += 1) expect(calendar.holidays(year), String(year)).toHaveLength(11);
  });

  it('lists zero-padded dates in order, each a weekday', () => {
    for (let year = 2005; year <= 2035; year += 1) {
      const list = dates(year);
      expect([...list].sort()).toEqual(list);
      for (const date of list) {
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(calendar.isHoliday(date)).toBe(true);
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(weekday, date).not.toBe(0);
        expect(weekday, date).not.toBe(6);
      }
    }
  });

  it('knows the fixed-date and Monday holidays of 2026', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03', // Independence Day, a Saturday, observed Friday
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('does not include Inauguration Day (5 U.S.C. 6103(c))', () => {
    expect(calendar.isHoliday('2025-01-20')).toBe(true); // Martin Luther King, Jr. Day that year
    expect(calendar.isHoliday('2021-01-20')).toBe(false);
    expect(calendar.isHoliday('2017-01-20')).toBe(false);
  });

  it('rejects malformed dates rather than answering false', () => {
    expect(() => calendar.isHoliday('2021-6-18')).toThrow(RangeError);
    expect(() => calendar.isHoliday('2021-02-30')).toThrow(RangeError);
  });

  it("does not depend on the process's time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo']) {
        process.env.TZ = tz;
        if (tz === 'Pacific/Kiritimati') expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-14 * 60);
        const fresh = createFederalHolidayCalendar();
        for (const year of [2018, 2021, 2022, 2026]) {
          expect(
            fresh.holidays(year).map((holiday) => holiday.date),
            `${tz} ${year}`,
          ).toEqual(dates(year));
        }
        expect(fresh.isHoliday('2021-12-31')).toBe(true);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
