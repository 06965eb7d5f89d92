import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, monthStarts, nextStep, previousStep, stepsUntil } from './days';

describe('day numbers', () => {
  it('count calendar days from 2008-01-01, leap days included, and back', () => {
    expect(dayNumber('2008-01-01')).toBe(0);
    expect(dayNumber('2008-03-01')).toBe(60); // 2008 is a leap year
    expect(dateOfDay(dayNumber('2014-06-01'))).toBe('2014-06-01');
    for (let day = 0; day < 7000; day += 97) expect(dayNumber(dateOfDay(day))).toBe(day);
  });
});

describe('steps', () => {
  it('are month starts when the change points are unknown, ending today', () => {
    expect(monthStarts('2008-04-15')).toEqual(['2008-02-01', '2008-03-01', '2008-04-01']);
    expect(stepsUntil('2008-04-15', null)).toEqual(['2008-02-01', '2008-03-01', '2008-04-01', '2008-04-15']);
  });

  it('are the change points given (in range, sorted, once), ending today', () => {
    const steps = stepsUntil('2026-12-05', ['2017-09-01', '2014-01-01', '2014-01-01', '2008-01-01', '2030-01-01']);
    expect(steps).toEqual(['2014-01-01', '2017-09-01', '2026-12-05']);
  });

  it('next and previous step from a date', () => {
    const steps = ['2014-01-01', '2017-09-01', '2026-12-05'];
    expect(nextStep(steps, '2008-01-01')).toBe('2014-01-01');
    expect(nextStep(steps, '2014-01-01')).toBe('2017-09-01');
    expect(nextStep(steps, '2026-12-05')).toBeNull();
    expect(previousStep(steps, '2017-09-01')).toBe('2014-01-01');
    expect(previousStep(steps, '2015-03-03')).toBe('2014-01-01');
    expect(previousStep(steps, '2013-01-01')).toBe('2008-01-01');
    expect(previousStep(steps, '2008-01-01')).toBeNull();
  });
});
