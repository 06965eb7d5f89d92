import { describe, expect, it } from 'vitest';
import { inboxHref, parseInboxSearch, toApiQuery } from './inboxSearch';

const parse = (query: string) => parseInboxSearch(new URLSearchParams(query));
const FACILITY = '00000000-0000-4000-9000-000000000002';

describe('parseInboxSearch', () => {
  it('defaults to the most urgent first, page one of 50', () => {
    expect(parse('')).toEqual({ filters: { sort: 'deadline', limit: 50, offset: 0 }, ignored: [] });
  });

  it('reads every filter, the order and the page', () => {
    const { filters, ignored } = parse(
      `state=holding&form=I-247A&facility=${FACILITY}&from=2026-11-01&to=2026-12-05&sort=received&limit=2&offset=4`,
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      state: 'holding',
      form: 'I-247A',
      facility: FACILITY,
      from: '2026-11-01',
      to: '2026-12-05',
      sort: 'received',
      limit: 2,
      offset: 4,
    });
    expect(toApiQuery(filters)).toEqual({ ...filters });
  });

  it('ignores, and names, values it cannot use', () => {
    const { filters, ignored } = parse('state=asleep&form=I-9&facility=x&from=2026-02-30&sort=name&limit=0&offset=-1');
    expect(filters).toEqual({ sort: 'deadline', limit: 50, offset: 0 });
    expect(ignored).toEqual(['state', 'form', 'facility', 'from', 'sort', 'limit', 'offset']);
    expect(parse('limit=201').ignored).toEqual(['limit']);
    expect(parse('offset=1.5').ignored).toEqual(['offset']);
  });

  it('ignores a reversed date range', () => {
    expect(parse('from=2026-12-05&to=2026-11-01')).toEqual({
      filters: { sort: 'deadline', limit: 50, offset: 0 },
      ignored: ['from', 'to'],
    });
  });
});

describe('inboxHref', () => {
  it('leaves defaults out and round-trips through the parser', () => {
    expect(inboxHref({ sort: 'deadline', limit: 50, offset: 0 })).toBe('/desk');
    const filters = { state: 'release-due', form: 'I-247A', sort: 'received', limit: 10, offset: 20 } as const;
    const address = inboxHref(filters);
    expect(address).toBe('/desk?state=release-due&form=I-247A&sort=received&limit=10&offset=20');
    expect(parse(address.split('?')[1]!).filters).toEqual(filters);
  });
});
