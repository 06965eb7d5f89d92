import { describe, expect, it } from 'vitest';
import { fold, searchCounties } from './countySearch';

const counties = [
  { fips: '35013', name: 'Doña Ana' },
  { fips: '35001', name: 'Bernalillo' },
  { fips: '72097', name: 'Mayagüez' },
  { fips: '48201', name: 'Harris' },
  { fips: '48203', name: 'Harrison' },
  { fips: '48141', name: 'El Paso' },
];
const names = (query: string) => searchCounties(counties, query).map((c) => c.name);

describe('searchCounties', () => {
  it('matches any part of the name, ignoring accents and case', () => {
    expect(names('dona')).toEqual(['Doña Ana']);
    expect(names('DOÑA ana')).toEqual(['Doña Ana']);
    expect(names('mayaguez')).toEqual(['Mayagüez']);
    expect(names('harr')).toEqual(['Harris', 'Harrison']);
    expect(names('  el   paso ')).toEqual(['El Paso']);
    expect(names('rison')).toEqual(['Harrison']);
  });
  it('matches a FIPS code by its start, or by the county’s three digits', () => {
    expect(names('48201')).toEqual(['Harris']);
    expect(names('4820')).toEqual(['Harris', 'Harrison']);
    expect(names('201')).toEqual(['Harris']);
    expect(names('013')).toEqual(['Doña Ana']);
  });
  it('matches all for an empty search, none for a search nothing has', () => {
    expect(names('')).toHaveLength(counties.length);
    expect(names('   ')).toHaveLength(counties.length);
    expect(names('zzz')).toEqual([]);
    expect(names('99999')).toEqual([]);
  });
  it('folds text', () => {
    expect(fold(' Cañón  CITY ')).toBe('canon city');
  });
});
