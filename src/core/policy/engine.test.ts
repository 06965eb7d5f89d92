import { describe, expect, it } from 'vitest';
import { fixedHolidayCalendar } from '../clock/fixed-holiday-calendar.js';
import { parseCases } from './cases.js';
import type { EngineError } from './engine-errors.js';
import { evaluate, type EngineContext } from './evaluate.js';
import { parseEvaluationInput } from './evaluation-input.js';
import { lintPolicies } from './lint.js';
import { loadPolicies, type PolicyFile } from './load-policies.js';
import type { PlaceDirectory } from './place-directory.port.js';

const places: PlaceDirectory = {
  stateZone: (s) => ({ ZZ: 'America/Chicago', YY: 'America/Denver' })[s],
  county: (f) => (f === '99001' ? { state: 'ZZ', zone: 'America/Chicago' } : undefined),
};
const calendar = fixedHolidayCalendar('test', { '2020-11-26': 'Thanksgiving' });

const source = (rules: string, notes = 'none') =>
  `source:\n  title: Test source\n  kind: statute\n  href: https://example.org/law\nnotes: ${notes}\nrules:\n${rules}`;

const rule = (id: string, level: string, place: string, versions: string, extra = '') =>
  `  - id: ${id}
    title: ${id}
    level: ${level}
    place: ${place}
${extra}    citations:
      - { title: 'Test ${id}', href: 'https://example.org/${id}' }
    versions:
${versions}`;

function engine(files: PolicyFile[]): EngineContext {
  const loaded = loadPolicies(files);
  if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
  return { library: loaded.value.library, places, calendar };
}

