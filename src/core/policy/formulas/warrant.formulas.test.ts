import { describe, expect, it } from 'vitest';
import { DirectFactReader } from '../fact-reader.js';
import type { Facts } from '../facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE } from '../formula.js';
import type { Action } from '../policy.types.js';
import type { WarrantKind } from '../../request/detainer-request.js';
import { FORMULAS } from './index.js';
import { forbidUnlessWarrant as formula } from './warrant.formulas.js';

function reader(warrant: WarrantKind): DirectFactReader {
  const facts: Facts = {
    asOf: new Date('2014-06-02T17:00:00Z'),
    state: 'CA',
    countyFips: '06073',
    agencyKind: 'county-jail',
    discretion: 'comply',
    request: { form: 'I-247', formEdition: '2012-12', warrant, probableCause: ['final-order'] },
    subject: { pendingCharges: [], convictions: [] },
    releaseEligibleAt: null,
  };
  return new DirectFactReader(facts, '2014-06-02');
}

function decide(warrant: WarrantKind, actions: readonly Action[] = ['hold']): number {
  const parsed = formula.parseParams({ actions });
  if (!parsed.ok) throw new Error(parsed.problem);
  return formula.decide(reader(warrant), parsed.params);
}

describe('forbid-unless-warrant', () => {
  it('is registered under its name', () => {
    expect(FORMULAS.get('forbid-unless-warrant')).toBe(formula);
  });

  it('forbids the listed actions, and only those, when no warrant accompanies the request', () => {
    const packed = decide('none');
    expect(codeOf(packed, 'hold')).toBe(FORBIDDEN);
    expect(codeOf(packed, 'notify')).toBe(NOT_APPLICABLE);
    expect(codeOf(packed, 'transfer')).toBe(NOT_APPLICABLE);
  });

  it('does not reach a request with an administrative warrant, nor one with a judicial warrant', () => {
    expect(decide('administrative')).toBe(NOT_APPLICABLE);
    expect(decide('judicial')).toBe(NOT_APPLICABLE);
  });

  it('explains each listed action', () => {
    const reasons = new Map<Action, string>();
    const parsed = formula.parseParams({ actions: ['hold', 'transfer'] });
    if (!parsed.ok) throw new Error(parsed.problem);
    formula.decide(reader('administrative'), parsed.params, (a, r) => reasons.set(a, r));
    expect([...reasons.keys()]).toEqual(['hold', 'transfer']);
    expect(reasons.get('hold')).toMatch(/administrative warrant/);
  });

  it('rejects bad parameters', () => {
    expect(formula.parseParams({}).ok).toBe(false);
    expect(formula.parseParams({ actions: [] }).ok).toBe(false);
    expect(formula.parseParams({ actions: ['hold'], unlessJudicialWarrant: true }).ok).toBe(false);
  });
});
