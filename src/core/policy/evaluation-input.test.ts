import { describe, expect, it } from 'vitest';
import { parseEvaluationInput } from './evaluation-input.js';

const valid = {
  asOf: '2018-06-01T10:00:00-07:00',
  place: { state: 'CA', countyFips: '06001' },
  request: { form: 'I-247A' },
};

describe('the evaluate input', () => {
  it('fills the contract defaults and leaves unknown facts unknown', () => {
    const parsed = parseEvaluationInput(valid);
    expect(parsed.ok && parsed.value).toMatchObject({
      agencyKind: 'county-jail',
      discretion: 'comply',
      request: { form: 'I-247A', formEdition: null, warrant: 'none', probableCause: [] },
      subject: {},
      releaseEligibleAt: null,
    });
  });

  it.each([
    ['not an object', [], 'input'],
    ['a missing asOf', { ...valid, asOf: undefined }, 'asOf'],
    ['an asOf without offset', { ...valid, asOf: '2018-06-01T10:00:00' }, 'asOf'],
    ['an unknown top-level field', { ...valid, colour: 'red' }, 'colour'],
    ['a lower-case state', { ...valid, place: { state: 'ca' } }, 'place.state'],
    ['a numeric county', { ...valid, place: { state: 'CA', countyFips: 6001 } }, 'place.countyFips'],
    ['an unknown form', { ...valid, request: { form: 'I-999' } }, 'request.form'],
    [
      'an unknown basis',
      { ...valid, request: { form: 'I-247A', probableCause: ['hunch'] } },
      'request.probableCause[0]',
    ],
    ['an unknown agency kind', { ...valid, agencyKind: 'court' }, 'agencyKind'],
    ['a wrong discretion', { ...valid, discretion: 'maybe' }, 'discretion'],
    ['a string boolean', { ...valid, subject: { registrant: 'yes' } }, 'subject.registrant'],
    ['an unknown subject field', { ...valid, subject: { name: 'x' } }, 'subject.name'],
    [
      'a conviction without date',
      { ...valid, subject: { convictions: [{ level: 'felony' }] } },
      'subject.convictions[0].date',
    ],
    [
      'an unknown category',
      { ...valid, subject: { convictions: [{ date: '2010-01-01', level: 'felony', categories: ['arson'] }] } },
      'subject.convictions[0].categories[0]',
    ],
    [
      'a bad charge level',
      { ...valid, subject: { pendingCharges: [{ level: 'high' }] } },
      'subject.pendingCharges[0].level',
    ],
    ['a bad release instant', { ...valid, releaseEligibleAt: 'tomorrow' }, 'releaseEligibleAt'],
    ['an instant of year 0000', { ...valid, asOf: '0000-06-01T10:00:00Z' }, 'asOf'],
    [
      'a conviction dated in year 0000',
      { ...valid, subject: { convictions: [{ date: '0000-01-01', level: 'felony' }] } },
      'subject.convictions[0].date',
    ],
    [
      'a conviction on a day that does not exist',
      { ...valid, subject: { convictions: [{ date: '2010-02-30', level: 'felony' }] } },
      'subject.convictions[0].date',
    ],
  ])('names the field for %s', (_name, raw, field) => {
    const parsed = parseEvaluationInput(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field } });
  });
});
