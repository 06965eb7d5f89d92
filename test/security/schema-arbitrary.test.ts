import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operationsOf } from '../support/request-fuzz.js';
import { arbitraryFor, type JsonSchema } from '../support/schema-arbitrary.js';
import { openApiDocument } from '../support/security-fixtures.js';

/** The fuzzer's JSON Schema -> fast-check converter makes values that satisfy their schema. */

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);

const satisfies = (schema: JsonSchema, runs = 200) => {
  const validate = ajv.compile(schema);
  fc.assert(
    fc.property(arbitraryFor(schema), (value) => {
      if (!validate(value)) throw new Error(`${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`);
    }),
    { seed: 42, numRuns: runs },
  );
};

describe('schema-arbitrary', () => {
  it.each<[string, JsonSchema]>([
    ['string lengths', { type: 'string', minLength: 3, maxLength: 5 }],
    ['pattern', { type: 'string', pattern: '^(pre-2010|\\d{4}(-\\d{2})?)$', maxLength: 7 }],
    [
      'formats',
      { type: 'array', items: { anyOf: ['date', 'date-time', 'uuid'].map((f) => ({ type: 'string', format: f })) } },
    ],
    ['integer range', { type: 'integer', minimum: 1, maximum: 200 }],
    ['number range', { type: 'number', minimum: -1, maximum: 1 }],
    ['enum and const', { type: 'array', items: { oneOf: [{ enum: ['a', 'b'] }, { const: 7 }] } }],
    ['array sizes', { type: 'array', items: { type: 'boolean' }, minItems: 2, maxItems: 3 }],
    ['null and type lists', { type: ['string', 'null'] }],
    [
      'objects: required, closed, minProperties',
      {
        type: 'object',
        required: ['a'],
        properties: { a: { type: 'string' }, b: { type: 'integer' }, c: { type: 'boolean' } },
        additionalProperties: false,
        minProperties: 2,
      },
    ],
    ['open objects', { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: {} }],
  ])('%s', (_name, schema) => satisfies(schema));

  it('refuses a keyword it does not honour, rather than half-fuzzing', () => {
    expect(() => arbitraryFor({ type: 'string', contentEncoding: 'base64' })).toThrow(/contentEncoding/);
    expect(() => arbitraryFor({ type: 'string', format: 'ipv6' })).toThrow(/ipv6/);
  });

  it("covers every request schema of the app's OpenAPI document", async () => {
    const operations = operationsOf(await openApiDocument());
    const schemas = operations.flatMap((op) => [
      ...(op.body ? [[`${op.method} ${op.path} body`, op.body] as const] : []),
      ...op.parameters.map((p) => [`${op.method} ${op.path} ${p.in} ${p.name}`, p.schema] as const),
    ]);
    expect(schemas.length).toBeGreaterThan(20);
    for (const [where, schema] of schemas) {
      expect(() => satisfies(schema, 50), where).not.toThrow();
    }
  });
});
