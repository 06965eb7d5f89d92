import { describe, expect, it } from 'vitest';
import { localParts, zonedInstant } from '../../web/src/features/intake/zonedTime.js';

describe('zonedInstant: a local date and time in the agency zone, as an instant with its offset', () => {
  it('uses the offset in force on that day (standard and daylight time)', () => {
    expect(zonedInstant('2026-01-15', '09:00', 'America/Chicago')).toMatchObject({
      ok: true,
      iso: '2026-01-15T09:00:00-06:00',
    });
    expect(zonedInstant('2026-07-15', '09:00', 'America/Chicago')).toMatchObject({
      ok: true,
      iso: '2026-07-15T09:00:00-05:00',
    });
    expect(zonedInstant('2026-11-28', '09:00', 'America/Los_Angeles')).toMatchObject({
      iso: '2026-11-28T09:00:00-08:00',
    });
    expect(zonedInstant('2026-07-01', '23:30', 'Pacific/Honolulu')).toMatchObject({ iso: '2026-07-01T23:30:00-10:00' });
  });

  it('names the same instant as the zone does', () => {
    const result = zonedInstant('2026-03-08', '01:59', 'America/Chicago');
    if (!result.ok) throw new Error('expected an instant');
    expect(new Date(result.iso).toISOString()).toBe('2026-03-08T07:59:00.000Z');
  });

  it('refuses a time the clocks skip when daylight time starts (2:30 on 2026-03-08 in Chicago)', () => {
    expect(zonedInstant('2026-03-08', '02:30', 'America/Chicago')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(zonedInstant('2026-03-08', '03:00', 'America/Chicago')).toMatchObject({ iso: '2026-03-08T03:00:00-05:00' });
  });

  it('takes the first of a time that happens twice when daylight time ends (1:30 on 2026-11-01)', () => {
    expect(zonedInstant('2026-11-01', '01:30', 'America/Chicago')).toMatchObject({ iso: '2026-11-01T01:30:00-05:00' });
    expect(zonedInstant('2026-11-01', '02:00', 'America/Chicago')).toMatchObject({ iso: '2026-11-01T02:00:00-06:00' });
  });

  it('refuses dates and times that do not exist on any calendar', () => {
    expect(zonedInstant('2026-02-30', '09:00', 'America/Chicago')).toEqual({ ok: false, problem: 'invalid' });
    expect(zonedInstant('2026-02-03', '24:10', 'America/Chicago')).toEqual({ ok: false, problem: 'invalid' });
    expect(zonedInstant('', '09:00', 'America/Chicago')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('localParts is the inverse: the wall clock of an instant in the zone', () => {
    expect(localParts(Date.parse('2026-03-08T07:59:00Z'), 'America/Chicago')).toEqual({
      date: '2026-03-08',
      time: '01:59',
    });
    expect(localParts(Date.parse('2026-03-08T08:00:00Z'), 'America/Chicago')).toEqual({
      date: '2026-03-08',
      time: '03:00',
    });
  });
});
