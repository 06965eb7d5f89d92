import { describe, expect, it } from 'vitest';
import { parseDeskStatsQuery, parseDetainerStatsQuery } from './stats-query.js';

type Parser = (
  raw: Record<string, unknown>,
) => ReturnType<typeof parseDetainerStatsQuery> | ReturnType<typeof parseDeskStatsQuery>;

const refused = (parse: Parser, input: Record<string, unknown>, field: string) => {
  const result = parse(input);
  expect(result.ok, JSON.stringify(input)).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('REQUEST.INVALID_FIELD');
    expect(result.error.details).toMatchObject({ field });
  }
};

describe('statistics queries, one declaration (the HTTP schema) checked by the core', () => {
  it('refuses each bad FOIA statistics field by name', () => {
    const bad = (input: Record<string, unknown>, field: string) => refused(parseDetainerStatsQuery, input, field);
    bad({ groupBy: 'year,colour' }, 'groupBy');
    bad({ groupBy: 'year,year' }, 'groupBy');
    bad({ groupBy: 'year\u0000' }, 'groupBy');
    bad({ state: 'Penn' }, 'state');
    bad({ county: '4201' }, 'county');
    bad({ facility: 'x' }, 'facility');
    bad({ facility: '0' }, 'facility');
    bad({ facility: '9999999999' }, 'facility');
    bad({ from: '2014-02-30' }, 'from');
    bad({ from: '0000-01-01' }, 'from');
    bad({ from: '2014-03-01', to: '2014-02-01' }, 'to');
    bad({ outcome: 'deported' }, 'outcome');
    bad({ release: '' }, 'release');
    bad({ release: '   ' }, 'release');
    bad({ colour: 'red' }, 'colour');
  });

  it('answers a good FOIA statistics query, typed and normalised', () => {
    expect(
      parseDetainerStatsQuery({ groupBy: 'year, outcome', state: 'pa', outcome: 'pending', facility: '12' }),
    ).toEqual({
      ok: true,
      value: { groupBy: ['year', 'outcome'], filters: { state: 'PA', outcome: 'pending', facility: 12 } },
    });
    expect(parseDetainerStatsQuery({})).toEqual({ ok: true, value: { groupBy: [], filters: {} } });
  });

  it('refuses each bad desk statistics field by name and normalises the state', () => {
    const bad = (input: Record<string, unknown>, field: string) => refused(parseDeskStatsQuery, input, field);
    bad({ groupBy: 'state,outcome' }, 'groupBy');
    bad({ state: 'C' }, 'state');
    bad({ county: '06001' }, 'county');
    expect(parseDeskStatsQuery({ groupBy: 'state,status', state: 'ca' })).toEqual({
      ok: true,
      value: { groupBy: ['state', 'status'], state: 'CA' },
    });
  });
});
