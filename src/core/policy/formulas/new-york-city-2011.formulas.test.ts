import { describe, expect, it } from 'vitest';
import { MissingFactSignal } from '../engine-errors.js';
import { DirectFactReader } from '../fact-reader.js';
import type { Facts, SubjectFacts } from '../facts.js';
import { FORBIDDEN, NOT_APPLICABLE, packActions } from '../formula.js';
import type { ProbableCauseBasis } from '../../request/detainer-request.js';
import { FORMULAS } from './index.js';
import { nycLocalLaw62of2011 as formula } from './new-york-city-2011.formulas.js';

function decide(subject: SubjectFacts, probableCause: readonly ProbableCauseBasis[] = ['biometric-database']): number {
  const facts: Facts = {
    asOf: new Date('2013-06-03T14:00:00Z'),
    state: 'NY',
    countyFips: '36061',
    agencyKind: 'county-jail',
    discretion: 'comply',
    request: { form: 'I-247', formEdition: '2012-12', warrant: 'none', probableCause },
    subject,
    releaseEligibleAt: null,
  };
  const parsed = formula.parseParams({});
  if (!parsed.ok) throw new Error(parsed.problem);
  return formula.decide(new DirectFactReader(facts, '2013-06-03'), parsed.params);
}

const clean: SubjectFacts = { pendingCharges: [], convictions: [], terroristWatchListMatch: false };
const misdemeanorConviction = {
  date: '1995-01-10',
  level: 'misdemeanor',
  categories: [],
  prop47Reduced: false,
} as const;
const infractionConviction = { date: '2012-01-10', level: 'infraction', categories: [], prop47Reduced: false } as const;
const pendingMisdemeanor = { level: 'misdemeanor', categories: [], magistrateProbableCause: false } as const;

function missingFact(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof MissingFactSignal) return error.fact;
    throw error;
  }
  return undefined;
}

describe('nyc-local-law-62-2011 (NYC Admin. Code 9-131 as added in 2011)', () => {
  it('is registered under its name and takes no parameters', () => {
    expect(FORMULAS.get('nyc-local-law-62-2011')).toBe(formula);
    expect(formula.parseParams({ actions: ['hold'] }).ok).toBe(false);
  });

  it('does not protect a person with any criminal conviction, however old', () => {
    expect(decide({ ...clean, convictions: [misdemeanorConviction] })).toBe(NOT_APPLICABLE);
  });

  it('does not protect a defendant in a pending criminal case', () => {
    expect(decide({ ...clean, pendingCharges: [pendingMisdemeanor] })).toBe(NOT_APPLICABLE);
  });

  it('does not protect a possible watch-list match', () => {
    expect(decide({ ...clean, terroristWatchListMatch: true })).toBe(NOT_APPLICABLE);
  });

  it('reads a detainer based on a final order of removal as outside the protected group, without the person facts', () => {
    expect(decide({}, ['final-order'])).toBe(NOT_APPLICABLE);
  });

  it('does not count an infraction as a crime, and then asks about a warrant, gang identification or removal order', () => {
    expect(missingFact(() => decide({ ...clean, convictions: [infractionConviction] }))).toBe(
      'subject.warrantGangOrRemovalOrder',
    );
    expect(missingFact(() => decide(clean))).toBe('subject.warrantGangOrRemovalOrder');
  });

  it('forbids holding and release notification for the protected group, and not for a person with a warrant or order', () => {
    expect(decide({ ...clean, warrantGangOrRemovalOrder: false })).toBe(packActions(['hold', 'notify'], FORBIDDEN));
    expect(decide({ ...clean, warrantGangOrRemovalOrder: true })).toBe(NOT_APPLICABLE);
  });

  it('signals the ordinary missing fact when the record itself is unknown', () => {
    expect(missingFact(() => decide({ convictions: [], terroristWatchListMatch: false }))).toBe(
      'subject.pendingCharges',
    );
  });
});
