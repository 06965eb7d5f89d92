import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  formatInstant,
  isLocalDate,
  isValidTimeZone,
  localDate,
  startOfLocalDay,
} from './local-calendar.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string): Date => new Date(iso);

describe('localDate', () => {
  it('reads the calendar date in the zone, not in UTC', () => {
    expect(localDate(at('2026-03-08T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-07');
    expect(localDate(at('2026-03-08T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08');
    expect(localDate(at('2026-07-02T14:00:00Z'), 'Pacific/Guam')).toBe('2026-07-03');
    expect(localDate(at('2026-01-01T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-02');
    expect(localDate(at('2026-01-01T10:59:59Z'), 'Pacific/Pago_Pago')).toBe('2025-12-31');
    expect(localDate(at('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01');
  });

  it('rejects an unknown zone and an invalid instant', () => {
    expect(() => localDate(at('2026-01-01T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight', () => {
    expect(startOfLocalDay('2026-11-16', 'America/Chicago').toISOString()).toBe('2026-11-16T06:00:00.000Z');
    expect(startOfLocalDay('2026-07-03', 'Pacific/Guam').toISOString()).toBe('2026-07-02T14:00:00.000Z');
    expect(startOfLocalDay('2026-01-01', 'Asia/Kathmandu').toISOString()).toBe('2025-12-31T18:15:00.000Z');
    expect(startOfLocalDay('2026-06-01', 'America/St_Johns').toISOString()).toBe('2026-06-01T02:30:00.000Z');
  });

  it('makes daylight-saving days 23 and 25 hours long', () => {
    const length = (date: string, zone: string) =>
      startOfLocalDay(addDays(date, 1), zone).getTime() - startOfLocalDay(date, zone).getTime();
    expect(length('2026-03-08', 'America/Los_Angeles')).toBe(23 * HOUR);
    expect(length('2026-11-01', 'America/Los_Angeles')).toBe(25 * HOUR);
    expect(length('2026-03-27', 'Asia/Jerusalem')).toBe(23 * HOUR); // a Friday
    expect(length('2023-10-26', 'Africa/Cairo')).toBe(25 * HOUR); // a Thursday: 24:00 EEST → 23:00 EET
    expect(length('2026-03-08', 'America/Phoenix')).toBe(24 * HOUR);
  });

  it('starts at the jump where midnight does not exist', () => {
    // Egypt 2023-04-28: 23:59:59 +02:00 → 01:00 +03:00.
    expect(startOfLocalDay('2023-04-28', 'Africa/Cairo').toISOString()).toBe('2023-04-27T22:00:00.000Z');
    expect(formatInstant(startOfLocalDay('2023-04-28', 'Africa/Cairo'), 'Africa/Cairo')).toBe(
      '2023-04-28T01:00:00+03:00',
    );
    // Cuba 2026-03-08: 23:59:59 -05:00 → 01:00 -04:00.
    expect(startOfLocalDay('2026-03-08', 'America/Havana').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    // Brazil 2018-11-04 (midnight transitions before 2019).
    expect(startOfLocalDay('2018-11-04', 'America/Sao_Paulo').toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });

  it('gives a day that never happened no length (Samoa skipped 2011-12-30)', () => {
    const skipped = startOfLocalDay('2011-12-30', 'Pacific/Apia');
    expect(skipped.toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfLocalDay('2011-12-31', 'Pacific/Apia').getTime()).toBe(skipped.getTime());
    expect(startOfLocalDay('2011-12-29', 'Pacific/Apia').toISOString()).toBe('2011-12-29T10:00:00.000Z');
  });

  it('rejects malformed dates and unknown zones', () => {
    expect(() => startOfLocalDay('2026-02-30', 'UTC')).toThrow(RangeError);
    expect(() => startOfLocalDay('2026-1-5', 'UTC')).toThrow(RangeError);
    expect(() => startOfLocalDay('2026-01-05', 'Nowhere/Land')).toThrow(RangeError);
  });
});

describe('addDays and dayOfWeek', () => {
  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022-01-01', -1)).toBe('2021-12-31');
    expect(addDays('2026-11-16', 0)).toBe('2026-11-16');
    expect(addDays('2026-11-16', 365)).toBe('2027-11-16');
    expect(() => addDays('2026-11-16', 1.5)).toThrow(RangeError);
  });

  it('numbers weekdays from Sunday = 0', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('2022-01-01')).toBe(6);
    expect(dayOfWeek('2026-11-15')).toBe(0);
    expect(dayOfWeek('2026-11-16')).toBe(1);
    expect(dayOfWeek('2026-11-26')).toBe(4);
  });

  it('recognises local dates', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023-13-01')).toBe(false);
    expect(isLocalDate('2023-1-01')).toBe(false);
    expect(isLocalDate('2023-01-01T00:00')).toBe(false);
  });
});

describe('formatInstant', () => {
  it('writes ISO 8601 with the local offset, to the second', () => {
    expect(formatInstant(at('2018-06-04T00:00:00Z'), 'America/Los_Angeles')).toBe('2018-06-03T17:00:00-07:00');
    expect(formatInstant(at('2018-12-04T00:00:00Z'), 'America/Los_Angeles')).toBe('2018-12-03T16:00:00-08:00');
    expect(formatInstant(at('2018-06-04T00:00:00.999Z'), 'UTC')).toBe('2018-06-04T00:00:00+00:00');
    expect(formatInstant(at('1969-12-31T23:59:59.500Z'), 'UTC')).toBe('1969-12-31T23:59:59+00:00');
    expect(formatInstant(at('2026-01-01T00:00:00Z'), 'Asia/Kathmandu')).toBe('2026-01-01T05:45:00+05:45');
    expect(formatInstant(at('2026-07-01T12:00:00Z'), 'America/St_Johns')).toBe('2026-07-01T09:30:00-02:30');
    expect(formatInstant(at('2026-07-01T12:00:00Z'), 'Pacific/Guam')).toBe('2026-07-01T22:00:00+10:00');
    expect(formatInstant(at('2026-07-01T12:00:00Z'), 'America/Phoenix')).toBe('2026-07-01T05:00:00-07:00');
    expect(formatInstant(at('2026-07-01T12:00:00Z'), 'Etc/GMT+5')).toBe('2026-07-01T07:00:00-05:00');
  });

  it('reads midnight as 00, never 24', () => {
    expect(formatInstant(at('2026-11-16T06:00:00Z'), 'America/Chicago')).toBe('2026-11-16T00:00:00-06:00');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and UTC, rejects the rest', () => {
    for (const zone of ['America/Chicago', 'Pacific/Guam', 'America/Puerto_Rico', 'UTC', 'Etc/UTC']) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['', 'Mars/Olympus_Mons', 'America/Chicag0', '+05:00', '-0500']) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
  });
});

const HARD_ZONES = [
  'America/Los_Angeles',
  'America/St_Johns', // changed at 00:01 until 2011: local dates repeat across midnight
  'Asia/Jerusalem',
  'Africa/Cairo', // midnight jumps, and 24:00 → 23:00 on Thursdays
  'America/Havana', // midnight jumps forward, and back from 01:00: midnight happens twice
  'America/Sao_Paulo', // midnight jumps forward, and back from 00:00 to 23:00 until 2019
  'America/Santiago',
  'Asia/Tehran',
  'Australia/Lord_Howe', // half-hour changes
  'Pacific/Apia', // skipped 2011-12-30
];

describe('around every change of offset, 2005–2035', () => {
  it('partitions time into local days that begin at their first instant', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const zone of HARD_ZONES) {
      const formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      const offsetAt = (ms: number) => formatter.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
      const to = Date.parse('2036-01-01T00:00:00Z');
      let ms = Date.parse('2005-01-01T00:00:00Z');
      let offset = offsetAt(ms);
      for (; ms < to; ms += 2 * DAY) {
        const next = offsetAt(ms + 2 * DAY);
        if (next === offset) continue;
        offset = next;
        // A change within (ms, ms + 2 days]: check the local days around it.
        const first = addDays(localDate(new Date(ms), zone), -1);
        for (let i = 0; i < 5; i += 1) {
          const date = addDays(first, i);
          const start = startOfLocalDay(date, zone).getTime();
          const end = startOfLocalDay(addDays(date, 1), zone).getTime();
          const hours = (end - start) / HOUR;
          if (hours > 26 || hours < (zone === 'Pacific/Apia' ? 0 : 22)) problems.push(`${zone} ${date}: ${hours} h`);
          if (!(localDate(new Date(start - 1), zone) < date)) problems.push(`${zone} ${date}: earlier instant`);
          if (end > start && localDate(new Date(start), zone) !== date) problems.push(`${zone} ${date}: first instant`);
          // No instant of the day reads a later date (one may read the previous date again: see below).
          for (let t = start; t < end; t += HOUR) {
            if (localDate(new Date(t), zone) > date) problems.push(`${zone} ${date}: ${new Date(t).toISOString()}`);
          }
          checked += 1;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(2000);
  });

  it('counts a repeated hour after midnight as the new day (Newfoundland until 2011)', () => {
    // St. John's set clocks back at 00:01: Sunday 2005-10-30 00:00:59 NDT → Saturday 23:01 NST. Local
    // dates go Sat, Sun, Sat, Sun; the Sunday begins at its first instant and the Saturday ends there.
    const zone = 'America/St_Johns';
    const sunday = startOfLocalDay('2005-10-30', zone);
    expect(formatInstant(sunday, zone)).toBe('2005-10-30T00:00:00-02:30');
    expect(localDate(new Date(sunday.getTime() + 2 * 60_000), zone)).toBe('2005-10-29');
    expect(startOfLocalDay('2005-10-31', zone).getTime() - sunday.getTime()).toBe(25 * HOUR);
  });
});

describe('properties', () => {
  const ZONES = [
    'UTC',
    'America/New_York',
    'America/Chicago',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'Pacific/Guam',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Asia/Jerusalem',
    'Africa/Cairo',
    'America/Havana',
    'Pacific/Apia',
  ];
  const zone = fc.constantFrom(...ZONES);
  const instant = fc.date({ min: at('2005-01-01T00:00:00Z'), max: at('2035-12-31T23:59:59Z'), noInvalidDate: true });
  const civil = fc
    .integer({ min: 0, max: 200 * 365 })
    .map((n) => new Date(Date.UTC(1900, 0, 1) + n * DAY).toISOString().slice(0, 10));

  it('places every instant inside its local day', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const date = localDate(t, z);
        const start = startOfLocalDay(date, z).getTime();
        const next = startOfLocalDay(addDays(date, 1), z).getTime();
        expect(start).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime()).toBeLessThan(next);
        // The day begins exactly there: the millisecond before is on an earlier date.
        expect(localDate(new Date(start), z)).toBe(date);
        expect(localDate(new Date(start - 1), z) < date).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Date on calendar arithmetic and weekdays', () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -1000, max: 1000 }), (date, n) => {
        const base = Date.parse(`${date}T00:00:00Z`);
        expect(addDays(date, n)).toBe(new Date(base + n * DAY).toISOString().slice(0, 10));
        expect(dayOfWeek(date)).toBe(new Date(base).getUTCDay());
      }),
      { numRuns: 500 },
    );
  });

  it('formats instants that parse back to the same second', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const text = formatInstant(t, z);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(Date.parse(text)).toBe(Math.floor(t.getTime() / 1000) * 1000);
        expect(text.slice(0, 10)).toBe(localDate(t, z));
      }),
      { numRuns: 500 },
    );
  });
});
