import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText } from './json-text.js';

describe('the strict JSON reader', () => {
  it('reads what JSON.parse reads, for any JSON value without duplicate keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!/"__proto__"|"prototype"/.test(text)); // refused on purpose (see below)
        expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
        const pretty = JSON.stringify(value, null, 2);
        expect(parseJsonText(pretty)).toEqual({ ok: true, value: JSON.parse(pretty) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what JSON.parse refuses, and tells only the position', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = parseJsonText(text);
        if (!parses) expect(result).toMatchObject({ ok: false, error: { kind: 'syntax' } });
        else if (result.ok) expect(result.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
    for (const text of ['', '{', '{"a":1,}', '[1,]', '01', '"\u0001"', '{"a" 1}', 'nul', '1 2', '\uFEFF{}']) {
      expect(parseJsonText(text).ok, JSON.stringify(text)).toBe(false);
    }
  });

  it('refuses a duplicate key, naming its path', () => {
    expect(parseJsonText('{"form":"I-247A","form":"I-247D"}')).toEqual({
      ok: false,
      error: {
        kind: 'field',
        field: 'form',
        problem: 'appears more than once in its object',
        problemKind: 'duplicateKey',
      },
    });
    const nested = parseJsonText('{"subject":{"reference":"a","reference":"b"}}');
    expect(!nested.ok && nested.error).toMatchObject({ field: 'subject.reference' });
    const inList = parseJsonText('[{"a":1},{"b":1,"b":2}]');
    expect(!inList.ok && inList.error).toMatchObject({ field: 'body[1].b' });
    // The whole value is named by its root (the CLI's name for its input), and so is a list's entry.
    const named = parseJsonText('[{"a":1},{"b":1,"b":2}]', 'input');
    expect(!named.ok && named.error).toMatchObject({ field: 'input[1].b' });
    // The same key in two objects is no duplicate; an escaped spelling of the same key is.
    expect(parseJsonText('[{"a":1},{"a":2}]').ok).toBe(true);
    expect(parseJsonText('{"a":1,"\\u0061":2}').ok).toBe(false);
  });

  it('finds a duplicate wherever fast-check puts one', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 6 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        (object, pick, extra) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length]!;
          const text = JSON.stringify(object);
          const withDuplicate = `${text.slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(extra)}}`;
          const result = parseJsonText(withDuplicate);
          expect(result.ok).toBe(false);
          expect(!result.ok && result.error.kind).toBe('field');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses prototype poisoning as Fastify does, naming the key', () => {
    const proto = parseJsonText('{"a":{"__proto__":{"admin":true}}}');
    expect(!proto.ok && proto.error).toMatchObject({ kind: 'field', field: 'a.__proto__' });
    const ctor = parseJsonText('{"constructor":{"prototype":{"admin":true}}}');
    expect(!ctor.ok && ctor.error).toMatchObject({ kind: 'field', field: 'constructor.prototype' });
    expect(parseJsonText('{"constructor":"a name"}').ok).toBe(true);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('bounds nesting instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseJsonText(deep);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'field',
      problem: expect.stringContaining(`${MAX_JSON_DEPTH}`),
    });
    const fine = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(parseJsonText(fine).ok).toBe(true);
  });
});
