import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { federalHolidayCalendar as federal } from '../../platform/federal-holiday-calendar.js';
import { fixedHolidayCalendar } from './fixed-holiday-calendar.js';
import type { HolidayCalendar } from './holiday-calendar.port.js';
import {
  HOLD_WINDOW_KINDS,
  businessTimeBetween,
  excludedDaysBetween,
  holdDeadline,
  isBusinessDay,
  isHoldWindowKind,
  type HoldWindowKind,
} from './hold-window.js';
import { formatInstant } from './local-calendar.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WINDOW = 48 * HOUR;

/** The deadline, written in the zone's local time. */
function deadline(startIso: string, zone: string, kind: HoldWindowKind = 'business-48h', capHours?: number): string {
  const start = new Date(startIso);
  return formatInstant(holdDeadline({ start, kind, zone, calendar: federal, capHours }), zone);
}

describe('the 8 CFR 287.7(d) window (business-48h)', () => {
  it('runs Monday 17:00 to Wednesday 17:00', () => {
    expect(deadline('2026-11-16T17:00:00-06:00', 'America/Chicago')).toBe('2026-11-18T17:00:00-06:00');
  });

  it('runs Thursday 17:00 to Monday 17:00: Thu 7 h + Fri 24 h + Mon 17 h', () => {
    const start = new Date('2026-11-12T17:00:00-06:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/Chicago', calendar: federal });
    expect(formatInstant(end, 'America/Chicago')).toBe('2026-11-16T17:00:00-06:00');
    expect(businessTimeBetween(start, end, 'America/Chicago', federal)).toBe(WINDOW);
    expect(end.getTime() - start.getTime()).toBe(4 * DAY);
  });

  it('stops for Thanksgiving (Thursday 2026-11-26) but not for the Friday after', () => {
    // Wed 7 h, Thu holiday, Fri 24 h, Sat, Sun, Mon 17 h.
    expect(deadline('2026-11-25T17:00:00-06:00', 'America/Chicago')).toBe('2026-11-30T17:00:00-06:00');
  });

  it('stops for a Monday holiday (Labor Day 2026-09-07)', () => {
    // Fri 7 h, Sat, Sun, Mon holiday, Tue 24 h, Wed 17 h.
    expect(deadline('2026-09-04T17:00:00-05:00', 'America/Chicago')).toBe('2026-09-09T17:00:00-05:00');
  });

  it("stops for New Year's Day observed on Friday 2021-12-31", () => {
    // Thu 7 h, Fri holiday, Sat, Sun, Mon 24 h, Tue 17 h.
    expect(deadline('2021-12-30T17:00:00-05:00', 'America/New_York')).toBe('2022-01-04T17:00:00-05:00');
  });

  it('starting on a Saturday, accrues nothing until Monday 00:00', () => {
    // Mon 24 h + Tue 24 h: the 48 hours are complete as Tuesday ends.
    expect(deadline('2026-11-14T10:00:00-06:00', 'America/Chicago')).toBe('2026-11-18T00:00:00-06:00');
    expect(deadline('2026-11-15T23:59:59-06:00', 'America/Chicago')).toBe('2026-11-18T00:00:00-06:00');
    // Starting on a holiday (Thanksgiving) is the same: nothing until Friday 00:00.
    expect(deadline('2026-11-26T09:00:00-06:00', 'America/Chicago')).toBe('2026-12-01T00:00:00-06:00');
  });

  it('starting at the very beginning of a business day, ends as the next business day ends', () => {
    expect(deadline('2026-11-19T00:00:00-06:00', 'America/Chicago')).toBe('2026-11-21T00:00:00-06:00');
  });

  it('counts the 23 hours of a weekday that springs forward (Israel: Friday 2026-03-27)', () => {
    // US zones change on Sundays, when the clock is stopped anyway; Israel changes on a Friday.
    // Thu 7 h + Fri 23 h (02:00 → 03:00) + Mon 18 h = 48 h: Monday 18:00, not 17:00.
    const zone = 'Asia/Jerusalem';
    const start = new Date('2026-03-26T17:00:00+02:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone, calendar: federal });
    expect(formatInstant(end, zone)).toBe('2026-03-30T18:00:00+03:00');
    expect(businessTimeBetween(start, end, zone, federal)).toBe(WINDOW);
  });

  it('counts the 25 hours of a weekday that falls back (Egypt: Thursday 2023-10-26)', () => {
    // Wed 7 h + Thu 25 h (24:00 EEST → 23:00 EET) + Fri 16 h = 48 h.
    expect(deadline('2023-10-25T17:00:00+03:00', 'Africa/Cairo')).toBe('2023-10-27T16:00:00+02:00');
  });

  it('keeps local 17:00 across a Sunday daylight-saving change in the US', () => {
    // Fri 7 h + Mon 24 h + Tue 17 h; the weekend holds the 23-hour Sunday, so 95 elapsed hours.
    const start = new Date('2026-03-06T17:00:00-06:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/Chicago', calendar: federal });
    expect(formatInstant(end, 'America/Chicago')).toBe('2026-03-10T17:00:00-05:00');
    expect(end.getTime() - start.getTime()).toBe(95 * HOUR);
  });

  it('uses the local calendar of zones without daylight saving (Phoenix, Guam)', () => {
    expect(deadline('2026-03-09T17:00:00-07:00', 'America/Phoenix')).toBe('2026-03-11T17:00:00-07:00');
    // Guam, Thursday 2026-07-02 17:00: Friday 2026-07-03 (Independence Day observed) stops the clock there
    // even though it is still Thursday July 2 in UTC for the first ten hours.
    // Thu 7 h, Fri holiday, Sat, Sun, Mon 24 h, Tue 17 h.
    expect(deadline('2026-07-02T17:00:00+10:00', 'Pacific/Guam')).toBe('2026-07-07T17:00:00+10:00');
  });

  it('takes its holidays from the calendar it is given', () => {
    const calendar = fixedHolidayCalendar('test', { '2026-11-17': 'A made-up Tuesday holiday' });
    const start = new Date('2026-11-16T17:00:00-06:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/Chicago', calendar });
    expect(formatInstant(end, 'America/Chicago')).toBe('2026-11-19T17:00:00-06:00');
    expect(calendar.holidays(2026)).toEqual([{ date: '2026-11-17', name: 'A made-up Tuesday holiday' }]);
    expect(calendar.holidays(2025)).toEqual([]);
  });

  it('gives up on a calendar without business days', () => {
    const always: HolidayCalendar = { id: 'always', isHoliday: () => true, holidays: () => [] };
    const start = new Date('2026-11-16T17:00:00-06:00');
    expect(() => holdDeadline({ start, kind: 'business-48h', zone: 'UTC', calendar: always })).toThrow(RangeError);
  });
});

