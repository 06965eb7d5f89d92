import { describe, expect, it } from 'vitest';
import { EVENTS_SEARCH, READS_SEARCH, readsQuery, startOfLocalDay } from '../../web/src/features/audit/auditSearch.js';
import { parseFilters } from '../../web/src/shared/urlFilters.js';

describe('audit page filters', () => {
  it('begins a local day at its instant in the agency zone, across a change of offset', () => {
    expect(startOfLocalDay('2026-12-01', 'America/Los_Angeles')).toBe('2026-12-01T08:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'America/Los_Angeles')).toBe('2026-07-01T07:00:00.000Z');
    expect(startOfLocalDay('2026-03-08', 'America/Chicago')).toBe('2026-03-08T06:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', 'America/Chicago')).toBe('2026-03-09T05:00:00.000Z');
  });

  it('keeps only well-formed filters from the URL, and includes the "to" day', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const search = new URLSearchParams({
      user: id,
      detainer: 'nope',
      from: '2026-12-01',
      to: '2026-12-02',
      offset: '-5',
    });
    const { filters, offset, ignored } = parseFilters(READS_SEARCH, search);
    expect(filters).toEqual({ user: id, detainer: '', from: '2026-12-01', to: '2026-12-02' });
    expect(offset).toBe(0);
    expect(ignored).toEqual(['detainer', 'offset']);
    expect(readsQuery(filters, 50, 'America/Los_Angeles')).toEqual({
      userId: id,
      from: '2026-12-01T08:00:00.000Z',
      to: '2026-12-03T08:00:00.000Z',
      limit: 50,
      offset: 50,
    });
  });

  it('reads the security events’ kind and page apart from the reads', () => {
    const search = new URLSearchParams('kind=user.added&eventsOffset=50&offset=100&user=x');
    expect(parseFilters(EVENTS_SEARCH, search)).toEqual({ filters: { kind: 'user.added' }, offset: 50, ignored: [] });
    expect(parseFilters(EVENTS_SEARCH, new URLSearchParams('kind=toString')).filters).toEqual({ kind: '' });
  });
});
