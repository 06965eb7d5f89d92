import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { INTAKE_COLUMNS } from '../../src/core/request/bulk-intake.js';
import { arbitraryFor, type JsonSchema } from './schema-arbitrary.js';

/**
 * Requests for schema-driven fuzzing: valid ones made from an OpenAPI operation's request schemas
 * (path and query parameters, JSON body), and the same with one hostile change - a value that is
 * NUL or control characters, a lone surrogate, too long, too deep, of the wrong type, a huge or
 * negative number, a prototype key, or a body that is empty or not JSON at all.
 */

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters: ReadonlyArray<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  /** The JSON body's schema; undefined for a route without one. */
  readonly body: JsonSchema | undefined;
  /** The body's content type when it is not JSON (the CSV intake). */
  readonly bodyType: string | undefined;
}

export function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, raw]) => {
      const op = raw as {
        parameters?: Operation['parameters'];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        consumes?: string[];
      };
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const other = Object.keys(content).find((type) => type !== 'application/json') ?? op.consumes?.[0];
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: json,
        bodyType: json ? undefined : other,
      };
    }),
  );
}

/** Where a hostile change was made: the request part, and the path inside it. */
export interface Mutation {
  readonly label: string;
  readonly part: 'body' | 'query' | 'params';
  readonly path: ReadonlyArray<string | number>;
  /** The hostile text put there, if it is text (no error may repeat it). */
  readonly value?: unknown;
}

export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly contentType: string | undefined;
  /** The body as sent (text or bytes), if any. */
  readonly payload: string | Buffer | undefined;
  readonly mutation: Mutation | undefined;
  /** Short and printable: what fast-check shows for a counterexample. */
  readonly [fc.toStringMethod]: () => string;
}

export function toInject(request: FuzzRequest, token: string | undefined): InjectOptions {
  return {
    method: request.method as 'GET',
    url: request.url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(request.contentType ? { 'content-type': request.contentType } : {}),
    },
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  };
}

// --- hostile values ------------------------------------------------------------------------------

