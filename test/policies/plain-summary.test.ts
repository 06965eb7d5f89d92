import { describe, expect, it } from 'vitest';
import { loadLaw } from '../../src/composition/law.js';
import type { PersonProfile } from '../../src/core/policy/person-profiles.js';
import { PERSON_PROFILES, standardRequest } from '../../src/core/policy/person-profiles.js';
import { plainSummary } from '../../src/core/policy/plain-summary.js';
import type { SummaryPlace } from '../../src/core/policy/plain-summary.types.js';

const law = loadLaw();
const ALAMEDA: SummaryPlace = {
  state: 'CA',
  stateFips: '06',
  stateName: 'California',
  countyFips: '06001',
  countyName: 'Alameda',
  zone: 'America/Los_Angeles',
};
const HARRIS: SummaryPlace = {
  state: 'TX',
  stateFips: '48',
  stateName: 'Texas',
  countyFips: '48201',
  countyName: 'Harris',
  zone: 'America/Chicago',
};
const ARIZONA: SummaryPlace = {
  state: 'AZ',
  stateFips: '04',
  stateName: 'Arizona',
  countyFips: null,
  countyName: null,
  zone: 'America/Phoenix',
};
const NEW_YORK_COUNTY: SummaryPlace = {
  state: 'NY',
  stateFips: '36',
  stateName: 'New York',
  countyFips: '36061',
  countyName: 'New York',
  zone: 'America/New_York',
};

