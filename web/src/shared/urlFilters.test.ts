import { describe, expect, it } from 'vitest';
import {
  filterSearch,
  isLocalDate,
  optional,
  otherParams,
  parseFilters,
  readChoice,
  readInteger,
  readUuid,
  withDefault,
  type FilterSpec,
} from './urlFilters';

const PARAMS = {
  color: optional(readChoice(['red', 'blue'] as const)),
  owner: withDefault(readUuid, ''),
  size: withDefault(readInteger(1, 10), 5),
};
const SPEC: FilterSpec<typeof PARAMS> = { params: PARAMS, offsetParam: 'page' };
const ID = '0F8FAD5B-D9CB-469F-A165-70867728950E';
const parse = (query: string) => parseFilters(SPEC, new URLSearchParams(query));

describe('parseFilters', () => {
  it('gives the defaults for an empty address (an optional filter is left out)', () => {
    expect(parse('')).toEqual({ filters: { owner: '', size: 5 }, offset: 0, ignored: [] });
  });

  it('reads typed values and the page; ids in lower case', () => {
    expect(parse(`color=blue&owner=${ID}&size=2&page=40`)).toEqual({
      filters: { color: 'blue', owner: ID.toLowerCase(), size: 2 },
      offset: 40,
      ignored: [],
    });
  });

  it('ignores, and names, what it cannot use; empty values are absent', () => {
    expect(parse('color=green&owner=x&size=11&page=-1')).toEqual({
      filters: { owner: '', size: 5 },
      offset: 0,
      ignored: ['color', 'owner', 'size', 'page'],
    });
    expect(parse('color=&page=').ignored).toEqual([]);
  });

  it('ignores values that conflict together', () => {
    const spec: FilterSpec<typeof PARAMS> = {
      ...SPEC,
      conflicts: ({ color, size }) => (color === 'red' && size > 3 ? ['color', 'size'] : []),
    };
    expect(parseFilters(spec, new URLSearchParams('color=red&size=4'))).toEqual({
      filters: { owner: '', size: 5 },
      offset: 0,
      ignored: ['color', 'size'],
    });
  });
});

describe('filterSearch', () => {
  it('leaves defaults and the first page out, keeps the others, and round-trips', () => {
    expect(filterSearch(SPEC, {}, 0)).toEqual({ color: null, owner: null, size: null, page: null });
    const search = filterSearch(SPEC, { color: 'red', size: 3 }, 20, { tab: 'x' });
    expect(search).toEqual({ tab: 'x', color: 'red', owner: null, size: '3', page: '20' });
    const written = new URLSearchParams(Object.entries(search).filter((e): e is [string, string] => e[1] !== null));
    expect(parse(written.toString())).toEqual({
      filters: { color: 'red', owner: '', size: 3 },
      offset: 20,
      ignored: [],
    });
  });

  it('a filter change from the page goes back to the first page', () => {
    expect(filterSearch(SPEC, { color: 'blue' }, 0, { page: '40' }).page).toBeNull();
  });
});

describe('otherParams', () => {
  it('are the parameters the spec does not own', () => {
    expect(otherParams(SPEC, new URLSearchParams('color=red&page=2&section=conflicts&kind=a'))).toEqual({
      section: 'conflicts',
      kind: 'a',
    });
  });
});

describe('isLocalDate', () => {
  it('takes real calendar dates in the API’s years only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('1989-12-31')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
  });
});
