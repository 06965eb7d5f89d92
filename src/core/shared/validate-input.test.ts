import { Type, type TSchema } from 'typebox';
import { describe, expect, it } from 'vitest';
import { AccountChangeSchema, NewAccountSchema, OperatorFilterSchema, PasswordSchema } from '../auth/account.schema.js';
import { NewApiTokenSchema } from '../auth/api-token.schema.js';
import { SecurityEventQuerySchema } from '../auth/security-event.schema.js';
import { COMMAND_SCHEMAS, CustodyFactsSchema } from '../lifecycle/detainer-command.schema.js';
import { DeskStatsQuerySchema, DetainerStatsQuerySchema } from '../research/stats-query.schema.js';
import { EvaluationInputSchema } from '../policy/evaluation-input.schema.js';
import { InboxQuerySchema } from '../request/inbox.schema.js';
import { NewDetainerSchema } from '../request/new-detainer.schema.js';
import { HISTORY_YEARS, Instant, Line, MultilineText, REQUEST_YEARS } from './input-types.js';
import { Settings } from 'typebox/system';
import { fieldProblems, MAX_PROBLEMS, validateInput, validateTextInput } from './validate-input.js';

const Thing = Type.Object(
  {
    name: Line({ minLength: 1, maxLength: 20 }),
    note: Type.Optional(MultilineText({ maxLength: 100 })),
    at: Type.Optional(Instant(REQUEST_YEARS, 'when')),
    tags: Type.Optional(Type.Array(Type.Enum(['a', 'b']), { maxItems: 3 })),
    inner: Type.Optional(
      Type.Object({ count: Type.Integer({ minimum: 0, maximum: 10 }) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

describe('validateInput', () => {
  it('answers the value when it fits the schema', () => {
    const value = { name: 'x', note: 'two\nlines\tand a tab', tags: ['a'], inner: { count: 3 } };
    expect(validateInput(Thing, value)).toEqual({ ok: true, value });
  });

  it('answers REQUEST.INVALID_FIELD naming one field and its problem', () => {
    const result = validateInput(Thing, { name: 'x', inner: { count: 11 } });
    expect(!result.ok && result.error).toEqual({
      kind: 'domain-error',
      code: 'REQUEST.INVALID_FIELD',
      message: 'inner.count: must be at most 10',
      details: { field: 'inner.count', problem: 'must be at most 10', kind: 'maximum', limit: 10 },
    });
  });

  it('lists every failing field in details.problems, the first also in field/problem, unknown fields first', () => {
    const result = validateInput(Thing, { colour: 'red', tags: ['a', 'z'], inner: {} });
    expect(!result.ok && result.error.details).toEqual({
      field: 'colour',
      problem: 'is not a known field',
      kind: 'unknownField',
      problems: [
        { field: 'colour', problem: 'is not a known field', kind: 'unknownField' },
        { field: 'name', problem: 'is required', kind: 'required' },
        { field: 'tags[1]', problem: 'must be one of a, b', kind: 'oneOf', allowed: ['a', 'b'] },
        { field: 'inner.count', problem: 'is required', kind: 'required' },
      ],
    });
  });

  it('reports every bad field, past the 8 errors TypeBox lists by default: 12 bad fields, 12 problems', () => {
    const fields = Array.from({ length: 12 }, (_, i) => `f${i}`);
    const Wide = Type.Object(Object.fromEntries(fields.map((f) => [f, Type.Integer()])));
    const result = validateInput(Wide, Object.fromEntries(fields.map((f) => [f, 'not a number'])));
    expect(!result.ok && fieldProblems(result.error)).toEqual(
      fields.map((field) => ({ field, problem: 'must be a whole number', kind: 'type', allowed: ['integer'] })),
    );
    expect(!result.ok && result.error.message).toBe('f0: must be a whole number (and 11 more: see details.problems)');
    // TypeBox's setting is raised for the call only: other users of the library keep theirs.
    expect(Settings.Get().maxErrors).toBe(8);
  });

  it(`bounds the problems of one value at ${MAX_PROBLEMS}`, () => {
    const Many = Type.Object({ list: Type.Array(Type.Integer(), { maxItems: 5000 }) });
    const result = validateInput(Many, { list: Array.from({ length: 5000 }, () => 'x') });
    const problems = !result.ok ? fieldProblems(result.error) : [];
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems[MAX_PROBLEMS - 1]).toEqual({
      field: `list[${MAX_PROBLEMS - 1}]`,
      problem: 'must be a whole number',
      kind: 'type',
      allowed: ['integer'],
    });
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a C0 control', 'a\u0007b'],
    ['DEL', 'a\u007Fb'],
    ['a C1 control', 'a\u0085b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', 'a\uDC00'],
    ['a line feed in one-line text', 'a\nb'],
  ])('refuses %s in text, naming the field and never the value', (_name, text) => {
    const result = validateInput(Thing, { name: text });
    expect(!result.ok && result.error.details).toMatchObject({
      field: 'name',
      problem: expect.stringContaining('control'),
    });
    expect(!result.ok && result.error.message).not.toContain(text);
  });

  it('accepts text beyond the Basic Multilingual Plane (surrogate pairs) and accents', () => {
    expect(validateInput(Thing, { name: 'José 😀 Ñandú' }).ok).toBe(true);
  });

  it.each([
    ['year 0000', '0000-01-01T00:00:00Z'],
    ['year 1989', '1989-12-31T23:59:59Z'],
    ['year 2101', '2101-01-01T00:00:00Z'],
    ['a day that does not exist', '2020-02-30T00:00:00Z'],
    ['no offset', '2020-01-01T00:00:00'],
    ['no seconds', '2020-01-01T00:00Z'],
  ])('refuses an instant with %s', (_name, at) => {
    const result = validateInput(Thing, { name: 'x', at });
    expect(!result.ok && result.error.details).toMatchObject({ field: 'at' });
  });

  it('keeps history instants to 1900-2100 and request instants to 1990-2100', () => {
    const history = Instant(HISTORY_YEARS, 'x');
    expect(validateInput(history, '1950-06-01T00:00:00Z').ok).toBe(true);
    expect(validateInput(history, '1899-06-01T00:00:00Z').ok).toBe(false);
    expect(validateInput(Instant(REQUEST_YEARS, 'x'), '1990-01-01T00:00:00-05:00').ok).toBe(true);
    expect(validateInput(Instant(REQUEST_YEARS, 'x'), '2100-12-31T23:59:59.999+14:00').ok).toBe(true);
  });

  it('names the whole value by its root, and fields under a prefix', () => {
    const root = validateInput(Thing, [], { root: 'input' });
    expect(!root.ok && root.error.details).toEqual({
      field: 'input',
      problem: 'must be an object',
      kind: 'type',
      allowed: ['object'],
    });
    const nested = validateInput(Thing, { name: 3 }, { prefix: 'replacement' });
    expect(!nested.ok && nested.error.details).toMatchObject({ field: 'replacement.name', problem: 'must be text' });
  });

  it('names an entry of a value that is itself a list by the root and its index', () => {
    const things = Type.Array(Thing);
    const entries = [...Array.from({ length: 99 }, () => ({ name: 'ok' })), { name: 3 }];
    const body = validateInput(things, entries);
    expect(!body.ok && body.error.details).toMatchObject({ field: 'body[99].name', problem: 'must be text' });
    const input = validateInput(Type.Array(Type.String()), ['a', 7], { root: 'input' });
    expect(!input.ok && input.error.details).toMatchObject({ field: 'input[1]', problem: 'must be text' });
    // Under a prefix, the prefix names the list.
    const prefixed = validateInput(Type.Array(Type.String()), [7], { prefix: 'tags' });
    expect(!prefixed.ok && prefixed.error.details).toMatchObject({ field: 'tags[0]' });
  });

  it('converts text input (query strings, CLI options) and bounds numbers', () => {
    const converted = validateTextInput(InboxQuerySchema, { limit: '20', offset: '40' });
    expect(converted).toEqual({ ok: true, value: { limit: 20, offset: 40 } });
    const defaults = validateTextInput(InboxQuerySchema, {});
    expect(defaults.ok && defaults.value).toEqual({ limit: 50, offset: 0 });
    for (const offset of ['1e20', '-1', '1.5', 'ten']) {
      const result = validateTextInput(InboxQuerySchema, { offset });
      expect(!result.ok && result.error.details, offset).toMatchObject({ field: 'offset' });
    }
  });

  it('reads problems back from an error for row reports', () => {
    const result = validateInput(Thing, { name: '', tags: 'a' });
    expect(!result.ok && fieldProblems(result.error)).toEqual([
      { field: 'name', problem: 'must not be empty', kind: 'empty' },
      { field: 'tags', problem: 'must be a list', kind: 'type', allowed: ['array'] },
    ]);
  });
});

/**
 * Every string an input accepts is held by a text builder (which refuses control characters), an
 * enum, a format or a pattern of its own; and every number has bounds.
 */
describe('the input schemas', () => {
  const inputs: Record<string, TSchema> = {
    NewDetainerSchema,
    EvaluationInputSchema,
    InboxQuerySchema,
    CustodyFactsSchema,
    ...COMMAND_SCHEMAS,
    DetainerStatsQuerySchema,
    DeskStatsQuerySchema,
    SecurityEventQuerySchema,
    NewApiTokenSchema,
    NewAccountSchema,
    AccountChangeSchema,
    PasswordSchema,
    OperatorFilterSchema,
  };

  function walk(schema: unknown, path: string, visit: (s: Record<string, unknown>, path: string) => void): void {
    if (typeof schema !== 'object' || schema === null) return;
    const s = schema as Record<string, unknown>;
    visit(s, path);
    for (const [key, value] of Object.entries(s.properties ?? {})) walk(value, `${path}.${key}`, visit);
    if (s.items) walk(s.items, `${path}[]`, visit);
    for (const branch of (s.anyOf ?? []) as unknown[]) walk(branch, path, visit);
  }

  it.each(Object.entries(inputs))('%s: every string is constrained and every number bounded', (_name, schema) => {
    walk(schema, '', (s, path) => {
      if (s.type === 'string') {
        expect(
          s.enum !== undefined || s.const !== undefined || typeof s.pattern === 'string' || s.format === 'uuid',
          path,
        ).toBe(true);
      }
      if (s.type === 'integer' || s.type === 'number') {
        expect(typeof s.minimum === 'number' && typeof s.maximum === 'number', path).toBe(true);
      }
      if (s.type === 'array') expect(typeof s.maxItems === 'number', path).toBe(true);
    });
  });
});