/** One row per place, day, profile and action: the outcome, the rule cited, and words each sentence must say. */
const CASES: {
  place: SummaryPlace;
  at: string;
  profile: string;
  action: 'hold' | 'notify' | 'transfer';
  outcome: string;
  rule: string;
  en: string;
  es: string;
}[] = [
  // Alameda, 2014-06-01: the TRUST Act gate forbids holds without a 7282.5 criterion; the Sheriff's memo of 2014-05-21 all others.
  {
    place: ALAMEDA,
    at: '2014-06-01',
    profile: 'no-record',
    action: 'hold',
    outcome: 'forbidden',
    rule: 'ca-gov-7282.5-hold',
    en: 'a jail may not hold them on an ICE detainer (Cal. Gov. Code 7282, 7282.5 (as enacted by AB 4, 2013))',
    es: 'una cárcel no puede retenerla por una solicitud de retención (detainer) de ICE (Cal. Gov. Code 7282, 7282.5 (as enacted by AB 4, 2013))',
  },
  {
    place: ALAMEDA,
    at: '2014-06-01',
    profile: 'serious-felony',
    action: 'hold',
    outcome: 'forbidden',
    rule: 'ca-alameda-sheriff-memo-2014-05-21',
    en: 'a jail may not hold them on an ICE detainer (Mercury News, May 21, 2014)',
    es: 'no puede retenerla por una solicitud de retención (detainer) de ICE (Mercury News, May 21, 2014)',
  },
  {
    place: ALAMEDA,
    at: '2014-06-01',
    profile: 'no-record',
    action: 'notify',
    outcome: 'permitted',
    rule: 'us-8cfr-287.7',
    en: 'it may tell ICE their release date (8 CFR 287.7(a), (d))',
    es: 'puede informar a ICE de su fecha de salida (8 CFR 287.7(a), (d))',
  },
  // Alameda, before the memo: the TRUST Act permits holds for a serious felony conviction.
  {
    place: ALAMEDA,
    at: '2014-05-20',
    profile: 'serious-felony',
    action: 'hold',
    outcome: 'permitted',
    rule: 'ca-gov-7282.5-hold',
    en: 'a jail may hold them on an ICE detainer (Cal. Gov. Code 7282, 7282.5',
    es: 'una cárcel puede retenerla por',
  },
  // Alameda, today: the Values Act.
  {
    place: ALAMEDA,
    at: '2026-12-05',
    profile: 'serious-felony',
    action: 'hold',
    outcome: 'forbidden',
    rule: 'ca-gov-7284.6-a1b',
    en: 'a jail may not hold them on an ICE detainer (Cal. Gov. Code 7284.6(a)(1)(B))',
    es: 'no puede retenerla',
  },
  {
    place: ALAMEDA,
    at: '2026-12-05',
    profile: 'serious-felony',
    action: 'notify',
    outcome: 'permitted',
    rule: 'ca-gov-7284.6-a1c',
    en: 'it may tell ICE their release date (Cal. Gov. Code 7284.6(a)(1)(C), 7282.5(a), (b))',
    es: 'puede informar a ICE de su fecha de salida (Cal. Gov. Code 7284.6(a)(1)(C)',
  },
  {
    place: ALAMEDA,
    at: '2026-12-05',
    profile: 'no-record',
    action: 'notify',
    outcome: 'forbidden',
    rule: 'ca-gov-7284.6-a1c',
    en: 'it may not tell ICE their release date (Cal. Gov. Code 7284.6(a)(1)(C)',
    es: 'no puede informar a ICE de su fecha de salida',
  },
  {
    place: ALAMEDA,
    at: '2026-12-05',
    profile: 'pending-misdemeanor',
    action: 'transfer',
    outcome: 'forbidden',
    rule: 'ca-gov-7284.6-a4',
    en: 'it may not hand them over to ICE (Cal. Gov. Code 7284.6(a)(4)',
    es: 'no puede entregarla a ICE (Cal. Gov. Code 7284.6(a)(4)',
  },
  // Harris, 2018: Texas SB 4 requires every asked action, except for a person who proved lawful status.
  {
    place: HARRIS,
    at: '2018-06-01',
    profile: 'no-record',
    action: 'hold',
    outcome: 'required',
    rule: 'tx-ccp-2.251',
    en: 'a jail must hold them on an ICE detainer (Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017))',
    es: 'una cárcel debe retenerla',
  },
  {
    place: HARRIS,
    at: '2018-06-01',
    profile: 'lawful-status',
    action: 'transfer',
    outcome: 'permitted',
    rule: 'us-8cfr-287.7',
    en: 'it may hand them over to ICE (8 CFR 287.7(a), (d))',
    es: 'puede entregarla a ICE (8 CFR 287.7(a), (d))',
  },
  // A state with federal law only.
  {
    place: ARIZONA,
    at: '2026-12-05',
    profile: 'pending-misdemeanor',
    action: 'hold',
    outcome: 'permitted',
    rule: 'us-8cfr-287.7',
    en: 'a jail may hold them on an ICE detainer (8 CFR 287.7(a), (d))',
    es: 'una cárcel puede retenerla',
  },
  // New York County (Manhattan): Wells v. DeMarco (state) binds before the city's local laws.
  {
    place: NEW_YORK_COUNTY,
    at: '2026-12-05',
    profile: 'serious-felony',
    action: 'hold',
    outcome: 'forbidden',
    rule: 'ny-wells-168-ad3d-31',
    en: "a jail may not hold them on an ICE detainer (People ex rel. Wells v. DeMarco, 168 A.D.3d 31 (2d Dep't 2018))",
    es: 'no puede retenerla',
  },
  {
    place: NEW_YORK_COUNTY,
    at: '2016-06-01',
    profile: 'serious-felony',
    action: 'hold',
    outcome: 'forbidden',
    rule: 'ny-nyc-admin-9-131',
    en: 'a jail may not hold them on an ICE detainer',
    es: 'no puede retenerla',
  },
];

describe('the plain-language summary, per rule and profile', () => {
  it.each(CASES)('$place.state $place.countyFips $at $profile $action: $outcome by $rule', (c) => {
    const summary = plainSummary(law.engine, c.place, c.at, false);
    const profile = summary.profiles.find((p) => p.profile === c.profile)!;
    const action = profile.actions.find((a) => a.action === c.action)!;
    expect(action.outcome).toBe(c.outcome);
    expect(action.rule).toBe(c.rule);
    expect(profile.sentence.en).toContain(c.en);
    expect(profile.sentence.es).toContain(c.es);
  });
});

