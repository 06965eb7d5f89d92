import { describe, expect, it } from 'vitest';
import { fixtureLaw } from '../../../test/support/policy-fixture.js';
import { withSpanishDuties } from './duty-spanish.js';
import { evaluate } from './evaluate.js';
import { evaluateAny, evaluateBatch, evaluateRequest } from './evaluate-request.js';
import { parseEvaluationInput } from './evaluation-input.js';
import { engineErrorToDomain } from './policy-errors.js';

const { engine } = fixtureLaw();

const california = {
  asOf: '2018-06-01T10:00:00-07:00',
  place: { state: 'CA', countyFips: '06001' },
  request: { form: 'I-247A', formEdition: '2017-02', warrant: 'administrative' },
  releaseEligibleAt: '2018-06-01T17:00:00-07:00',
};
const texasWithoutStatus = {
  asOf: '2018-06-01T10:00:00-05:00',
  place: { state: 'TX' },
  request: { form: 'I-247A', formEdition: '2017-02' },
};

describe('evaluateRequest', () => {
  it('parses and decides one input, exactly as evaluate() does, with the library’s Spanish beside the English', () => {
    const result = evaluateRequest(engine, california);
    const parsed = parseEvaluationInput(california);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const decided = evaluate(engine, parsed.value);
    if (!decided.ok) throw new Error(decided.error.kind);
    expect(result).toEqual({ ok: true, value: withSpanishDuties(decided.value, engine.library) });
    expect(result.ok && result.value.applied.every((a) => 'titleEs' in a)).toBe(true);
    expect(result.ok && result.value.duties.every((d) => 'textEs' in d)).toBe(true);
    expect(result.ok && result.value.actions.hold).toEqual({
      requested: true,
      modality: 'forbidden',
      decision: 'decline',
      until: null,
    });
    expect(result.ok && result.value.applied.map((a) => a.rule)).toEqual(['us-reg', 'ca-new', 'ca-alameda-memo']);
  });

  it('names an unknown or bad field as REQUEST.INVALID_FIELD, the shape of every input error', () => {
    const unknown = evaluateRequest(engine, { ...california, subject: { colour: 'x' } });
    expect(!unknown.ok && unknown.error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      details: { field: 'subject.colour', problem: 'is not a known field' },
    });
    const bad = evaluateRequest(engine, { ...california, asOf: 'yesterday' });
    expect(!bad.ok && bad.error.details).toMatchObject({ field: 'asOf' });
    const notObject = evaluateRequest(engine, 'hello');
    expect(!notObject.ok && notObject.error.details).toMatchObject({ field: 'input' });
  });

  it('reports a fact the law needs as POLICY.MISSING_FACT, naming the fact and the rules', () => {
    const result = evaluateRequest(engine, texasWithoutStatus);
    expect(!result.ok && result.error).toMatchObject({
      code: 'POLICY.MISSING_FACT',
      details: {
        kind: 'MissingFact',
        fact: 'subject.proofOfLawfulStatus',
        field: 'subject.proofOfLawfulStatus',
        rules: ['tx-comply'],
        instant: '2018-06-01T15:00:00.000Z',
      },
    });
  });

  it('reports an unknown place and an unknown form edition', () => {
    const place = evaluateRequest(engine, { ...california, place: { state: 'CA', countyFips: '48201' } });
    expect(!place.ok && place.error).toMatchObject({
      code: 'POLICY.UNKNOWN_PLACE',
      details: { field: 'place.countyFips' },
    });
    const form = evaluateRequest(engine, { ...california, request: { form: 'I-247A', formEdition: '1999-01' } });
    expect(!form.ok && form.error).toMatchObject({
      code: 'POLICY.UNKNOWN_FORM',
      details: { field: 'request.formEdition', form: 'I-247A', edition: '1999-01' },
    });
  });
});

describe('evaluateBatch and evaluateAny', () => {
  it('answers each item in its own slot, in order', () => {
    const batch = evaluateBatch(engine, [california, { ...california, extra: 1 }, texasWithoutStatus]);
    if (!batch.ok) throw new Error(batch.error.message);
    expect(batch.value.map((r) => (r.ok ? 'decision' : r.error.code))).toEqual([
      'decision',
      'REQUEST.INVALID_FIELD',
      'POLICY.MISSING_FACT',
    ]);
    expect(!batch.value[1]!.ok && batch.value[1]!.error.details).toMatchObject({ field: 'extra', index: 1 });
  });

  it('refuses a batch that is not a list', () => {
    expect(evaluateBatch(engine, california).ok).toBe(false);
  });

  it('tells one input from a list', () => {
    expect(evaluateAny(engine, california).kind).toBe('single');
    const batch = evaluateAny(engine, [california]);
    expect(batch.kind === 'batch' && batch.results).toHaveLength(1);
    const neither = evaluateAny(engine, 42);
    expect(neither.kind === 'single' && !neither.result.ok && neither.result.error.code).toBe('REQUEST.INVALID_FIELD');
  });
});

describe('engineErrorToDomain', () => {
  it('keeps kind, rules and instant, and a conflict keeps its action', () => {
    const error = engineErrorToDomain({
      kind: 'ConflictingRules',
      action: 'hold',
      rules: ['a', 'b'],
      instant: '2020-01-01T00:00:00.000Z',
      message: 'a and b bind hold opposite ways',
    });
    expect(error).toEqual({
      kind: 'domain-error',
      code: 'POLICY.CONFLICTING_RULES',
      message: 'a and b bind hold opposite ways',
      details: { kind: 'ConflictingRules', rules: ['a', 'b'], instant: '2020-01-01T00:00:00.000Z', action: 'hold' },
    });
  });
});