const deepArray = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number): unknown => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
/** An object whose own key is `key` (JSON.stringify writes it; `{__proto__: x}` would not). */
const withOwnKey = (key: string, value: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>;

/** Values put in place of one value of a valid body. */
export const HOSTILE_VALUES: ReadonlyArray<readonly [string, unknown]> = [
  ['NUL', '\u0000'],
  ['NUL inside text', 'BK-1\u0000DROP'],
  ['control characters', '\u0001\u0008\u001b[2J\u007f\u0085\u2028'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', 'x\udfffy'],
  ['bidi override', '\u202egnp.exe'],
  ['20 KB string (past the 16 KiB body limit)', 'x'.repeat(20_000)],
  ['8 KB string', 'y'.repeat(8_000)],
  ['empty string', ''],
  ['whitespace', ' \t\n '],
  ['SQL', "' OR 1=1; DROP TABLE detainer_requests; --"],
  ['path traversal', '../../../../etc/passwd'],
  ['1e20', 1e20],
  ['-1', -1],
  ['0', 0],
  ['1.5', 1.5],
  ['2^53 + 2', 9007199254740994],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'],
  ['"1e20"', '1e20'],
  ['"-1"', '-1'],
  ['null', null],
  ['true', true],
  ['false', false],
  ['[]', []],
  ['{}', {}],
  ['[[]]', [[]]],
  ['array of 1000 nulls', Array.from({ length: 1000 }, () => null)],
  ['array nested 2000 deep', deepArray(2000)],
  ['object nested 1000 deep', deepObject(1000)],
  ['{"__proto__": {"polluted": true}}', withOwnKey('__proto__', { polluted: true })],
  ['{"constructor": {"prototype": {"polluted": true}}}', withOwnKey('constructor', { prototype: { polluted: true } })],
];

/** Keys added to one object of a valid body. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'] as const;

/** Whole bodies in place of a valid one: [label, content type, payload]. */
export const HOSTILE_BODIES: ReadonlyArray<readonly [string, string | undefined, string | Buffer | undefined]> = [
  ['no body, no content type', undefined, undefined],
  ['empty JSON body', 'application/json', ''],
  ['blank JSON body', 'application/json', '   \n'],
  ['null', 'application/json', 'null'],
  ['a string', 'application/json', '"text"'],
  ['a number', 'application/json', '1e20'],
  ['true', 'application/json', 'true'],
  ['[]', 'application/json', '[]'],
  ['{}', 'application/json', '{}'],
  ['[null]', 'application/json', '[null]'],
  ['truncated JSON', 'application/json', '{"a": '],
  ['a byte-order mark', 'application/json', '\ufeff{}'],
  ['invalid UTF-8', 'application/json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ['__proto__ at the root', 'application/json', '{"__proto__": {"polluted": true}}'],
  ['constructor.prototype at the root', 'application/json', '{"constructor": {"prototype": {"polluted": true}}}'],
  ['prototype at the root', 'application/json', '{"prototype": {"polluted": true}}'],
  ['array nested 5000 deep', 'application/json', '['.repeat(5000) + ']'.repeat(5000)],
  ['object nested 1500 deep', 'application/json', '{"a":'.repeat(1500) + '1' + '}'.repeat(1500)],
  ['1 MB string (past the body limit)', 'application/json', JSON.stringify({ x: 'x'.repeat(1_048_576) })],
  ['duplicate keys', 'application/json', '{"a": 1, "a": 2}'],
  ['JSON as text/plain', 'text/plain', '{}'],
  ['form encoding', 'application/x-www-form-urlencoded', 'a=1&__proto__[polluted]=1'],
  ['CSV', 'text/csv', 'federalReference,form\n1,I-247A\n'],
];

/** Query parameters no route declares, added to a valid request. */
export const HOSTILE_QUERY_KEYS = [
  ...PROTOTYPE_KEYS,
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  'a[b][c][d][e][f]',
  'unknown',
] as const;

/** Values put in place of one query or path parameter (as text). */
export const HOSTILE_TEXT: ReadonlyArray<readonly [string, string]> = [
  ['NUL', '\u0000'],
  ['control characters', '\u0001\u001b[2J\u007f'],
  ['lone high surrogate', '\ud800'],
  ['bidi override', '\u202eAC'],
  ['empty', ''],
  ['1 MB string', 'x'.repeat(1_048_576)],
  ['20 KB string', 'x'.repeat(20_000)],
  ['1e20', '1e20'],
  ['-1', '-1'],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['1.5', '1.5'],
  ['2^64', '18446744073709551616'],
  ['true', 'true'],
  ['path traversal', '../../../../etc/passwd'],
  ['encoded traversal', '%2e%2e%2f%2e%2e%2f'],
  ['SQL', "' OR '1'='1"],
  ['__proto__', '__proto__'],
  ['array-like', '[]'],
];

// --- building requests ---------------------------------------------------------------------------

/** Percent-encodes text, lone surrogates included (as the bytes a careless client would send). */
export function encodeLoosely(text: string): string {
  if (!/[\ud800-\udfff]/.test(text)) return encodeURIComponent(text);
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

interface Parts {
  params: Record<string, string>;
  query: Array<[string, string]>;
  body: unknown;
  hasBody: boolean;
}

function urlOf(op: Operation, parts: Parts): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeLoosely(parts.params[name] ?? ''));
  const query = parts.query.map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`).join('&');
  return query ? `${path}?${query}` : path;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function render(op: Operation, parts: Parts, mutation: Mutation | undefined, raw?: RawBody): FuzzRequest {
  const url = urlOf(op, parts);
  let contentType: string | undefined;
  let payload: string | Buffer | undefined;
  if (raw) {
    [contentType, payload] = [raw.contentType, raw.payload];
  } else if (op.bodyType) {
    [contentType, payload] = [op.bodyType, asText(parts.body)];
  } else if (parts.hasBody) {
    [contentType, payload] = ['application/json', JSON.stringify(parts.body)];
  }
  const shown = typeof payload === 'string' && payload.length > 300 ? `${payload.slice(0, 300)}...` : payload;
  return {
    method: op.method,
    url,
    contentType,
    payload,
    mutation,
    [fc.toStringMethod]: () =>
      `${op.method} ${url.length > 300 ? `${url.slice(0, 300)}...(${url.length} chars)` : url}` +
      (mutation ? ` [${mutation.label} at ${mutation.part}.${mutation.path.join('.')}]` : '') +
      (payload === undefined
        ? ''
        : ` ${contentType ?? '(no content type)'} ${Buffer.isBuffer(shown) ? `hex ${shown.toString('hex')}` : JSON.stringify(shown)}` +
          (typeof payload === 'string' && payload.length > 300 ? ` (${payload.length} chars)` : '')),
  };
}

interface RawBody {
  readonly contentType: string | undefined;
  readonly payload: string | Buffer | undefined;
}

/** Known-good values for parameters, by name (fixture ids, real places): fuzzing also reaches real data. */
export type KnownValues = Readonly<Record<string, readonly string[]>>;

function partsArbitrary(op: Operation, known: KnownValues): fc.Arbitrary<Parts> {
  const param = (name: string, schema: JsonSchema) => {
    const fromSchema = arbitraryFor(schema).map(String);
    const values = known[name];
    return values && values.length > 0 ? fc.oneof(fromSchema, fc.constantFrom(...values)) : fromSchema;
  };
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const params = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, param(p.name, p.schema)])));
  const query = fc
    .tuple(
      ...queryParams.map((p) =>
        (p.required ? param(p.name, p.schema).map((v) => [v]) : fc.option(param(p.name, p.schema), { nil: undefined }))
          .map((v) => (v === undefined ? [] : [[p.name, Array.isArray(v) ? v[0] : v] as [string, string]]))
          .map((pairs) => pairs as Array<[string, string]>),
      ),
    )
    .map((lists) => lists.flat());
  const body: fc.Arbitrary<unknown> = op.body
    ? arbitraryFor(op.body)
    : op.bodyType === 'text/csv'
      ? csvArbitrary(known)
      : fc.constant(undefined);
  return fc.record({ params, query, body }).map((p) => ({
    ...p,
    hasBody: op.body !== undefined || op.bodyType !== undefined,
  }));
}

/** A CSV intake file: a header of known (sometimes unknown) columns and a few rows of text. */
function csvArbitrary(known: KnownValues): fc.Arbitrary<string> {
  const column = fc.oneof(fc.constantFrom(...INTAKE_COLUMNS), fc.string({ maxLength: 8 }));
  const cell = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('I-247A', '2017-02', 'administrative', '2026-11-28T09:00:00-08:00', ...(known.facilityId ?? [])),
  );
  const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return fc
    .uniqueArray(column, { minLength: 1, maxLength: 8 })
    .chain((header) =>
      fc
        .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 3 })
        .map((rows) => [header, ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n'),
    );
}

/** Every path inside a JSON value, the root included. */
function pathsIn(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsIn(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...prefix, k]))];
  }
  return here;
}

function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A valid request for the operation, or (about half the time) the same with one hostile change. */
export function requestArbitrary(op: Operation, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  const parts = partsArbitrary(op, known);
  const valid = parts.map((p) => render(op, p, undefined));
  const hostile = parts.chain((p) => {
    const choices: Array<fc.Arbitrary<FuzzRequest>> = [];
    if (op.body) {
      const paths = pathsIn(p.body);
      const objects = paths.filter((path) => {
        const v = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], p.body);
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      choices.push(
        fc
          .tuple(fc.constantFrom(...paths), fc.constantFrom(...HOSTILE_VALUES))
          .map(([path, [label, value]]) =>
            render(op, { ...p, body: setAt(p.body, path, value) }, { label, part: 'body', path, value }),
          ),
      );
      if (objects.length > 0) {
        choices.push(
          fc
            .tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...HOSTILE_VALUES))
            .map(([path, key, [label, value]]) =>
              render(
                op,
                { ...p, body: setAt(p.body, [...path, key], value) },
                { label: `added key ${key}: ${label}`, part: 'body', path: [...path, key], value },
              ),
            ),
        );
      }
    }
    if (op.body || op.bodyType || op.method !== 'GET') {
      choices.push(
        fc
          .constantFrom(...HOSTILE_BODIES.filter(([label]) => !label.startsWith('1 MB')))
          .map(([label, contentType, payload]) =>
            render(op, p, { label, part: 'body', path: [] }, { contentType, payload }),
          ),
      );
    }
    const queryParams = op.parameters.filter((x) => x.in === 'query').map((x) => x.name);
    const hostileText = HOSTILE_TEXT.filter(([label]) => !label.startsWith('1 MB'));
    if (queryParams.length > 0) {
      choices.push(
        fc
          .tuple(fc.constantFrom(...queryParams), fc.constantFrom(...hostileText))
          .map(([name, [label, value]]) =>
            render(
              op,
              { ...p, query: [...p.query.filter(([k]) => k !== name), [name, value]] },
              { label, part: 'query', path: [name], value },
            ),
          ),
        fc.tuple(fc.constantFrom(...queryParams), fc.constantFrom(...queryParams)).map(([name, again]) =>
          render(
            op,
            { ...p, query: [...p.query, [name, 'a'], [again, 'b']] },
            {
              label: 'a parameter repeated',
              part: 'query',
              path: [name],
            },
          ),
        ),
      );
    }
    choices.push(
      fc
        .constantFrom(...HOSTILE_QUERY_KEYS)
        .map((name) =>
          render(
            op,
            { ...p, query: [...p.query, [name, '1']] },
            { label: `query key ${name}`, part: 'query', path: [name] },
          ),
        ),
    );
    const pathParams = op.parameters.filter((x) => x.in === 'path').map((x) => x.name);
    if (pathParams.length > 0) {
      choices.push(
        fc
          .tuple(fc.constantFrom(...pathParams), fc.constantFrom(...hostileText))
          .map(([name, [label, value]]) =>
            render(
              op,
              { ...p, params: { ...p.params, [name]: value } },
              { label, part: 'params', path: [name], value },
            ),
          ),
      );
    }
    return fc.oneof(...choices);
  });
  return fc.oneof(valid, hostile);
}

/**
 * The deterministic hostile requests of an operation: every hostile body, a NUL in every text field
 * of the valid body, every hostile text in every parameter.
 */
export function hostileRequests(op: Operation, base: Parts): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  if (op.body || op.bodyType || op.method !== 'GET') {
    for (const [label, contentType, payload] of HOSTILE_BODIES) {
      requests.push(render(op, base, { label, part: 'body', path: [] }, { contentType, payload }));
    }
  }
  // Every text field of the valid body, with a NUL inside (PostgreSQL cannot store one: it must be refused first).
  for (const path of pathsIn(base.body)) {
    const value = path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)?.[k], base.body);
    if (typeof value !== 'string' || path.length === 0) continue;
    const hostile = `${value}\u0000x`;
    requests.push(
      render(
        op,
        { ...base, body: setAt(base.body, path, hostile) },
        { label: 'NUL inside text', part: 'body', path, value: hostile },
      ),
    );
  }
  for (const name of HOSTILE_QUERY_KEYS) {
    const parts = { ...base, query: [...base.query, [name, '1'] as [string, string]] };
    requests.push(render(op, parts, { label: `query key ${name}`, part: 'query', path: [name] }));
  }
  // The 1 MB text goes in the first parameter of each part only: the rest get 20 KB, which is as long for them.
  const firstOfPart = new Set(['path', 'query'].map((part) => op.parameters.find((p) => p.in === part)?.name));
  for (const param of op.parameters) {
    for (const [label, value] of HOSTILE_TEXT) {
      if (label.startsWith('1 MB') && !firstOfPart.has(param.name)) continue;
      const parts =
        param.in === 'path'
          ? { ...base, params: { ...base.params, [param.name]: value } }
          : {
              ...base,
              query: [...base.query.filter(([k]) => k !== param.name), [param.name, value] as [string, string]],
            };
      requests.push(
        render(op, parts, { label, part: param.in === 'path' ? 'params' : 'query', path: [param.name], value }),
      );
    }
  }
  return requests;
}

/** One valid request's parts, from the known values (for the deterministic hostile requests). */
export function baseParts(op: Operation, known: KnownValues, body: unknown): Parts {
  const value = (name: string) => known[name]?.[0] ?? 'x';
  return {
    params: Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, value(p.name)])),
    query: op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, value(p.name)]),
    body,
    hasBody: op.body !== undefined || op.bodyType !== undefined,
  };
}