describe('the Form I-247A window (flat-48h)', () => {
  it('is 48 elapsed hours across the spring change: 12:00 PST → 13:00 PDT', () => {
    const start = new Date('2026-03-07T12:00:00-08:00');
    const end = holdDeadline({ start, kind: 'flat-48h', zone: 'America/Los_Angeles', calendar: federal });
    expect(end.toISOString()).toBe('2026-03-09T20:00:00.000Z');
    expect(formatInstant(end, 'America/Los_Angeles')).toBe('2026-03-09T13:00:00-07:00');
  });

  it('is 48 elapsed hours across the fall change: 12:00 PDT → 11:00 PST', () => {
    expect(deadline('2026-10-31T12:00:00-07:00', 'America/Los_Angeles', 'flat-48h')).toBe('2026-11-02T11:00:00-08:00');
  });

  it('ignores weekends and holidays', () => {
    expect(deadline('2026-11-25T17:00:00-06:00', 'America/Chicago', 'flat-48h')).toBe('2026-11-27T17:00:00-06:00');
  });
});

describe('policy caps', () => {
  const thursday = '2026-11-12T17:00:00-06:00';
  const zone = 'America/Chicago';

  it('cuts the window at the cap, in elapsed hours', () => {
    expect(deadline(thursday, zone, 'business-48h', 24)).toBe('2026-11-13T17:00:00-06:00');
    expect(deadline(thursday, zone, 'flat-48h', 24)).toBe('2026-11-13T17:00:00-06:00');
    expect(deadline('2026-11-14T10:00:00-06:00', zone, 'business-48h', 24)).toBe('2026-11-15T10:00:00-06:00');
    expect(deadline(thursday, zone, 'business-48h', 1.5)).toBe('2026-11-12T18:30:00-06:00');
  });

  it('with a cap of zero, the deadline is the start', () => {
    const start = new Date(thursday);
    for (const kind of HOLD_WINDOW_KINDS) {
      expect(holdDeadline({ start, kind, zone, calendar: federal, capHours: 0 }).getTime()).toBe(start.getTime());
    }
  });

  it('a cap longer than the window changes nothing', () => {
    expect(deadline(thursday, zone, 'business-48h', 200)).toBe('2026-11-16T17:00:00-06:00');
    expect(deadline(thursday, zone, 'business-48h', 96)).toBe('2026-11-16T17:00:00-06:00'); // exactly the window
    expect(deadline(thursday, zone, 'flat-48h', 48)).toBe('2026-11-14T17:00:00-06:00');
  });

  it('rejects negative and non-finite caps', () => {
    for (const capHours of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => deadline(thursday, zone, 'business-48h', capHours), String(capHours)).toThrow(RangeError);
    }
  });
});