function input(overrides: Record<string, unknown> = {}) {
  const parsed = parseEvaluationInput({
    asOf: '2020-11-24T10:00:00-06:00',
    place: { state: 'ZZ' },
    request: { form: 'I-247A', warrant: 'administrative', probableCause: ['final-order'] },
    subject: { proofOfLawfulStatus: false },
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function problems(files: PolicyFile[]): EngineError[] {
  const loaded = loadPolicies(files);
  return loaded.ok ? [] : loaded.error;
}

describe('policy files are read strictly', () => {
  it('names the file and line of an unknown key', () => {
    const text = source(
      rule(
        'zz-a',
        'state-statute',
        '{ state: ZZ }',
        "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n        colour: red\n",
      ),
    );
    const [problem] = problems([{ path: 'state/zz/a.policy.yaml', text }]);
    expect(problem).toMatchObject({ kind: 'InvalidPolicy', file: 'state/zz/a.policy.yaml', line: 16 });
    expect(problem!.message).toContain('colour is not a known key');
  });

  it.each([
    ['an unknown formula', "      - effectiveFrom: '2020-01-01'\n        formula: guess\n", 'not a known formula'],
    [
      'a bad parameter',
      "      - effectiveFrom: '2020-01-01'\n        formula: forbid\n        params: { actions: [detain] }\n",
      'params.actions[0] must be one of hold, notify, transfer',
    ],
    [
      'an unknown parameter',
      "      - effectiveFrom: '2020-01-01'\n        formula: forbid\n        params: { actions: [hold], also: 1 }\n",
      'params.also',
    ],
    [
      'a malformed date',
      "      - effectiveFrom: '2020-1-1'\n        formula: request-only\n",
      'effectiveFrom is not in the expected form',
    ],
    [
      'versions out of order',
      "      - effectiveFrom: '2021-01-01'\n        formula: request-only\n      - effectiveFrom: '2020-01-01'\n        formula: request-only\n",
      'strictly increasing',
    ],
    [
      'a repeal with a formula',
      "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n      - effectiveFrom: '2021-01-01'\n        repealed: true\n        formula: request-only\n",
      'repealed',
    ],
  ])('refuses %s', (_name, versions, message) => {
    const [problem] = problems([
      { path: 'state/zz/a.policy.yaml', text: source(rule('zz-a', 'state-statute', '{ state: ZZ }', versions)) },
    ]);
    expect(problem?.message).toContain(message);
  });

  it('refuses a level that does not fit the place, and an id without the place prefix', () => {
    const v = "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n";
    expect(
      problems([{ path: 'a.policy.yaml', text: source(rule('zz-a', 'federal-statute', '{ state: ZZ }', v)) }])[0]
        ?.message,
    ).toContain('does not fit');
    expect(
      problems([{ path: 'a.policy.yaml', text: source(rule('yy-a', 'state-statute', '{ state: ZZ }', v)) }])[0]
        ?.message,
    ).toContain('must start with "zz-"');
  });

  it('refuses the same rule id in two files', () => {
    const v = "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n";
    const text = source(rule('zz-a', 'state-statute', '{ state: ZZ }', v));
    const [problem] = problems([
      { path: 'state/zz/a.policy.yaml', text },
      { path: 'state/zz/b.policy.yaml', text },
    ]);
    expect(problem?.message).toContain('already defined in state/zz/a.policy.yaml');
  });
});

describe('combining rules', () => {
  const forbidHold = rule(
    'zz-forbid',
    'state-statute',
    '{ state: ZZ }',
    "      - effectiveFrom: '2020-01-01'\n        formula: forbid\n        params: { actions: [hold] }\n",
  );
  const requireAll = rule(
    'zz-require',
    'state-statute',
    '{ state: ZZ }',
    "      - effectiveFrom: '2020-06-01'\n        formula: require\n        params: { actions: [hold, notify] }\n",
  );
  const countyRequire = rule(
    'zz-county',
    'county-ordinance',
    "{ state: ZZ, counties: ['99001'] }",
    "      - effectiveFrom: '2020-01-01'\n        formula: require\n        params: { actions: [transfer] }\n",
  );

  it('lets the most senior binding rule decide, whatever the load order', () => {
    const files = [
      { path: 'state/zz/a.policy.yaml', text: source(forbidHold) },
      { path: 'county/zz-x/c.policy.yaml', text: source(countyRequire) },
    ];
    for (const order of [files, [...files].reverse()]) {
      const result = evaluate(engine(order), input({ place: { state: 'ZZ', countyFips: '99001' } }));
      expect(result.ok && result.value.actions).toMatchObject({
        hold: { modality: 'forbidden', decision: 'decline' },
        notify: { modality: 'permitted', decision: 'comply' },
        transfer: { modality: 'required', decision: 'comply' },
      });
      expect(result.ok && result.value.trace.actions.hold.binding).toEqual({
        rule: 'zz-forbid',
        level: 'state-statute',
      });
      expect(result.ok && result.value.trace.actions.notify.decidedBy).toBe('agency-discretion');
    }
  });

  it('reports two rules of one level that bind opposite ways, naming both and the instant', () => {
    const ctx = engine([{ path: 'state/zz/a.policy.yaml', text: source(`${forbidHold}\n${requireAll}`) }]);
    const result = evaluate(ctx, input({ asOf: '2020-07-01T10:00:00-05:00' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({
        kind: 'ConflictingRules',
        action: 'hold',
        rules: ['zz-forbid', 'zz-require'],
        instant: '2020-07-01T15:00:00.000Z',
      });
    }
    // Before the second rule takes effect there is no conflict.
    expect(evaluate(ctx, input({ asOf: '2020-05-31T10:00:00-05:00' })).ok).toBe(true);
  });

  it('applies effective dates in the local zone of the place', () => {
    const ctx = engine([{ path: 'state/zz/a.policy.yaml', text: source(forbidHold) }]);
    // 2020-01-01T05:30Z is still 31 December 2019 in Chicago.
    const before = evaluate(
      ctx,
      input({
        asOf: '2020-01-01T05:30:00Z',
        request: { form: 'I-247', formEdition: '2012-12', probableCause: ['final-order'] },
      }),
    );
    const after = evaluate(
      ctx,
      input({
        asOf: '2020-01-01T06:30:00Z',
        request: { form: 'I-247', formEdition: '2012-12', probableCause: ['final-order'] },
      }),
    );
    expect(before.ok && before.value.actions.hold.modality).toBe('permitted');
    expect(after.ok && after.value.actions.hold.modality).toBe('forbidden');
  });

  it('ends a rule at its repeal', () => {
    const repealed = rule(
      'zz-r',
      'state-statute',
      '{ state: ZZ }',
      "      - effectiveFrom: '2020-01-01'\n        formula: forbid\n        params: { actions: [hold] }\n      - effectiveFrom: '2020-11-01'\n        repealed: true\n",
    );
    const ctx = engine([{ path: 'state/zz/a.policy.yaml', text: source(repealed) }]);
    const result = evaluate(ctx, input());
    expect(result.ok && result.value.actions.hold.modality).toBe('permitted');
    expect(result.ok && result.value.applied).toEqual([]);
  });
});

describe('duties and the hold window', () => {
  const withDuties = rule(
    'zz-d',
    'state-statute',
    '{ state: ZZ }',
    `      - effectiveFrom: '2020-01-01'
        formula: duties-only
        params: { actions: [hold, notify] }
        holdCapHours: 24
        duties:
          - { id: zz-copy, text: Give a copy., when: always, due: immediately }
          - { id: zz-held, text: Say they are held., when: { action: hold, decision: comply }, due: at-release-eligibility }
          - { id: zz-declined, text: Report the decline., when: { decision: decline }, due: periodic-report }
`,
  );
  const ctx = engine([{ path: 'state/zz/a.policy.yaml', text: source(withDuties) }]);

  it('emits duties by their triggers, with due instants in local time', () => {
    const comply = evaluate(ctx, input({ releaseEligibleAt: '2020-11-25T17:00:00-06:00' }));
    expect(comply.ok && comply.value.duties.map((d) => [d.id, d.due])).toEqual([
      ['zz-copy', '2020-11-24T10:00:00-06:00'],
      ['zz-held', '2020-11-25T17:00:00-06:00'],
    ]);
    const decline = evaluate(ctx, input({ discretion: 'decline' }));
    expect(decline.ok && decline.value.duties.map((d) => [d.id, d.due])).toEqual([
      ['zz-copy', '2020-11-24T10:00:00-06:00'],
      ['zz-declined', null],
    ]);
  });

  it('caps the hold window and says which rule capped it', () => {
    const result = evaluate(ctx, input({ releaseEligibleAt: '2020-11-25T17:00:00-06:00' }));
    expect(result.ok && result.value.actions.hold.until).toBe('2020-11-26T17:00:00-06:00');
    expect(result.ok && result.value.trace.hold).toMatchObject({
      window: 'flat-48h',
      capHours: 24,
      capRule: 'zz-d',
      calendar: 'test',
    });
  });

  it('skips the holiday on a business-48h form', () => {
    const noCap = engine([]);
    const result = evaluate(
      noCap,
      input({
        request: { form: 'I-247', formEdition: '2012-12', probableCause: ['final-order'] },
        asOf: '2020-11-25T10:00:00-06:00',
        releaseEligibleAt: '2020-11-25T17:00:00-06:00',
      }),
    );
    // Wed 17:00 -> Wed 7h, Thu holiday, Fri 24h, weekend, Mon 17h.
    expect(result.ok && result.value.actions.hold.until).toBe('2020-11-30T17:00:00-06:00');
  });
});

describe('duties while a fact is missing', () => {
  const stateDuties = rule(
    'zz-d',
    'state-statute',
    '{ state: ZZ }',
    `      - effectiveFrom: '2020-01-01'
        formula: duties-only
        params: { actions: [hold, notify] }
        duties:
          - { id: zz-copy, text: Give a copy., when: always, due: immediately }
          - { id: zz-held, text: Say they are held., when: { action: hold, decision: comply }, due: at-release-eligibility }
          - { id: zz-declined, text: Report the decline., when: { decision: decline }, due: periodic-report }
`,
  );
  // A county rule that needs a fact to know whether it applies, with a duty of its own.
  const countyGate = rule(
    'zz-county',
    'county-ordinance',
    "{ state: ZZ, counties: ['99001'] }",
    `      - effectiveFrom: '2020-01-01'
        formula: require
        params: { actions: [hold], exceptProofOfLawfulStatus: true }
        duties:
          - { id: zz-county-tell, text: Tell the person., when: always, due: immediately }
`,
  );
  const stateForbid = rule(
    'zz-forbid',
    'state-statute',
    '{ state: ZZ }',
    "      - effectiveFrom: '2020-01-01'\n        formula: forbid\n        params: { actions: [hold] }\n",
  );
  const files = (...rules: string[]) => [
    { path: 'state/zz/a.policy.yaml', text: source(rules.join('\n')) },
    { path: 'county/zz-x/c.policy.yaml', text: source(countyGate) },
  ];
  const unknownStatus = input({ place: { state: 'ZZ', countyFips: '99001' }, subject: {} });

  it('owes at once the duties no missing fact can change, and lists the others as waiting for it', () => {
    const result = evaluate(engine(files(stateDuties)), unknownStatus);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'MissingFact') return;
    expect(result.error.fact).toBe('subject.proofOfLawfulStatus');
    expect(result.error.duties).toEqual([
      {
        id: 'zz-copy',
        rule: 'zz-d',
        text: 'Give a copy.',
        due: '2020-11-24T10:00:00-06:00',
        dueWhen: 'immediately',
        citations: [{ title: 'Test zz-d', href: 'https://example.org/zz-d' }],
        notice: null,
      },
    ]);
    // Whether the hold is complied with, declined, or the county rule applies at all: the fact decides.
    expect(result.error.waiting.map((d) => [d.id, d.rule, d.waitingFor])).toEqual([
      ['zz-held', 'zz-d', ['subject.proofOfLawfulStatus']],
      ['zz-declined', 'zz-d', ['subject.proofOfLawfulStatus']],
      ['zz-county-tell', 'zz-county', ['subject.proofOfLawfulStatus']],
    ]);
    expect(result.error.waiting[2]?.citations).toEqual([
      { title: 'Test zz-county', href: 'https://example.org/zz-county' },
    ]);

    // When the fact arrives the decision appears, and the duty owed at once is the same.
    const known = evaluate(engine(files(stateDuties)), input({ place: { state: 'ZZ', countyFips: '99001' } }));
    expect(known.ok && known.value.duties.map((d) => d.id)).toEqual(['zz-copy', 'zz-held', 'zz-county-tell']);
    expect(known.ok && known.value.duties[0]).toEqual(result.error.duties[0]);
  });

  it('settles a decision duty when a more senior rule binds the action whatever the missing fact says', () => {
    const result = evaluate(engine(files(stateForbid, stateDuties)), unknownStatus);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'MissingFact') return;
    // The state forbids the hold, so it is declined whatever the county rule would say.
    expect(result.error.duties.map((d) => d.id)).toEqual(['zz-copy', 'zz-declined']);
    expect(result.error.waiting.map((d) => d.id)).toEqual(['zz-county-tell']);
  });
});

describe('lint', () => {
  it('asks for a case on each side of every effective date, and for a case file', () => {
    const text = source(
      rule(
        'zz-a',
        'state-statute',
        '{ state: ZZ }',
        "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n",
      ),
    );
    const casesText = `cases:
  - sentence: After.
    asOf: '2020-02-01T10:00:00-06:00'
    place: { state: ZZ }
    request: { form: I-247A, warrant: administrative, probableCause: [final-order] }
    expect: { hold: permitted }
`;
    const cases = parseCases('state/zz/a.cases.yaml', casesText);
    const ctx = engine([{ path: 'state/zz/a.policy.yaml', text }]);
    const found = lintPolicies(ctx.library, cases.ok ? cases.value : [], places, [
      'state/zz/a.policy.yaml',
      'state/zz/a.cases.yaml',
    ]);
    expect(found.map((p) => p.message)).toEqual([
      'state/zz/a.policy.yaml:14: rule zz-a: no case in state/zz/a.cases.yaml before its effective date 2020-01-01',
    ]);
    const noCases = lintPolicies(ctx.library, [], places, ['state/zz/a.policy.yaml']);
    expect(noCases[0]?.message).toContain('has no case file');
  });

  it('asks that a file sit in the folder of its place', () => {
    const text = source(
      rule(
        'zz-a',
        'state-statute',
        '{ state: ZZ }',
        "      - effectiveFrom: '2020-01-01'\n        formula: request-only\n",
      ),
    );
    const ctx = engine([{ path: 'state/yy/a.policy.yaml', text }]);
    expect(
      lintPolicies(ctx.library, [], places, ['state/yy/a.policy.yaml', 'state/yy/a.cases.yaml'])[0]?.message,
    ).toContain('wrong folder');
  });
});
