import { describe, it, expect } from 'vitest';
import { COUNTY_FIPS, USPS_CODE } from '../../core/place/place.js';
import { COUNTY_TIME_ZONE_OVERRIDES } from './county-time-zones.data.js';
import { loadReferencePlaces, readAtlasCounties } from './reference-places.js';

const { states, counties } = loadReferencePlaces();
const stateByCode = new Map(states.map((s) => [s.code, s]));
const countyByFips = new Map(counties.map((c) => [c.fips, c]));

describe('reference states', () => {
  it('has the 50 states, DC and 5 territories', () => {
    expect(states).toHaveLength(56);
    expect(states.filter((s) => s.kind === 'state')).toHaveLength(50);
    expect(states.filter((s) => s.kind === 'district').map((s) => s.code)).toEqual(['DC']);
    expect(states.filter((s) => s.kind === 'territory').map((s) => s.code)).toEqual(['AS', 'GU', 'MP', 'PR', 'VI']);
  });

  it('has unique, well-formed codes and FIPS, sorted by code', () => {
    expect(new Set(states.map((s) => s.code)).size).toBe(states.length);
    expect(new Set(states.map((s) => s.fips)).size).toBe(states.length);
    for (const s of states) {
      expect(s.code).toMatch(USPS_CODE);
      expect(s.fips).toMatch(/^\d{2}$/);
    }
    expect(states.map((s) => s.code)).toEqual(states.map((s) => s.code).sort());
  });
});

describe('reference counties', () => {
  it('has every us-atlas county of a known state', () => {
    expect(counties).toHaveLength(3231);
  });

  it('has unique 5-digit FIPS, sorted, prefixed by the state FIPS', () => {
    expect(countyByFips.size).toBe(counties.length);
    expect(counties.map((c) => c.fips)).toEqual(counties.map((c) => c.fips).sort());
    for (const c of counties) {
      expect(c.fips).toMatch(COUNTY_FIPS);
      expect(c.fips.slice(0, 2)).toBe(stateByCode.get(c.stateCode)?.fips);
    }
  });

  it.each([
    ['CA', 58],
    ['TX', 254],
    ['CT', 8],
    ['DC', 1],
    ['PR', 78],
  ])('%s has %i counties', (code, count) => {
    expect(counties.filter((c) => c.stateCode === code)).toHaveLength(count);
  });

  it('keys every time zone override by a us-atlas county id', () => {
    const atlasIds = new Set(readAtlasCounties().map((g) => g.id));
    const missing = Object.keys(COUNTY_TIME_ZONE_OVERRIDES).filter((fips) => !atlasIds.has(fips));
    expect(missing).toEqual([]);
  });

  it('only overrides counties whose zone differs from the state default', () => {
    for (const [fips, zone] of Object.entries(COUNTY_TIME_ZONE_OVERRIDES)) {
      const county = countyByFips.get(fips);
      expect(zone, fips).not.toBe(stateByCode.get(county?.stateCode ?? '')?.timeZone);
    }
  });
});

describe('reference time zones', () => {
  it('are all accepted by Intl', () => {
    const zones = new Set([...states.map((s) => s.timeZone), ...counties.map((c) => c.timeZone)]);
    for (const timeZone of zones) {
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone }), timeZone).not.toThrow();
    }
  });

  it.each([
    ['06001', 'Alameda', 'America/Los_Angeles'],
    ['48201', 'Harris', 'America/Chicago'],
    ['48141', 'El Paso', 'America/Denver'],
    ['17031', 'Cook', 'America/Chicago'],
    ['12033', 'Escambia', 'America/Chicago'],
    ['12073', 'Leon', 'America/New_York'],
    ['26053', 'Gogebic', 'America/Menominee'],
    ['41045', 'Malheur', 'America/Boise'],
    ['16055', 'Kootenai', 'America/Los_Angeles'],
    ['02016', 'Aleutians West', 'America/Anchorage'],
    ['36061', 'New York', 'America/New_York'],
    ['72127', 'San Juan', 'America/Puerto_Rico'],
    ['18089', 'Lake', 'America/Chicago'],
    ['18097', 'Marion', 'America/Indiana/Indianapolis'],
    ['47037', 'Davidson', 'America/Chicago'],
    ['47093', 'Knox', 'America/New_York'],
    ['21111', 'Jefferson', 'America/Kentucky/Louisville'],
  ])('%s %s is in %s', (fips, name, timeZone) => {
    expect(countyByFips.get(fips)).toMatchObject({ name, timeZone });
  });
});

describe('loadReferencePlaces', () => {
  it('returns the cached result on later calls', () => {
    expect(loadReferencePlaces()).toBe(loadReferencePlaces());
  });
});
