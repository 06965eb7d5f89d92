import { describe, expect, it } from 'vitest';
import { MissingFactSignal } from '../engine-errors.js';
import { DirectFactReader } from '../fact-reader.js';
import type { Facts, SubjectFacts } from '../facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE } from '../formula.js';
import type { OffenseCategory } from '../../offense/offense-categories.js';
import type { WarrantKind } from '../../request/detainer-request.js';
import { forbidUnless as formula } from './exceptions.formulas.js';
import { FORMULAS } from './index.js';

function reader(subject: SubjectFacts, warrant: WarrantKind = 'administrative'): DirectFactReader {
  const facts: Facts = {
    asOf: new Date('2020-06-01T17:00:00Z'),
    state: 'NJ',
    countyFips: '34013',
    agencyKind: 'county-jail',
    discretion: 'comply',
    request: { form: 'I-247A', formEdition: '2017-02', warrant, probableCause: ['final-order'] },
    subject,
    releaseEligibleAt: null,
  };
  return new DirectFactReader(facts, '2020-06-01');
}

const params = {
  actions: ['hold', 'notify'],
  unlessJudicialWarrant: true,
  unlessConvicted: [{ categories: ['nj-violent-or-serious'] }, { categories: ['nj-indictable-crime'], withinYears: 5 }],
  unlessCharged: [{ categories: ['nj-violent-or-serious'] }],
  unlessWatchListMatch: true,
};

function decide(subject: SubjectFacts, warrant?: WarrantKind, raw: Record<string, unknown> = params): number {
  const parsed = formula.parseParams(raw);
  if (!parsed.ok) throw new Error(parsed.problem);
  return formula.decide(reader(subject, warrant), parsed.params);
}

const none = { convictions: [], pendingCharges: [], terroristWatchListMatch: false };
const conviction = (date: string, category: OffenseCategory) =>
  ({ date, level: 'felony', categories: [category], prop47Reduced: false }) as const;

describe('forbid-unless (bans with listed exceptions)', () => {
  it('is registered under its name', () => {
    expect(FORMULAS.get('forbid-unless')).toBe(formula);
  });

  it('forbids the listed actions, and only those, when no exception holds', () => {
    const packed = decide(none);
    expect(codeOf(packed, 'hold')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'notify')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'transfer')).toBe(NOT_APPLICABLE);
  });

  it('does not reach a request backed by a judicial warrant, without reading the person', () => {
    expect(decide({}, 'judicial')).toBe(NOT_APPLICABLE);
  });

  it('excepts a listed conviction at any time, and a windowed one only inside its window', () => {
    expect(decide({ ...none, convictions: [conviction('1990-01-01', 'nj-violent-or-serious')] })).toBe(NOT_APPLICABLE);
    expect(decide({ ...none, convictions: [conviction('2016-01-01', 'nj-indictable-crime')] })).toBe(NOT_APPLICABLE);
    expect(codeOf(decide({ ...none, convictions: [conviction('2014-01-01', 'nj-indictable-crime')] }), 'hold')).toBe(
      FORBIDDEN,
    );
  });

  it('excepts a pending charge in a listed category but not another charge', () => {
    const charge = (category: OffenseCategory) =>
      ({ level: 'felony', categories: [category], magistrateProbableCause: false }) as const;
    expect(decide({ ...none, pendingCharges: [charge('nj-violent-or-serious')] })).toBe(NOT_APPLICABLE);
    expect(codeOf(decide({ ...none, pendingCharges: [charge('nj-indictable-crime')] }), 'hold')).toBe(FORBIDDEN);
  });

  it('excepts a watch-list match', () => {
    expect(decide({ ...none, terroristWatchListMatch: true })).toBe(NOT_APPLICABLE);
  });

  it('signals a missing fact rather than guessing', () => {
    expect(() => decide({ pendingCharges: [], terroristWatchListMatch: false })).toThrow(MissingFactSignal);
  });

  it('refuses unknown categories and unknown keys', () => {
    expect(formula.parseParams({ actions: ['hold'], unlessConvicted: [{ categories: ['nope'] }] }).ok).toBe(false);
    expect(formula.parseParams({ actions: ['hold'], unlessCharges: [] }).ok).toBe(false);
  });
});
