import fc from 'fast-check';

/**
 * A small JSON Schema -> fast-check arbitrary converter, for the keywords the OpenAPI document's
 * request schemas use: type, properties, required, additionalProperties, minProperties, enum,
 * const, anyOf/oneOf, items, minItems/maxItems, minLength/maxLength, pattern, format (date,
 * date-time, uuid, email), minimum/maximum. Values it makes satisfy the schema; a keyword it does
 * not know throws, so that a schema the converter cannot honour is noticed, not half-fuzzed.
 */

export type JsonSchema = Readonly<Record<string, unknown>>;

const IGNORED = new Set(['description', 'title', 'default', 'examples', '$id', 'deprecated', 'readOnly', 'writeOnly']);
const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

export function arbitraryFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  for (const key of Object.keys(schema)) {
    // `x-*` keys are OpenAPI specification extensions: annotations, never constraints.
    if (!KNOWN.has(key) && !IGNORED.has(key) && !key.startsWith('x-'))
      throw new Error(`schema-arbitrary: unsupported keyword "${key}"`);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map(arbitraryFor));

  const type = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t: unknown) => arbitraryFor({ ...schema, type: t })));
  switch (type) {
    case 'string':
      return stringFor(schema);
    case 'integer':
    case 'number':
      return numberFor(schema, type);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayFor(schema);
    case 'object':
      return objectFor(schema);
    case undefined:
      // No type: any JSON value (e.g. `additionalProperties: {}`).
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`schema-arbitrary: unsupported type ${String(type)}`);
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? 40;
  const fits = (s: string) => [...s].length >= minLength && [...s].length <= maxLength;
  // Within the schema's own years where it states them (the law map's dates start in 2008).
  const years = schema['x-problem-years'] as { from: number; to: number } | undefined;
  const day = fc.date({
    min: new Date(`${Math.max(1990, years?.from ?? 1990)}-01-01T00:00:00Z`),
    max: new Date(`${Math.min(2030, years?.to ?? 2030)}-12-31T00:00:00Z`),
    noInvalidDate: true,
  });
  switch (schema.format) {
    case 'date':
      return day.map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .tuple(day, fc.constantFrom('Z', '+00:00', '-05:00', '-08:00', '+05:30'))
        .map(([d, zone]) => d.toISOString().replace('Z', zone === 'Z' ? 'Z' : zone));
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress().filter(fits);
    case undefined:
      break;
    default:
      throw new Error(`schema-arbitrary: unsupported format ${String(schema.format)}`);
  }
  if (typeof schema.pattern === 'string') {
    // A pattern's own length counts when the schema sets no maxLength (the default cap of free text
    // would make a longer pattern's strings never fit: the filter would spin forever).
    const fitsPattern = (t: string) =>
      [...t].length >= minLength && [...t].length <= ((schema.maxLength as number | undefined) ?? Infinity);
    return fc.stringMatching(new RegExp(schema.pattern)).filter(fitsPattern);
  }
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40), unit: 'binary' });
}

function numberFor(schema: JsonSchema, type: 'integer' | 'number'): fc.Arbitrary<number> {
  const min = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined);
  const max = (schema.maximum as number | undefined) ?? (schema.exclusiveMaximum as number | undefined);
  if (type === 'integer') {
    return fc
      .integer({ min: min ?? -1_000_000, max: max ?? 1_000_000 })
      .filter((n) => n !== schema.exclusiveMinimum && n !== schema.exclusiveMaximum);
  }
  return fc
    .double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n !== schema.exclusiveMinimum && n !== schema.exclusiveMaximum);
}

function arrayFor(schema: JsonSchema): fc.Arbitrary<unknown[]> {
  const items = (schema.items as JsonSchema | undefined) ?? {};
  const minLength = (schema.minItems as number | undefined) ?? 0;
  const maxLength = (schema.maxItems as number | undefined) ?? Math.max(minLength, 4);
  const arbitrary = arbitraryFor(items);
  return schema.uniqueItems
    ? fc.uniqueArray(arbitrary, { minLength, maxLength, comparator: 'SameValueZero' })
    : fc.array(arbitrary, { minLength, maxLength });
}

function objectFor(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = (schema.required as string[] | undefined) ?? [];
  const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, arbitraryFor(value)]));
  const known = fc.record(model, { requiredKeys: required.filter((k) => k in properties) });
  const extra = schema.additionalProperties;
  let arbitrary: fc.Arbitrary<Record<string, unknown>> = known;
  if (extra !== undefined && extra !== false) {
    const values = extra === true ? fc.jsonValue({ maxDepth: 2 }) : arbitraryFor(extra as JsonSchema);
    const extraKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !(k in properties) && !isPrototypeKey(k));
    arbitrary = fc
      .tuple(known, fc.dictionary(extraKey, values, { maxKeys: 3 }))
      .map(([k, more]) => Object.assign(Object.create(null) as Record<string, unknown>, more, k));
  }
  const minProperties = (schema.minProperties as number | undefined) ?? 0;
  const maxProperties = (schema.maxProperties as number | undefined) ?? Infinity;
  if (minProperties === 0 && maxProperties === Infinity) return arbitrary;
  return arbitrary.filter((o) => Object.keys(o).length >= minProperties && Object.keys(o).length <= maxProperties);
}

const isPrototypeKey = (key: string) => key === '__proto__' || key === 'constructor' || key === 'prototype';