describe('the lead sentence across profiles', () => {
  it('says "anyone" when the law treats every profile alike, and names the date or "today"', () => {
    const today = plainSummary(law.engine, ALAMEDA, '2026-12-05', true);
    expect(today.lead.en).toMatch(
      /^Today in Alameda County, California, a jail may not hold anyone on an ICE detainer \(Cal\. Gov\. Code 7284\.6\(a\)\(1\)\(B\)\); it may not tell ICE the release date of people with no criminal record or people with a pending misdemeanour charge \(/,
    );
    expect(today.lead.es).toMatch(
      /^Hoy en el condado de Alameda \(California\), una cárcel no puede retener a nadie por una solicitud de retención \(detainer\) de ICE \(Cal\. Gov\. Code 7284\.6\(a\)\(1\)\(B\)\); /,
    );
    expect(today.lead.en).toContain(
      'and may tell ICE the release date of people convicted of a serious or violent felony',
    );
    const then = plainSummary(law.engine, ARIZONA, '2014-06-01', false);
    expect(then.lead.en).toMatch(/^On 1 June 2014 in Arizona, a jail may hold anyone on an ICE detainer/);
    expect(then.lead.es).toMatch(/^El 1 de junio de 2014 en Arizona, una cárcel puede retener a cualquier persona/);
  });

  it('answers the ordinary request of the day: I-247 in 2014, I-247D in 2016, I-247A with its warrant from 2017-04-02', () => {
    expect(standardRequest('2014-06-01')).toMatchObject({ form: 'I-247', warrant: 'none' });
    expect(standardRequest('2016-06-01')).toMatchObject({ form: 'I-247D', formEdition: '2015', warrant: 'none' });
    expect(standardRequest('2017-04-02')).toMatchObject({ form: 'I-247A', warrant: 'administrative' });
  });

  it('never differs between profiles the law treats alike, and differs where it does not', () => {
    const harris = plainSummary(law.engine, HARRIS, '2017-08-31', false);
    expect(harris.lead.en).toContain('a jail may hold anyone on an ICE detainer');
    const after = plainSummary(law.engine, HARRIS, '2017-09-01', false);
    expect(after.lead.en).toContain(
      'a jail must hold people with no criminal record, people with a pending misdemeanour charge or people convicted of a serious or violent felony on an ICE detainer',
    );
  });
});

describe('an undecided answer', () => {
  it('settles an action no missing fact can change, and names the facts for the others', () => {
    // Proof of lawful status, nothing else given: holds are forbidden outright by the Values Act;
    // notification and transfer turn on the person's record, which the profile does not give.
    const summary = plainSummary(law.engine, ALAMEDA, '2026-12-05', false);
    const lawful = summary.profiles.find((p) => p.profile === 'lawful-status')!;
    expect(lawful.actions[0]).toMatchObject({ action: 'hold', outcome: 'forbidden', rule: 'ca-gov-7284.6-a1b' });
    expect(lawful.actions[1]).toMatchObject({ action: 'notify', outcome: 'undecided', rule: null });
    expect(lawful.actions[1]!.facts).toContain('subject.convictions');
    expect(lawful.actions[1]!.rules).toEqual(['ca-gov-7284.6-a1c']);
    expect(lawful.sentence.en).toContain(
      "may or may not tell ICE their release date: that depends on the person's convictions",
    );
    expect(lawful.sentence.es).toContain(
      'puede o no informar a ICE de su fecha de salida: depende de las condenas de la persona',
    );
  });

  it('says which fact decides, in both languages, citing the rules that decide it either way', () => {
    const unknownStatus: PersonProfile = {
      id: 'no-record',
      facts: (d) => {
        const { proofOfLawfulStatus: _left, ...rest } = PERSON_PROFILES[0]!.facts(d);
        return rest;
      },
    };
    const summary = plainSummary(law.engine, HARRIS, '2018-06-01', false, [unknownStatus]);
    const hold = summary.profiles[0]!.actions.find((a) => a.action === 'hold')!;
    expect(hold).toMatchObject({
      outcome: 'undecided',
      facts: ['subject.proofOfLawfulStatus'],
      // Required by SB 4, or (with proof of lawful status) left to the agency by 8 CFR 287.7.
      rules: ['tx-ccp-2.251', 'us-8cfr-287.7'],
    });
    expect(summary.profiles[0]!.sentence.en).toContain(
      'may or may not hold them on an ICE detainer: that depends on whether the person has shown proof of citizenship or lawful status (Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017); 8 CFR 287.7(a), (d))',
    );
    expect(summary.profiles[0]!.sentence.es).toContain(
      'puede o no retenerla por una solicitud de retención (detainer) de ICE: depende de si la persona ha demostrado su ciudadanía o estatus migratorio legal',
    );
  });
});
