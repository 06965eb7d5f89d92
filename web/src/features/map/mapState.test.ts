import { describe, expect, it } from 'vitest';
import { mapHref, parseMapSearch, withView } from './mapState';

const TODAY = '2026-12-05';
const parse = (query: string) => parseMapSearch(new URLSearchParams(query), TODAY);

describe('parseMapSearch', () => {
  it('defaults to today, hold, a person with no record, the whole table', () => {
    expect(parse('')).toEqual({
      state: { at: TODAY, atGiven: false, action: 'hold', profile: 'no-record', q: '', offset: 0 },
      ignored: [],
      askedAt: null,
    });
  });

  it('reads the date, action, profile and the table’s search, class and page', () => {
    const { state, ignored } = parse(
      'at=2014-06-01&action=notify&profile=serious-felony&q=alameda&class=forbidden&offset=50',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      at: '2014-06-01',
      atGiven: true,
      action: 'notify',
      profile: 'serious-felony',
      q: 'alameda',
      modality: 'forbidden',
      offset: 50,
    });
  });

  it('ignores, and names, what it cannot use; an unusable date is kept as asked', () => {
    for (const at of ['garbage', '2014-02-30', '2007-12-31', '2026-12-06', '2099-01-01']) {
      const parsed = parse(`at=${at}&action=arrest&profile=anyone&class=maybe`);
      expect(parsed.state).toMatchObject({ at: TODAY, atGiven: false, action: 'hold', profile: 'no-record' });
      expect(parsed.ignored).toEqual(['at', 'action', 'profile', 'class']);
      expect(parsed.askedAt).toBe(at);
    }
  });

  it('accepts the first day and today', () => {
    expect(parse('at=2008-01-01').state.at).toBe('2008-01-01');
    expect(parse(`at=${TODAY}`).state).toMatchObject({ at: TODAY, atGiven: true });
  });
});

describe('mapHref', () => {
  it('writes the whole view and the table’s state, and reads back the same state', () => {
    const state = parse('at=2014-06-01&action=transfer&profile=lawful-status&q=cook&class=permitted&offset=100').state;
    const href = mapHref(state, TODAY);
    expect(href).toBe('/map?at=2014-06-01&action=transfer&profile=lawful-status&q=cook&class=permitted&offset=100');
    expect(parse(href.split('?')[1]!).state).toEqual(state);
    expect(mapHref(parse('at=2014-06-01').state, TODAY)).toBe('/map?at=2014-06-01&action=hold&profile=no-record');
  });

  it('leaves an untouched map at /map (the law today), and keeps a date asked for even when it is today', () => {
    expect(mapHref(parse('').state, TODAY)).toBe('/map');
    expect(mapHref(parse('q=cook').state, TODAY)).toBe('/map?q=cook');
    expect(mapHref(parse('profile=serious-felony').state, TODAY)).toBe('/map?action=hold&profile=serious-felony');
    expect(mapHref(parse(`at=${TODAY}`).state, TODAY)).toBe(`/map?at=${TODAY}&action=hold&profile=no-record`);
  });

  it('a change of date, action or profile names the whole view, keeps the table’s search and class, on its first page', () => {
    const state = parse('q=tx&class=required&offset=50').state;
    expect(mapHref(withView(state, { at: '2018-01-01' }), TODAY)).toBe(
      '/map?at=2018-01-01&action=hold&profile=no-record&q=tx&class=required',
    );
    expect(mapHref(withView(state, { action: 'notify' }), TODAY)).toBe(
      `/map?at=${TODAY}&action=notify&profile=no-record&q=tx&class=required`,
    );
  });
});
