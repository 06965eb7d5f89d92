import { describe, expect, it } from 'vitest';
import { readCompare, readSide, swapped, withSide } from './compareParams';

const read = (query: string) => readCompare(new URLSearchParams(query));

describe('the compare address', () => {
  it('reads a state by its USPS code (any case) and a county by its FIPS code', () => {
    expect(readSide('ca')).toEqual({ kind: 'place', place: { kind: 'state', state: 'CA' } });
    expect(readSide(' TX ')).toEqual({ kind: 'place', place: { kind: 'state', state: 'TX' } });
    expect(readSide('06001')).toEqual({ kind: 'place', place: { kind: 'county', fips: '06001' } });
  });

  it('tells a missing side from a value that is neither, keeping what was written (shortened)', () => {
    expect(readSide(null)).toEqual({ kind: 'missing' });
    expect(readSide('  ')).toEqual({ kind: 'missing' });
    expect(readSide('0600')).toEqual({ kind: 'invalid', raw: '0600' });
    expect(readSide('Alameda')).toEqual({ kind: 'invalid', raw: 'Alameda' });
    expect(readSide('C4')).toEqual({ kind: 'invalid', raw: 'C4' });
    const long = readSide('x'.repeat(100));
    expect(long.kind === 'invalid' && long.raw.length).toBe(41);
  });

  it('reads both sides, the date, the release and the person', () => {
    const params = read('a=06001&b=48201&at=2014-06-01&release=synthetic-demo&profile=serious-felony');
    expect(params.a).toEqual({ kind: 'place', place: { kind: 'county', fips: '06001' } });
    expect(params.b).toEqual({ kind: 'place', place: { kind: 'county', fips: '48201' } });
    expect(params.at).toEqual({ kind: 'date', at: '2014-06-01' });
    expect(params.release).toBe('synthetic-demo');
    expect(params.profile).toBe('serious-felony');
    expect(params.badProfile).toBeNull();
  });

  it('defaults the person to no record, and names a person that is not one of the four', () => {
    expect(read('a=CA').profile).toBe('no-record');
    expect(read('a=CA').badProfile).toBeNull();
    expect(read('a=CA').release).toBeNull();
    expect(read('a=CA').at).toEqual({ kind: 'today' });
    expect(read('profile=felon')).toMatchObject({ profile: 'no-record', badProfile: 'felon' });
    expect(read('at=2014-02-30').at).toMatchObject({ kind: 'invalid', problem: 'calendar' });
  });

  it('swaps the sides as written and sets one side keeping the rest', () => {
    const search = new URLSearchParams('a=06001&b=zz9&at=2014-06-01');
    expect(swapped(search)).toEqual({ a: 'zz9', b: '06001', at: '2014-06-01' });
    expect(swapped(new URLSearchParams('a=CA'))).toEqual({ a: null, b: 'CA' });
    expect(withSide(search, 'b', 'TX')).toEqual({ a: '06001', b: 'TX', at: '2014-06-01' });
  });
});
