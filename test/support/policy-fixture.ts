import { fixedHolidayCalendar } from '../../src/core/clock/fixed-holiday-calendar.js';
import type { PolicyCase } from '../../src/core/policy/cases.js';
import type { EngineContext } from '../../src/core/policy/evaluate.js';
import { loadPolicies } from '../../src/core/policy/load-policies.js';
import type { PlaceDirectory } from '../../src/core/policy/place-directory.port.js';

/**
 * A small law library of its own, for unit tests of the policy use cases: independent of the real
 * `policies/` folder, so those tests say what the code does, not what the law is today.
 */

/**
 * The text of a one-rule federal policy file (a detainer is a request), for tests of the file
 * format: an optional `reviewed` date, a rule id, and lines added to the rule (e.g. `titleEs`).
 */
export function federalRequestOnlyFile(
  options: { readonly reviewed?: string | null; readonly id?: string; readonly ruleLines?: string } = {},
): string {
  const { reviewed = null, id = 'us-reg', ruleLines = '' } = options;
  return `
source: { title: A federal regulation, kind: regulation, href: 'https://example.org/reg' }
${reviewed === null ? '' : `reviewed: '${reviewed}'\n`}notes: Requests only.
rules:
  - id: ${id}
    title: A detainer is a request
${ruleLines === '' ? '' : `${ruleLines}\n`}    level: federal-regulation
    place: federal
    citations: [{ title: Reg 1, href: 'https://example.org/reg#1' }]
    versions:
      - effectiveFrom: '1997-04-01'
        formula: request-only
`;
}

const FILES: Record<string, string> = {
  'federal/us/reg.policy.yaml': federalRequestOnlyFile(),
  'federal/us/reg.cases.yaml': `
cases:
  - sentence: A federal request is permitted.
    asOf: '2015-01-05T10:00:00-06:00'
    place: { state: TX, countyFips: '48201' }
    request: { form: I-247A, formEdition: 2017-02 }
    expect:
      hold: permitted
      applied: [us-reg]
`,
  'state/ca/act.policy.yaml': `
source: { title: A California act, kind: statute, href: 'https://example.org/ca' }
notes: |
  Two rules, one repealed when the other starts.
rules:
  - id: ca-old
    title: No holds, old style
    level: state-statute
    place: { state: CA }
    citations: [{ title: Old section, href: 'https://example.org/ca#old' }]
    versions:
      - effectiveFrom: '2014-01-01'
        formula: forbid
        params: { actions: [hold] }
      - effectiveFrom: '2018-01-01'
        repealed: true
        note: Superseded by ca-new.
  - id: ca-new
    title: No holds, new style
    level: state-statute
    place: { state: CA }
    agencyKinds: [county-jail]
    citations: [{ title: New section, href: 'https://example.org/ca#new' }]
    versions:
      - effectiveFrom: '2018-01-01'
        formula: forbid
        params: { actions: [hold] }
        duties:
          - id: ca-copy
            text: Give the person a copy.
            when: always
            due: immediately
`,
  'state/ca/act.cases.yaml': `
cases:
  - sentence: Before 2018 the old rule forbids the hold.
    asOf: '2017-06-01T10:00:00-07:00'
    place: { state: CA, countyFips: '06019' }
    request: { form: I-247A, formEdition: 2017-02 }
    expect:
      hold: forbidden
      notApplied: [ca-new]
  - sentence: From 2018 the new rule forbids it.
    asOf: '2018-06-01T10:00:00-07:00'
    place: { state: CA }
    request: { form: I-247A, formEdition: 2017-02 }
    expect:
      hold: forbidden
      applied: [ca-new]
  - sentence: A Texas case is none of California's business.
    asOf: '2018-06-01T10:00:00-05:00'
    place: { state: TX }
    request: { form: I-247A, formEdition: 2017-02 }
    subject: { proofOfLawfulStatus: false }
    expect:
      hold: required
`,
  'county/ca-alameda/memo.policy.yaml': `
source: { title: A sheriff's memo, kind: agency-policy, href: 'https://example.org/memo' }
notes: County only.
rules:
  - id: ca-alameda-memo
    title: The memo
    level: agency-policy
    place: { state: CA, counties: ['06001'] }
    agencyKinds: [county-jail]
    citations: [{ title: Memo, href: 'https://example.org/memo' }]
    versions:
      - effectiveFrom: '2014-05-21'
        formula: forbid
        params: { actions: [hold], unlessJudicialWarrant: true }
`,
  'county/ca-alameda/memo.cases.yaml': `
cases:
  - sentence: The memo binds Alameda.
    asOf: '2015-01-05T10:00:00-08:00'
    place: { state: CA, countyFips: '06001' }
    request: { form: I-247A, formEdition: 2017-02 }
    expect:
      hold: forbidden
`,
  'state/tx/sb4.policy.yaml': `
source: { title: A Texas act, kind: statute, href: 'https://example.org/tx' }
notes: Comply.
rules:
  - id: tx-comply
    title: Comply with every request
    level: state-statute
    place: { state: TX }
    citations: [{ title: Art. 1, href: 'https://example.org/tx#1' }]
    versions:
      - effectiveFrom: '2017-09-01'
        formula: require
        params: { actions: [hold, notify, transfer], exceptProofOfLawfulStatus: true }
`,
  'state/tx/sb4.cases.yaml': `
cases:
  - sentence: Texas requires compliance.
    asOf: '2018-06-01T10:00:00-05:00'
    place: { state: TX }
    request: { form: I-247A, formEdition: 2017-02 }
    subject: { proofOfLawfulStatus: false }
    expect:
      hold: required
`,
};

export const fixturePlaces: PlaceDirectory = {
  stateZone: (state) =>
    ({ CA: 'America/Los_Angeles', TX: 'America/Chicago', DC: 'America/New_York' })[state] as string | undefined,
  county: (fips) =>
    ({
      '06001': { state: 'CA', zone: 'America/Los_Angeles' },
      '06019': { state: 'CA', zone: 'America/Los_Angeles' },
      '48201': { state: 'TX', zone: 'America/Chicago' },
    })[fips],
};

export function fixtureLaw(): { engine: EngineContext; cases: readonly PolicyCase[]; files: string[] } {
  const loaded = loadPolicies(Object.entries(FILES).map(([path, text]) => ({ path, text })));
  if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
  return {
    engine: {
      library: loaded.value.library,
      places: fixturePlaces,
      calendar: fixedHolidayCalendar('test', {}),
    },
    cases: loaded.value.cases,
    files: Object.keys(FILES),
  };
}
