import { describe, expect, it } from 'vitest';
import { buildCommand, type CommandOffer } from './commandModel';
import { emptyRow, factList, rowFieldNames, rowsText } from './factRows';

const offer: CommandOffer = { type: 'facts-updated' };

describe('the facts editor’s rows', () => {
  it('send convictions and pending charges as the facts schema has them', () => {
    const draft = {
      'facts.convictions': rowsText([
        { date: '2019-05-01', level: 'felony', categories: ['serious-felony'], flag: false },
      ]),
      'facts.pendingCharges': rowsText([{ level: 'misdemeanor', categories: [], flag: true }]),
    };
    const built = buildCommand(offer, draft, 3, 'America/Los_Angeles');
    expect(built).toEqual({
      ok: true,
      body: {
        type: 'facts-updated',
        expectedVersion: 3,
        facts: {
          convictions: [{ date: '2019-05-01', level: 'felony', categories: ['serious-felony'], prop47Reduced: false }],
          pendingCharges: [{ level: 'misdemeanor', magistrateProbableCause: true }],
        },
      },
    });
  });

  it('names each row field to fix as the API does, and keeps "none on record" and "not known" apart', () => {
    const bad = factList(
      'convictions',
      rowsText([emptyRow('convictions'), { ...emptyRow('convictions'), date: '5/1/19' }]),
    );
    expect(bad.problems).toEqual({
      'facts.convictions[0].date': 'required',
      'facts.convictions[0].level': 'required',
      'facts.convictions[1].date': 'invalid',
      'facts.convictions[1].level': 'required',
    });
    expect(factList('pendingCharges', 'none')).toEqual({ value: [], problems: {} });
    expect(factList('pendingCharges', '')).toEqual({ problems: {} });
    expect(rowFieldNames('pendingCharges', rowsText([emptyRow('pendingCharges')]))).toEqual([
      'facts.pendingCharges[0].level',
      'facts.pendingCharges[0].categories',
    ]);
  });
});
