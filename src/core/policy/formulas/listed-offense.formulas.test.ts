import { describe, expect, it } from 'vitest';
import { MissingFactSignal } from '../engine-errors.js';
import { DirectFactReader } from '../fact-reader.js';
import type { Facts, SubjectFacts } from '../facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE } from '../formula.js';
import type { WarrantKind } from '../../request/detainer-request.js';
import { FORMULAS } from './index.js';
import { forbidUnlessListedOffense as formula } from './listed-offense.formulas.js';

function reader(subject: SubjectFacts, warrant: WarrantKind): DirectFactReader {
  const facts: Facts = {
    asOf: new Date('2017-03-01T16:00:00Z'),
    state: 'TX',
    countyFips: '48453',
    agencyKind: 'county-jail',
    discretion: 'comply',
    request: { form: 'I-247D', formEdition: '2015', warrant, probableCause: ['final-order'] },
    subject,
    releaseEligibleAt: null,
  };
  return new DirectFactReader(facts, '2017-03-01');
}

function decide(raw: Record<string, unknown>, subject: SubjectFacts, warrant: WarrantKind = 'administrative'): number {
  const parsed = formula.parseParams(raw);
  if (!parsed.ok) throw new Error(parsed.problem);
  return formula.decide(reader(subject, warrant), parsed.params);
}

const travis = {
  actions: ['hold', 'notify'],
  categories: ['tx-travis-2017-listed'],
  convictions: true,
  pendingCharges: true,
  judicialWarrant: 'suffices',
};
const philadelphia = {
  actions: ['hold', 'notify'],
  categories: ['pa-violent-felony-f1-f2'],
  convictions: true,
  judicialWarrant: 'also-required',
};
const listedCharge = {
  level: 'felony',
  categories: ['tx-travis-2017-listed'],
  magistrateProbableCause: false,
} as const;
const otherCharge = { level: 'misdemeanor', categories: [], magistrateProbableCause: false } as const;
const violentF1 = {
  date: '2012-01-01',
  level: 'felony',
  categories: ['pa-violent-felony-f1-f2'],
  prop47Reduced: false,
} as const;

describe('forbid-unless-listed-offense', () => {
  it('is registered under its name', () => {
    expect(FORMULAS.get('forbid-unless-listed-offense')).toBe(formula);
  });

  it('forbids the listed actions, and only those, for a person with no listed charge or conviction', () => {
    const packed = decide(travis, { pendingCharges: [otherCharge], convictions: [] });
    expect(codeOf(packed, 'hold')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'notify')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'transfer')).toBe(NOT_APPLICABLE);
  });

  it('does not apply to a person charged with a listed offence, without needing the convictions', () => {
    expect(decide(travis, { pendingCharges: [listedCharge] })).toBe(NOT_APPLICABLE);
  });

  it('does not apply where a judge’s warrant suffices and backs the request, without reading any record', () => {
    expect(decide(travis, {}, 'judicial')).toBe(NOT_APPLICABLE);
  });

  it('forbids without a judge’s warrant where one is also required, whatever the record', () => {
    const packed = decide(philadelphia, { convictions: [violentF1] });
    expect(codeOf(packed, 'hold')).toBe(FORBIDDEN);
  });

  it('needs both the warrant and the listed conviction where the warrant is also required', () => {
    expect(decide(philadelphia, { convictions: [violentF1] }, 'judicial')).toBe(NOT_APPLICABLE);
    expect(codeOf(decide(philadelphia, { convictions: [] }, 'judicial'), 'hold')).toBe(FORBIDDEN);
  });

  it('ignores pending charges when only convictions count', () => {
    const charged = {
      level: 'felony',
      categories: ['pa-violent-felony-f1-f2'],
      magistrateProbableCause: true,
    } as const;
    expect(codeOf(decide(philadelphia, { convictions: [], pendingCharges: [charged] }, 'judicial'), 'hold')).toBe(
      FORBIDDEN,
    );
  });

  it('signals a missing fact rather than guessing', () => {
    expect(() => decide(travis, { pendingCharges: [otherCharge] })).toThrow(MissingFactSignal);
    expect(() => decide(philadelphia, {}, 'judicial')).toThrow(MissingFactSignal);
  });

  it('refuses parameters that count neither convictions nor charges, and unknown categories', () => {
    expect(formula.parseParams({ actions: ['hold'], categories: ['tx-travis-2017-listed'] }).ok).toBe(false);
    expect(formula.parseParams({ actions: ['hold'], categories: ['no-such'], convictions: true }).ok).toBe(false);
  });
});
