import { describe, expect, it } from 'vitest';
import { completeMonths, type DeskCount } from './stats-desk.js';

const count = (hour: string, timeZone: string, n = 1): DeskCount => ({
  state: 'CA',
  county: '06001',
  timeZone,
  hour,
  form: 'I-247A',
  status: 'pending',
  count: n,
});

describe('completeMonths (finding 7)', () => {
  it('keeps only months that had ended in every time zone when the UTC day began', () => {
    const { period, counts } = completeMonths(
      [count('2026-11-10T18', 'America/Los_Angeles', 4), count('2026-12-02T18', 'America/Los_Angeles', 9)],
      '2026-12-15',
    );
    expect(period).toEqual({ from: '2026-11', to: '2026-11', completeMonthsOnly: true, refreshed: '2026-12-15' });
    expect(counts.map((c) => [c.month, c.count])).toEqual([['2026-11', 4]]);
  });

  it('counts a request by its local month, not its UTC month', () => {
    // 05:00 UTC on the 1st of December is the evening of 30 November in California.
    const { counts } = completeMonths([count('2026-12-01T05', 'America/Los_Angeles')], '2026-12-15');
    expect(counts.map((c) => c.month)).toEqual(['2026-11']);
  });

  it('waits for the local month to end: on the first UTC day, November is not over in California yet', () => {
    const { period, counts } = completeMonths([count('2026-11-20T18', 'America/Los_Angeles')], '2026-12-01');
    expect(period.to).toBe('2026-10');
    expect(counts).toEqual([]);
    expect(completeMonths([count('2026-11-20T18', 'America/Los_Angeles')], '2026-12-02').period.to).toBe('2026-11');
  });

  it('rolls the year over', () => {
    expect(completeMonths([], '2027-01-10').period).toMatchObject({ from: null, to: '2026-12' });
  });
});
