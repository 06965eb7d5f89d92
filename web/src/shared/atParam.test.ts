import { describe, expect, it } from 'vitest';
import { readAt } from './atParam';

const at = (value: string | null) => readAt(new URLSearchParams(value === null ? '' : { at: value }));

describe('readAt', () => {
  it('reads no ?at= (or an empty one) as today', () => {
    expect(at(null)).toEqual({ kind: 'today' });
    expect(at('')).toEqual({ kind: 'today' });
  });
  it('reads a day of the calendar in the years 1900 to 2100', () => {
    expect(at('2014-06-01')).toEqual({ kind: 'date', at: '2014-06-01' });
    expect(at('2016-02-29')).toEqual({ kind: 'date', at: '2016-02-29' });
    expect(at('2099-01-01')).toEqual({ kind: 'date', at: '2099-01-01' });
  });
  it('says what is wrong with anything else, and keeps what was asked', () => {
    expect(at('garbage')).toEqual({ kind: 'invalid', raw: 'garbage', problem: 'form' });
    expect(at('2014-6-1')).toEqual({ kind: 'invalid', raw: '2014-6-1', problem: 'form' });
    expect(at(' 2014-06-01')).toEqual({ kind: 'invalid', raw: ' 2014-06-01', problem: 'form' });
    expect(at('2014-02-30')).toEqual({ kind: 'invalid', raw: '2014-02-30', problem: 'calendar' });
    expect(at('2015-02-29')).toEqual({ kind: 'invalid', raw: '2015-02-29', problem: 'calendar' });
    expect(at('2014-13-01')).toEqual({ kind: 'invalid', raw: '2014-13-01', problem: 'calendar' });
    expect(at('2101-01-01')).toEqual({ kind: 'invalid', raw: '2101-01-01', problem: 'years' });
    expect(at('1899-12-31')).toEqual({ kind: 'invalid', raw: '1899-12-31', problem: 'years' });
  });
});
