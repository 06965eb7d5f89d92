import { describe, expect, it } from 'vitest';
import { offsetFrom, readFiltersFrom, readsQuery, startOfLocalDay } from '../../web/src/features/audit/auditSearch.js';

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
    const filters = readFiltersFrom(search);
    expect(filters).toEqual({ user: id, detainer: '', from: '2026-12-01', to: '2026-12-02' });
    expect(offsetFrom(search, 'offset')).toBe(0);
    expect(readsQuery(filters, 50, 'America/Los_Angeles')).toEqual({
      userId: id,
      from: '2026-12-01T08:00:00.000Z',
      to: '2026-12-03T08:00:00.000Z',
      limit: 50,
      offset: 50,
    });
  });
});