describe('inputs and helpers', () => {
  it('lists the window kinds', () => {
    expect(HOLD_WINDOW_KINDS).toEqual(['business-48h', 'flat-48h']);
    expect(isHoldWindowKind('flat-48h')).toBe(true);
    expect(isHoldWindowKind('72h')).toBe(false);
  });

  it('rejects an unknown zone, an invalid start and an unknown kind', () => {
    const start = new Date('2026-11-16T17:00:00Z');
    expect(() => holdDeadline({ start, kind: 'flat-48h', zone: 'Nowhere/Land', calendar: federal })).toThrow(
      RangeError,
    );
    expect(() =>
      holdDeadline({ start: new Date(Number.NaN), kind: 'flat-48h', zone: 'UTC', calendar: federal }),
    ).toThrow(RangeError);
    expect(() => holdDeadline({ start, kind: 'weekly' as HoldWindowKind, zone: 'UTC', calendar: federal })).toThrow(
      RangeError,
    );
  });

  it('knows business days', () => {
    expect(isBusinessDay('2026-11-16', federal)).toBe(true);
    expect(isBusinessDay('2026-11-14', federal)).toBe(false);
    expect(isBusinessDay('2026-11-15', federal)).toBe(false);
    expect(isBusinessDay('2026-11-26', federal)).toBe(false);
    expect(isBusinessDay('2026-11-27', federal)).toBe(true);
  });

  it('measures running clock time between two instants', () => {
    const zone = 'America/Chicago';
    const friday = new Date('2026-11-13T17:00:00-06:00');
    const monday = new Date('2026-11-16T17:00:00-06:00');
    expect(businessTimeBetween(friday, monday, zone, federal)).toBe(24 * HOUR);
    expect(businessTimeBetween(monday, friday, zone, federal)).toBe(0);
    expect(businessTimeBetween(friday, friday, zone, federal)).toBe(0);
    // Thanksgiving week, Monday 00:00 to Monday 00:00: Mon, Tue, Wed, Fri.
    const from = new Date('2026-11-23T00:00:00-06:00');
    const to = new Date('2026-11-30T00:00:00-06:00');
    expect(businessTimeBetween(from, to, zone, federal)).toBe(4 * DAY);
    // Within a weekend: nothing.
    const saturday = new Date('2026-11-14T10:00:00-06:00');
    expect(businessTimeBetween(saturday, new Date(saturday.getTime() + 30 * HOUR), zone, federal)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, with the real federal calendar

const ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'Pacific/Pago_Pago',
  'UTC',
  // Harder calendars: half- and quarter-hour offsets, weekday and midnight transitions, a skipped day.
  'America/St_Johns',
  'Asia/Kathmandu',
  'Asia/Jerusalem',
  'Africa/Cairo',
  'America/Havana',
  'Pacific/Apia',
] as const;

const MIN = Date.parse('2005-01-01T00:00:00Z');
const MAX = Date.parse('2035-12-31T23:59:59Z');

/** Anchors worth testing near: every holiday, and a day near every change of offset in the zone. */
const HOLIDAY_ANCHORS: number[] = [];
for (let year = 2005; year <= 2035; year += 1) {
  for (const { date } of federal.holidays(year)) HOLIDAY_ANCHORS.push(Date.parse(`${date}T12:00:00Z`));
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
function offsetName(ms: number, zone: string): string {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  return formatter.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
}
const transitionAnchors = new Map<string, number[]>();
function transitionsOf(zone: string): number[] {
  let anchors = transitionAnchors.get(zone);
  if (!anchors) {
    anchors = [];
    let previous = offsetName(MIN, zone);
    for (let ms = MIN + 2 * DAY; ms <= MAX; ms += 2 * DAY) {
      const current = offsetName(ms, zone);
      if (current !== previous) anchors.push(ms - DAY);
      previous = current;
    }
    transitionAnchors.set(zone, anchors);
  }
  return anchors;
}

const zoneArb = fc.constantFrom(...ZONES);
const uniformMs = fc.integer({ min: MIN, max: MAX });
const nearby = fc.integer({ min: -5 * DAY, max: 5 * DAY });
function startIn(zone: string): fc.Arbitrary<number> {
  const transitions = transitionsOf(zone);
  const options = [
    uniformMs,
    fc.tuple(fc.constantFrom(...HOLIDAY_ANCHORS), nearby).map(([anchor, delta]) => anchor + delta),
  ];
  if (transitions.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...transitions), nearby).map(([anchor, delta]) => anchor + delta));
  }
  return fc.oneof(...options);
}
/** A zone and a start instant (ms) in 2005–2035, often near holidays and daylight-saving changes. */
const zonedStart = zoneArb.chain((zone) => startIn(zone).map((start) => ({ zone, start })));

/**
 * Slow reference: walk 15-minute slots aligned to UTC (every local midnight of these zones falls on
 * one) and add the part of each slot within [start, end) whose local date, read independently with
 * Intl, is a weekday and not a holiday.
 */
const SLOT = 15 * MINUTE;
const referenceFormatters = new Map<string, Intl.DateTimeFormat>();
function referenceDay(ms: number, zone: string): { date: string; weekend: boolean } {
  let formatter = referenceFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    referenceFormatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(ms).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekend: parts.weekday === 'Sat' || parts.weekday === 'Sun',
  };
}
function referenceBusinessMs(start: number, end: number, zone: string): number {
  let total = 0;
  for (let slot = Math.floor(start / SLOT) * SLOT; slot < end; slot += SLOT) {
    const { date, weekend } = referenceDay(slot, zone);
    if (!weekend && !federal.isHoliday(date)) total += Math.min(end, slot + SLOT) - Math.max(start, slot);
  }
  return total;
}

const business = (start: number, zone: string, capHours?: number): number =>
  holdDeadline({ start: new Date(start), kind: 'business-48h', zone, calendar: federal, capHours }).getTime();

describe('hold window properties (2005–2035, federal calendar, 17 zones)', () => {
  it('(a) a business-48h window is never shorter than 48 elapsed hours', () => {
    fc.assert(
      fc.property(zonedStart, ({ zone, start }) => {
        expect(business(start, zone) - start).toBeGreaterThanOrEqual(WINDOW);
      }),
      { numRuns: 500 },
    );
  });

  it('(b) is monotonic in its start', () => {
    const pair = zonedStart.chain(({ zone, start }) =>
      fc
        .oneof(fc.integer({ min: 0, max: 6 * DAY }), fc.integer({ min: 0, max: 2 * MINUTE }), fc.constant(0))
        .map((delta) => ({ zone, s1: start, s2: start + delta })),
    );
    fc.assert(
      fc.property(pair, ({ zone, s1, s2 }) => {
        expect(business(s1, zone)).toBeLessThanOrEqual(business(s2, zone));
      }),
      { numRuns: 500 },
    );
  });

  it('(c) runs exactly 48 hours, all of them on business days (slow reference)', () => {
    fc.assert(
      fc.property(zonedStart, ({ zone, start }) => {
        const end = business(start, zone);
        expect(businessTimeBetween(new Date(start), new Date(end), zone, federal)).toBe(WINDOW);
        expect(referenceBusinessMs(start, end, zone)).toBe(WINDOW);
        // The clock is running right up to the deadline: it does not end after an excluded stretch.
        const last = referenceDay(end - 1, zone);
        expect(last.weekend || federal.isHoliday(last.date)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('(c′) businessTimeBetween agrees with the reference on arbitrary intervals', () => {
    const interval = zonedStart.chain(({ zone, start }) =>
      fc.integer({ min: 0, max: 8 * DAY }).map((length) => ({ zone, start, end: start + length })),
    );
    fc.assert(
      fc.property(interval, ({ zone, start, end }) => {
        expect(businessTimeBetween(new Date(start), new Date(end), zone, federal)).toBe(
          referenceBusinessMs(start, end, zone),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('(d) flat-48h is always exactly 48 elapsed hours', () => {
    fc.assert(
      fc.property(zonedStart, ({ zone, start }) => {
        const end = holdDeadline({ start: new Date(start), kind: 'flat-48h', zone, calendar: federal });
        expect(end.getTime() - start).toBe(WINDOW);
      }),
      { numRuns: 500 },
    );
  });

  it('(e) a cap never lengthens the window', () => {
    const cap = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 200 }),
      fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }),
    );
    const kind = fc.constantFrom(...HOLD_WINDOW_KINDS);
    fc.assert(
      fc.property(zonedStart, cap, kind, ({ zone, start }, capHours, k) => {
        const uncapped = holdDeadline({ start: new Date(start), kind: k, zone, calendar: federal }).getTime();
        const capped = holdDeadline({ start: new Date(start), kind: k, zone, calendar: federal, capHours }).getTime();
        expect(capped).toBeGreaterThanOrEqual(start);
        expect(capped).toBeLessThanOrEqual(start + capHours * HOUR);
        expect(capped).toBeLessThanOrEqual(uncapped);
        expect(capped).toBe(Math.min(uncapped, start + Math.floor(capHours * HOUR)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the days a business-day clock skips, named', () => {
  it('around Thanksgiving 2026 in Chicago: the holiday by name, then the weekend', () => {
    // Released Wednesday 25 Nov 2026 at 10:00 CST: Thu (holiday), Sat, Sun skipped; ends Mon 30 Nov 10:00.
    const start = new Date('2026-11-25T10:00:00-06:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/Chicago', calendar: federal });
    expect(formatInstant(end, 'America/Chicago')).toBe('2026-11-30T10:00:00-06:00');
    expect(excludedDaysBetween(start, end, 'America/Chicago', federal)).toEqual([
      { date: '2026-11-26', reason: 'holiday', name: 'Thanksgiving Day' },
      { date: '2026-11-28', reason: 'weekend' },
      { date: '2026-11-29', reason: 'weekend' },
    ]);
  });

  it('names a holiday observed in the year before (New Year’s Day 2022 on Friday 31 Dec 2021)', () => {
    const start = new Date('2021-12-30T12:00:00-05:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/New_York', calendar: federal });
    expect(excludedDaysBetween(start, end, 'America/New_York', federal)[0]).toEqual({
      date: '2021-12-31',
      reason: 'holiday',
      name: "New Year's Day",
    });
  });

  it('is empty for a window within business days, and for an empty window', () => {
    const start = new Date('2026-12-01T09:00:00-06:00');
    const end = holdDeadline({ start, kind: 'business-48h', zone: 'America/Chicago', calendar: federal });
    expect(excludedDaysBetween(start, end, 'America/Chicago', federal)).toEqual([]);
    expect(excludedDaysBetween(end, start, 'America/Chicago', federal)).toEqual([]);
  });
});
