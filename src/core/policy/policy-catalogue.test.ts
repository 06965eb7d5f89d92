import { describe, expect, it } from 'vitest';
import { fixtureLaw } from '../../../test/support/policy-fixture.js';
import { checkStateCode, describeRule, listRules, rulesInForceAt } from './policy-catalogue.js';

const { engine, cases } = fixtureLaw();
const ids = (rules: readonly { id: string }[]) => rules.map((r) => r.id);

describe('listRules', () => {
  it('lists every rule most senior first, with its source and whole timeline', () => {
    const rules = listRules(engine.library);
    expect(ids(rules)).toEqual(['us-reg', 'ca-new', 'ca-old', 'tx-comply', 'ca-alameda-memo']);
    const old = rules.find((r) => r.id === 'ca-old')!;
    expect(old).toMatchObject({
      level: 'state-statute',
      place: { kind: 'state', state: 'CA' },
      agencyKinds: null,
      source: { file: 'state/ca/act.policy.yaml', title: 'A California act', kind: 'statute' },
    });
    expect(old.versions).toEqual([
      expect.objectContaining({ effectiveFrom: '2014-01-01', until: '2018-01-01', repealed: false, formula: 'forbid' }),
      expect.objectContaining({
        effectiveFrom: '2018-01-01',
        until: null,
        repealed: true,
        note: 'Superseded by ca-new.',
      }),
    ]);
    expect(old.versions[0]!.formulaSummary).toMatch(/forbidden/);
    expect(old.current).toBeUndefined();
  });

  it('filters by state (federal rules reach every state) and says where each rule stands today', () => {
    const rules = listRules(engine.library, {
      state: 'ca',
      clock: { now: new Date('2016-03-01T12:00:00Z'), places: engine.places },
    });
    expect(ids(rules)).toEqual(['us-reg', 'ca-new', 'ca-old', 'ca-alameda-memo']);
    const standing = Object.fromEntries(rules.map((r) => [r.id, r.current]));
    expect(standing['ca-old']).toEqual({ localDate: '2016-03-01', status: 'in-force', version: '2014-01-01' });
    expect(standing['ca-new']).toEqual({ localDate: '2016-03-01', status: 'not-yet-in-force', version: '2018-01-01' });
    const later = listRules(engine.library, {
      clock: { now: new Date('2019-01-01T12:00:00Z'), places: engine.places },
    });
    expect(later.find((r) => r.id === 'ca-old')!.current).toMatchObject({ status: 'repealed', version: '2018-01-01' });
  });

  it('dates "today" in the rule\'s own zone', () => {
    // 2018-01-01T05:00Z is still 31 December in California.
    const rules = listRules(engine.library, {
      clock: { now: new Date('2018-01-01T05:00:00Z'), places: engine.places },
    });
    expect(rules.find((r) => r.id === 'ca-new')!.current).toMatchObject({
      localDate: '2017-12-31',
      status: 'not-yet-in-force',
    });
  });
});

describe('checkStateCode', () => {
  it('accepts known codes in any case and names the field otherwise', () => {
    expect(checkStateCode(engine.places, 'tx')).toEqual({ ok: true, value: 'TX' });
    const unknown = checkStateCode(engine.places, 'ZZ');
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'PLACE.NOT_FOUND', details: { field: 'state' } });
    const malformed = checkStateCode(engine.places, 'Cal');
    expect(!malformed.ok && malformed.error).toMatchObject({
      code: 'REQUEST.INVALID_FIELD',
      details: { field: 'state' },
    });
  });
});

