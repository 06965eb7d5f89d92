import { beforeAll, expect, it } from 'vitest';
import { withSpanishDuties } from '../../src/core/policy/duty-spanish.js';
import { evaluateRequest } from '../../src/core/policy/evaluate-request.js';
import { describeEachEngine } from '../support/engines.js';
import { alameda2018, texasMissingFact } from '../support/evaluation-samples.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';

const ids = (rules: { id: string }[]) => rules.map((r) => r.id);

describeEachEngine('the law library and evaluate, over HTTP', ({ database }) => {
  let t: TestApp;

  beforeAll(async () => {
    // A fixed "now" (2018-06-01 noon in California) for the default dates.
    t = await buildTestApp(database(), { clock: { now: () => new Date('2018-06-01T19:00:00Z') } });
  });

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const evaluate = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/evaluate', payload: payload as object });

  it('lists every rule, most senior first, with its source, versions and where it stands today', async () => {
    const res = await get('/api/v1/policies');
    expect(res.statusCode).toBe(200);
    const { rules } = res.json();
    expect(ids(rules)).toEqual(expect.arrayContaining(['us-8cfr-287.7', 'ca-gov-7284.6-a1b', 'tx-ccp-2.251']));
    expect(rules.length).toBe(t.services.law.engine.library.rules.size);
    const trust = rules.find((r: { id: string }) => r.id === 'ca-gov-7282.5-hold');
    expect(trust).toMatchObject({
      level: 'state-statute',
      place: { kind: 'state', state: 'CA' },
      source: { file: 'state/ca/ab4-trust-act-2013.policy.yaml', kind: 'statute' },
      current: { localDate: '2018-06-01', status: 'repealed', version: '2018-01-01' },
    });
    expect(
      trust.versions.map((v: { effectiveFrom: string; repealed: boolean }) => [v.effectiveFrom, v.repealed]),
    ).toEqual([
      ['2014-01-01', false],
      ['2018-01-01', true],
    ]);
    const texas = (await get('/api/v1/policies?state=tx')).json().rules;
    expect(ids(texas)).toContain('tx-ccp-2.251');
    expect(ids(texas)).not.toContain('ca-gov-7284.6-a1b');
    expect((await get('/api/v1/policies?state=ZZ')).statusCode).toBe(404);
  });

  it('shows one rule with its source notes and the cases that test it', async () => {
    const res = await get('/api/v1/policies/tx-ccp-2.251');
    expect(res.statusCode).toBe(200);
    const rule = res.json();
    expect(rule).toMatchObject({
      id: 'tx-ccp-2.251',
      level: 'state-statute',
      source: { kind: 'statute', file: 'state/tx/sb4-2017.policy.yaml' },
      versions: [{ effectiveFrom: '2017-09-01', formula: 'require', repealed: false }],
    });
    expect(rule.source.notes).toContain('2.251');
    expect(rule.citations.length).toBeGreaterThan(0);
    expect(rule.cases.length).toBeGreaterThan(1);
    expect(rule.cases[0]).toEqual(
      expect.objectContaining({ file: expect.stringMatching(/\.cases\.yaml$/), sentence: expect.any(String) }),
    );
    expect(rule.cases.every((c: { place: { state: string } }) => c.place.state === 'TX')).toBe(true);
  });

  it('answers 404 POLICY.NOT_FOUND for an unknown rule', async () => {
    const res = await get('/api/v1/policies/ca-no-such-rule');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'POLICY.NOT_FOUND', details: { field: 'id' } });
  });

  it("lists California's rules in force on each side of 2018-01-01", async () => {
    const before = (await get('/api/v1/places/CA/policies?at=2017-12-31')).json();
    expect(before).toMatchObject({ at: '2017-12-31', place: { state: 'CA', countyFips: null } });
    expect(ids(before.rules)).toContain('ca-gov-7282.5-hold');
    expect(ids(before.rules)).not.toContain('ca-gov-7284.6-a1b');
    const trust = before.rules.find((r: { id: string }) => r.id === 'ca-gov-7282.5-hold');
    expect(trust.inForce).toMatchObject({ effectiveFrom: '2014-01-01', until: '2018-01-01' });
    expect(trust.versions).toHaveLength(2);

    const after = (await get('/api/v1/places/ca/policies?at=2018-01-01')).json();
    expect(ids(after.rules)).toContain('ca-gov-7284.6-a1b');
    expect(ids(after.rules)).not.toContain('ca-gov-7282.5-hold');
    // Every agency kind: the Department of Corrections' own rule is listed too.
    expect(ids(after.rules)).toContain('ca-gov-7284.10');
    // Most senior first.
    const levels = after.rules.map((r: { level: string }) => r.level);
    expect(levels[0]).toBe('federal-constitution');
    expect(levels.indexOf('state-statute')).toBeGreaterThan(levels.lastIndexOf('federal-regulation'));
  });

  it("lists Texas's rules in force on each side of 2017-09-01", async () => {
    const before = (await get('/api/v1/places/TX/policies?at=2017-08-31')).json();
    expect(ids(before.rules)).not.toContain('tx-ccp-2.251');
    expect(ids(before.rules)).toContain('us-8cfr-287.7');
    const after = (await get('/api/v1/places/TX/48201/policies?at=2017-09-01')).json();
    expect(after.place).toEqual({ state: 'TX', countyFips: '48201', timeZone: 'America/Chicago' });
    expect(ids(after.rules)).toContain('tx-ccp-2.251');
  });

  it('adds county-only rules in Alameda and not in another California county', async () => {
    const alameda = (await get('/api/v1/places/CA/06001/policies?at=2016-01-01')).json();
    expect(ids(alameda.rules)).toContain('ca-alameda-sheriff-memo-2014-05-21');
    expect(ids(alameda.rules)).toContain('ca-gov-7282.5-hold');
    const fresno = (await get('/api/v1/places/CA/06019/policies?at=2016-01-01')).json();
    expect(ids(fresno.rules)).not.toContain('ca-alameda-sheriff-memo-2014-05-21');
    expect(ids(fresno.rules)).toContain('ca-gov-7282.5-hold');
    const state = (await get('/api/v1/places/CA/policies?at=2016-01-01')).json();
    expect(ids(state.rules)).not.toContain('ca-alameda-sheriff-memo-2014-05-21');
  });

  it("defaults the date to today in the place's zone, from the services' clock", async () => {
    const res = (await get('/api/v1/places/CA/06001/policies')).json();
    expect(res.at).toBe('2018-06-01');
    expect(ids(res.rules)).toContain('ca-gov-7284.6-a1b');
  });

  it('names the field of an unknown place or a bad date', async () => {
    const unknownState = await get('/api/v1/places/ZZ/policies');
    expect(unknownState.statusCode).toBe(404);
    expect(unknownState.json().error).toMatchObject({ code: 'PLACE.NOT_FOUND', details: { field: 'state' } });
    const wrongState = await get('/api/v1/places/TX/06001/policies');
    expect(wrongState.statusCode).toBe(404);
    expect(wrongState.json().error.details.field).toBe('countyFips');
    const badDate = await get('/api/v1/places/CA/policies?at=2018-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details.field).toBe('at');
    const malformed = await get('/api/v1/places/CA/policies?at=June');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details.field).toBe('at');
    expect((await get('/api/v1/places/CA/policies?when=2018-01-01')).statusCode).toBe(400);
  });

  it('evaluates one input: exactly the decision evaluate() makes', async () => {
    const res = await evaluate(alameda2018);
    expect(res.statusCode).toBe(200);
    const decision = res.json();
    expect(decision.actions).toEqual({
      hold: { requested: true, modality: 'forbidden', decision: 'decline', until: null },
      notify: { requested: true, modality: 'permitted', decision: 'comply' },
      transfer: { requested: true, modality: 'permitted', decision: 'comply' },
    });
    expect(decision.duties.map((d: { id: string }) => d.id)).toEqual(
      expect.arrayContaining(['ca-truth-copy-and-intent', 'ca-truth-release-notice']),
    );
    expect(decision.applied.map((a: { rule: string }) => a.rule)).toContain('ca-gov-7284.6-a1b');
    // Nothing is lost on the way out: the answer is the core's decision, field for field, each duty
    // with the library's unofficial Spanish text beside it (as the detainer view gives it).
    const direct = evaluateRequest(t.services.law.engine, alameda2018);
    expect(direct.ok).toBe(true);
    const library = t.services.law.engine.library;
    expect(decision).toEqual(JSON.parse(JSON.stringify(direct.ok && withSpanishDuties(direct.value, library))));
  });

  it('gives each duty of an evaluation its unofficial Spanish text, one input or a list', async () => {
    const one = (await evaluate(alameda2018)).json();
    const copy = one.duties.find((d: { id: string }) => d.id === 'ca-truth-copy-and-intent');
    expect(copy.textEs).toMatch(/^Entregue a la persona una copia de la solicitud de ICE/);
    expect(copy.textEs).not.toBe(copy.text);
    for (const duty of one.duties) expect(typeof duty.textEs).toBe('string');
    const [slot] = (await evaluate([alameda2018])).json();
    expect(slot.duties.map((d: { textEs: string }) => d.textEs)).toEqual(
      one.duties.map((d: { textEs: string }) => d.textEs),
    );
  });

  it('evaluates a list in order, each slot a decision or an error', async () => {
    const res = await evaluate([alameda2018, { ...alameda2018, colour: 'red' }, texasMissingFact]);
    expect(res.statusCode).toBe(200);
    const [first, second, third] = res.json();
    const single = await evaluate(alameda2018);
    expect(first).toEqual(single.json()); // nothing lost in a list's slots either
    expect(first.actions.hold.modality).toBe('forbidden');
    expect(second.error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      details: { field: 'colour', problem: 'is not a known field', index: 1 },
    });
    expect(third.error).toMatchObject({ code: 'POLICY.MISSING_FACT', details: { index: 2 } });
    expect((await evaluate([])).json()).toEqual([]);
  });

  it('refuses an unknown or bad field with 400 naming it', async () => {
    const unknown = await evaluate({ ...alameda2018, subject: { ...alameda2018.subject, shoeSize: 9 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      message: 'subject.shoeSize: is not a known field',
      details: { field: 'subject.shoeSize', problem: 'is not a known field' },
    });
    const badForm = await evaluate({ ...alameda2018, request: { form: 'I-999' } });
    expect(badForm.statusCode).toBe(400);
    expect(badForm.json().error.details.field).toBe('request.form');
    const notAnObject = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      headers: { 'content-type': 'application/json' },
      payload: '"hello"',
    });
    expect(notAnObject.statusCode).toBe(400);
    expect(notAnObject.json().error.details.field).toBe('body');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      headers: { 'content-type': 'application/json' },
      payload: '{"asOf": ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('REQUEST.MALFORMED_JSON');
  });

  it('answers 422 for a missing fact, naming the fact and the rules', async () => {
    const res = await evaluate(texasMissingFact);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'POLICY.MISSING_FACT',
      details: {
        kind: 'MissingFact',
        fact: 'subject.proofOfLawfulStatus',
        rules: ['tx-ccp-2.251'],
        instant: '2018-02-01T16:00:00.000Z',
      },
    });
    // What the law already says: whether the person must be told of the hold waits for the fact.
    expect(res.json().error.details).toMatchObject({
      duties: [],
      waiting: [
        {
          id: 'tx-inform-held-on-detainer',
          rule: 'tx-ccp-2.251',
          dueWhen: 'at-release-eligibility',
          waitingFor: ['subject.proofOfLawfulStatus'],
        },
      ],
    });
    // In California the TRUTH Act copy and intent is owed on receipt whatever the record says.
    const { subject: _record, ...withoutRecord } = alameda2018;
    const california = await evaluate(withoutRecord);
    expect(california.statusCode).toBe(422);
    const details = california.json().error.details;
    expect(details.duties).toEqual([
      expect.objectContaining({
        id: 'ca-truth-copy-and-intent',
        rule: 'ca-gov-7283.1-b',
        dueWhen: 'immediately',
        due: expect.any(String),
        citations: expect.arrayContaining([expect.objectContaining({ title: 'Cal. Gov. Code 7283.1(b)' })]),
      }),
    ]);
    expect(details.waiting.map((d: { id: string }) => d.id)).toEqual(['ca-truth-release-notice']);
  });

  it('answers 422 for an unknown place or form edition', async () => {
    const place = await evaluate({ ...alameda2018, place: { state: 'CA', countyFips: '48201' } });
    expect(place.statusCode).toBe(422);
    expect(place.json().error).toMatchObject({ code: 'POLICY.UNKNOWN_PLACE', details: { field: 'place.countyFips' } });
    const form = await evaluate({ ...alameda2018, request: { form: 'I-247A', formEdition: '1999-01' } });
    expect(form.statusCode).toBe(422);
    expect(form.json().error.code).toBe('POLICY.UNKNOWN_FORM');
  });

  it('needs no sign-in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/evaluate',
      payload: alameda2018,
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('documents the new routes in the OpenAPI document, public', async () => {
    const doc = (await get('/api/openapi.json')).json();
    for (const path of [
      '/api/v1/policies',
      '/api/v1/policies/{id}',
      '/api/v1/places/{state}/policies',
      '/api/v1/places/{state}/{countyFips}/policies',
      '/api/v1/evaluate',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    const post = doc.paths['/api/v1/evaluate'].post;
    expect(post.security).toEqual([]);
    const body = JSON.stringify(post.requestBody.content['application/json'].schema);
    for (const field of ['asOf', 'place', 'request', 'subject', 'releaseEligibleAt']) expect(body).toContain(field);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '422']));
    expect(doc.paths['/api/v1/places/{state}/policies'].get.parameters.map((p: { name: string }) => p.name)).toContain(
      'at',
    );
  });
});
