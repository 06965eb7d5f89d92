import { describe, expect, it } from 'vitest';
import { countdownText, formatSpan, statusAt, urgencyOf, URGENT_WITHIN_MS } from './countdown';

// A fixed clock: every expectation is about this instant.
const NOW = Date.parse('2026-12-05T15:00:00Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatSpan', () => {
  it('writes hours and minutes with plurals, in English and Spanish', () => {
    expect(formatSpan(HOUR + 5 * MIN, 'en')).toBe('1 hour 5 minutes');
    expect(formatSpan(HOUR + 5 * MIN, 'es')).toBe('1 hora 5 minutos');
    expect(formatSpan(2 * HOUR + MIN, 'en')).toBe('2 hours 1 minute');
    expect(formatSpan(2 * HOUR + MIN, 'es')).toBe('2 horas 1 minuto');
    expect(formatSpan(3 * HOUR, 'en')).toBe('3 hours');
    expect(formatSpan(59 * MIN, 'es')).toBe('59 minutos');
  });

  it('uses days beyond 24 hours and never rounds up', () => {
    expect(formatSpan(26 * HOUR + 59 * MIN + 59_999, 'en')).toBe('1 day 2 hours');
    expect(formatSpan(48 * HOUR, 'es')).toBe('2 días');
    expect(formatSpan(MIN - 1, 'en')).toBe('0 minutes');
    expect(formatSpan(-5 * MIN, 'en')).toBe('0 minutes');
  });
});

describe('urgencyOf', () => {
  it('is urgent under two hours, running from two hours on, release-now at and past the deadline', () => {
    expect(urgencyOf('holding', at(URGENT_WITHIN_MS), NOW)).toBe('running');
    expect(urgencyOf('holding', at(URGENT_WITHIN_MS - 1), NOW)).toBe('urgent');
    expect(urgencyOf('holding', at(1), NOW)).toBe('urgent');
    expect(urgencyOf('holding', at(0), NOW)).toBe('release-now');
    expect(urgencyOf('holding', at(-HOUR), NOW)).toBe('release-now');
  });

  it('is release-now for release-due whatever the deadline, and none without a running hold', () => {
    expect(urgencyOf('release-due', null, NOW)).toBe('release-now');
    expect(urgencyOf('release-due', at(HOUR), NOW)).toBe('release-now');
    expect(urgencyOf('pending', null, NOW)).toBe('none');
    expect(urgencyOf('holding', null, NOW)).toBe('none');
    expect(urgencyOf('released', at(-HOUR), NOW)).toBe('none');
    expect(urgencyOf('holding', 'not a date', NOW)).toBe('none');
  });
});

describe('statusAt', () => {
  it('shows a hold past its deadline as release-due, as the API does', () => {
    expect(statusAt('holding', at(-1), NOW)).toBe('release-due');
    expect(statusAt('holding', at(0), NOW)).toBe('release-due');
    expect(statusAt('holding', at(1), NOW)).toBe('holding');
    expect(statusAt('pending', at(-1), NOW)).toBe('pending');
  });
});

describe('countdownText', () => {
  it('counts down in the reader’s language', () => {
    expect(countdownText('holding', at(HOUR + 5 * MIN + 30_000), NOW, 'en')).toEqual({
      main: 'in 1 hour 5 minutes',
      detail: null,
    });
    expect(countdownText('holding', at(HOUR + 5 * MIN), NOW, 'es')).toEqual({
      main: 'en 1 hora 5 minutos',
      detail: null,
    });
    expect(countdownText('holding', at(30_000), NOW, 'en')?.main).toBe('in less than a minute');
    expect(countdownText('holding', at(30_000), NOW, 'es')?.main).toBe('en menos de un minuto');
  });

  it('says RELEASE NOW once the deadline is reached, with how long ago', () => {
    expect(countdownText('holding', at(0), NOW, 'en')).toEqual({ main: 'RELEASE NOW', detail: 'deadline just passed' });
    expect(countdownText('holding', at(-3 * MIN), NOW, 'es')).toEqual({
      main: 'LIBERAR YA',
      detail: 'plazo vencido hace 3 minutos',
    });
    expect(countdownText('release-due', null, NOW, 'en')).toEqual({ main: 'RELEASE NOW', detail: null });
  });

  it('answers nothing without a deadline to count to', () => {
    expect(countdownText('pending', null, NOW, 'en')).toBeNull();
    expect(countdownText('transferred', at(-HOUR), NOW, 'es')).toBeNull();
  });
});
