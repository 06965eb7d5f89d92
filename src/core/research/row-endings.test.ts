import { describe, expect, it } from 'vitest';
import { midnightKey } from './row-endings.js';

describe('midnight keys of dates', () => {
  it('gives texts of the form YYYY-MM-DD 00:00:00 a number of their digits, the same for the same text only', () => {
    expect(midnightKey('2013-01-05 00:00:00')).toBe(20130105);
    expect(midnightKey('2013-02-30 00:00:00')).toBe(20130230); // not a date: the parser rejects it, once
    expect(midnightKey('2013-01-05 00:00:00')).not.toBe(midnightKey('2013-10-05 00:00:00'));
  });

  it.each([
    '2013-01-05',
    '2013-01-05 00:00:01',
    '2013/01/05 00:00:00',
    '2013-0a-05 00:00:00',
    ' 013-01-05 00:00:00',
    '',
  ])('leaves %j to be found as text', (text) => {
    expect(midnightKey(text)).toBe(-1);
  });
});