describe('describeRule', () => {
  it('gives the rule, its source with notes, its versions and the cases bearing on it', () => {
    const result = describeRule(engine.library, cases, 'ca-new', engine.places);
    if (!result.ok) throw new Error(result.error.message);
    const rule = result.value;
    expect(rule.source).toEqual({
      file: 'state/ca/act.policy.yaml',
      title: 'A California act',
      kind: 'statute',
      href: 'https://example.org/ca',
      reviewed: null,
      unconfirmed: [],
      notes: 'Two rules, one repealed when the other starts.\n',
    });
    expect(rule.versions[0]!.duties.map((d) => d.id)).toEqual(['ca-copy']);
    const sentences = rule.cases.map((c) => c.sentence);
    // Named by two cases; bound by place and agency in the California ones; never the Texas one.
    expect(sentences).toContain('Before 2018 the old rule forbids the hold.');
    expect(sentences).toContain('From 2018 the new rule forbids it.');
    expect(sentences).toContain('The memo binds Alameda.');
    expect(sentences).not.toContain('Texas requires compliance.');
    const named = rule.cases.find((c) => c.sentence.startsWith('Before 2018'))!;
    expect(named).toMatchObject({
      file: 'state/ca/act.cases.yaml',
      asOf: '2017-06-01T10:00:00-07:00',
      place: { state: 'CA', countyFips: '06019' },
      agencyKind: 'county-jail',
      mentions: true,
      expect: { kind: 'decision', notApplied: ['ca-new'] },
    });
    expect(named.line).toBeGreaterThan(0);
    // Named cases first, then the others, each in the order of time.
    expect(rule.cases.map((c) => [c.mentions, c.asOf.slice(0, 10)])).toEqual([
      [true, '2017-06-01'],
      [true, '2018-06-01'],
      [false, '2015-01-05'],
    ]);
  });

  it('answers POLICY.NOT_FOUND for an unknown id', () => {
    const result = describeRule(engine.library, cases, 'ca-nothing', engine.places);
    expect(!result.ok && result.error).toMatchObject({ code: 'POLICY.NOT_FOUND', details: { field: 'id' } });
  });

  it('gives instants in UTC without a place directory', () => {
    const result = describeRule(engine.library, cases, 'tx-comply');
    expect(result.ok && result.value.cases.map((c) => c.asOf)).toContain('2018-06-01T15:00:00.000Z');
  });
});

describe('rulesInForceAt', () => {
  const at = (where: { state: string; countyFips?: string | null }, date: string | Date) =>
    rulesInForceAt(engine, where, date);

  it('lists the rules in force on a date, for any agency kind, with the version in force', () => {
    const before = at({ state: 'CA' }, '2017-12-31');
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.place).toEqual({ state: 'CA', countyFips: null, timeZone: 'America/Los_Angeles' });
    expect(ids(before.value.rules)).toEqual(['us-reg', 'ca-old']);
    expect(before.value.rules[1]!.inForce).toMatchObject({ effectiveFrom: '2014-01-01', until: '2018-01-01' });
    expect(before.value.rules[1]!.versions).toHaveLength(2);

    const after = at({ state: 'CA' }, '2018-01-01');
    expect(after.ok && ids(after.value.rules)).toEqual(['us-reg', 'ca-new']);
  });

  it('adds county rules only in their county', () => {
    const alameda = at({ state: 'ca', countyFips: '06001' }, '2016-01-01');
    expect(alameda.ok && ids(alameda.value.rules)).toEqual(['us-reg', 'ca-old', 'ca-alameda-memo']);
    const fresno = at({ state: 'CA', countyFips: '06019' }, '2016-01-01');
    expect(fresno.ok && ids(fresno.value.rules)).toEqual(['us-reg', 'ca-old']);
  });

  it("takes an instant's local date in the place", () => {
    const result = at({ state: 'CA' }, new Date('2018-01-01T05:00:00Z'));
    expect(result.ok && result.value.at).toBe('2017-12-31');
    expect(result.ok && ids(result.value.rules)).toEqual(['us-reg', 'ca-old']);
  });

  it('names the field of an unknown place or a bad date', () => {
    const cases = [
      [{ state: 'ZZ' }, '2018-01-01', 'PLACE.NOT_FOUND', 'state'],
      [{ state: 'CA', countyFips: '48201' }, '2018-01-01', 'PLACE.NOT_FOUND', 'countyFips'],
      [{ state: 'CA', countyFips: '6001' }, '2018-01-01', 'REQUEST.INVALID_FIELD', 'countyFips'],
      [{ state: 'CA' }, '2018-02-30', 'REQUEST.INVALID_FIELD', 'at'],
    ] as const;
    for (const [where, date, code, field] of cases) {
      const result = at(where, date);
      expect(!result.ok && result.error, `${JSON.stringify(where)} ${date}`).toMatchObject({
        code,
        details: { field },
      });
    }
  });
});
