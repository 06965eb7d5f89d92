import { describe, expect, it } from 'vitest';
import { MissingFactSignal } from '../engine-errors.js';
import { DirectFactReader } from '../fact-reader.js';
import type { Facts, SubjectFacts } from '../facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE } from '../formula.js';
import type { Action } from '../policy.types.js';
import { FORMULAS } from './index.js';
import { forbidIfOnlyImmigrationViolation as formula } from './oregon.formulas.js';

function reader(subject: SubjectFacts): DirectFactReader {
  const facts: Facts = {
    asOf: new Date('2010-06-01T17:00:00Z'),
    state: 'OR',
    countyFips: '41051',
    agencyKind: 'county-jail',
    discretion: 'comply',
    request: { form: 'I-247', formEdition: '2010', warrant: 'none', probableCause: ['final-order'] },
    subject,
    releaseEligibleAt: null,
  };
  return new DirectFactReader(facts, '2010-06-01');
}

function decide(subject: SubjectFacts, actions: readonly Action[] = ['hold', 'transfer']): number {
  const parsed = formula.parseParams({ actions });
  if (!parsed.ok) throw new Error(parsed.problem);
  return formula.decide(reader(subject), parsed.params);
}

const misdemeanor = { level: 'misdemeanor', categories: [], magistrateProbableCause: false } as const;
const conviction = { date: '2005-03-01', level: 'felony', categories: [], prop47Reduced: false } as const;

describe('forbid-if-only-immigration-violation (ORS 181A.820)', () => {
  it('is registered under its name', () => {
    expect(FORMULAS.get('forbid-if-only-immigration-violation')).toBe(formula);
  });

  it('forbids the listed actions, and only those, when there is no charge and no conviction', () => {
    const packed = decide({ pendingCharges: [], convictions: [] });
    expect(codeOf(packed, 'hold')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'transfer')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'notify')).toBe(NOT_APPLICABLE);
  });

  it('does not apply to a person held on a pending criminal charge', () => {
    expect(decide({ pendingCharges: [misdemeanor], convictions: [] })).toBe(NOT_APPLICABLE);
  });

  it('does not apply to a person with a conviction', () => {
    expect(decide({ pendingCharges: [], convictions: [conviction] })).toBe(NOT_APPLICABLE);
  });

  it('needs only the pending charges when there is one', () => {
    expect(decide({ pendingCharges: [misdemeanor] })).toBe(NOT_APPLICABLE);
  });

  it('signals a missing fact rather than guessing', () => {
    expect(() => decide({ convictions: [] })).toThrow(MissingFactSignal);
    expect(() => decide({ pendingCharges: [] })).toThrow(MissingFactSignal);
  });

  it('explains each listed action', () => {
    const reasons = new Map<Action, string>();
    const parsed = formula.parseParams({ actions: ['hold'] });
    if (!parsed.ok) throw new Error(parsed.problem);
    formula.decide(reader({ pendingCharges: [], convictions: [] }), parsed.params, (a, r) => reasons.set(a, r));
    expect([...reasons.keys()]).toEqual(['hold']);
    expect(reasons.get('hold')).toMatch(/only violation/);
  });

  it('rejects bad parameters', () => {
    expect(formula.parseParams({}).ok).toBe(false);
    expect(formula.parseParams({ actions: [] }).ok).toBe(false);
    expect(formula.parseParams({ actions: ['arrest'] }).ok).toBe(false);
    expect(formula.parseParams({ actions: ['hold'], unlessJudicialWarrant: true }).ok).toBe(false);
  });
});
