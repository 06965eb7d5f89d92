import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Settings } from 'typebox/system';
import { Value } from 'typebox/value';
import { domainError, type DomainError } from './errors.js';
import { PROBLEM_KEY } from './input-types.js';
import { PROBLEM_KIND_KEY, type ProblemKind, type ProblemParams } from './problem-kinds.js';
import { err, ok, type Result } from './result.js';
import { fieldName, type FieldProblem, type ValidateOptions } from './field-problems.js';

export { fieldName, fieldProblems, type FieldProblem, type ValidateOptions } from './field-problems.js';

/** A problem's text and kind (with its parameters), before the field is named. */
type Said = ProblemParams & { readonly problem: string; readonly kind: ProblemKind };

interface SchemaError {
  readonly keyword: string;
  readonly schemaPath: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * TypeBox's compiler, not ajv: TypeBox is the schema language already, it is pure (no I/O, no
 * framework), compiles each schema once, knows the formats the inputs use, and compiles patterns
 * with the `u` flag as JSON Schema asks. The HTTP layer and the CLI call this same function.
 */
const compiled = new WeakMap<TSchema, ReturnType<typeof Compile>>();
function validatorOf(schema: TSchema) {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = Compile(schema);
    compiled.set(schema, validator);
  }
  return validator;
}

/**
 * At most this many problems (one per field) are reported for one value: every bad field of any
 * input the API accepts (the largest, an intake row or a command, has a few dozen fields), while a
 * hostile value with thousands of bad entries still makes a bounded answer. The README says so.
 */
export const MAX_PROBLEMS = 100;

/**
 * TypeBox stops listing errors at its `maxErrors` setting (8 by default), which would hide every
 * problem after the eighth. A field can make several errors (a union's branches each make their
 * own), so the errors are listed up to ten per problem reported.
 */
const MAX_SCHEMA_ERRORS = MAX_PROBLEMS * 10;

/** The schema's errors for a value that failed, with TypeBox's limit raised for this call only. */
function schemaErrors(validator: ReturnType<typeof Compile>, value: unknown): SchemaError[] {
  const settings = Settings.Get();
  const before = settings.maxErrors;
  Settings.Set({ maxErrors: MAX_SCHEMA_ERRORS });
  try {
    return validator.Errors(value) as SchemaError[];
  } finally {
    Settings.Set({ maxErrors: before });
  }
}

/**
 * Checks a value against an input schema. The one error shape: REQUEST.INVALID_FIELD with
 * `details.field` (a path such as `subject.reference` or `probableCause[1]`) and `details.problem`;
 * when several fields fail, `details.problems` lists each `{field, problem}` (the first is also in
 * field/problem), every bad field up to MAX_PROBLEMS. Problems never repeat the value.
 */
export function validateInput<T extends TSchema>(
  schema: T,
  value: unknown,
  options: ValidateOptions = {},
): Result<Static<T>, DomainError> {
  const validator = validatorOf(schema);
  if (validator.Check(value)) return ok(value as Static<T>);
  return err(invalidFields(problemsOf(schema, value, schemaErrors(validator, value), options)));
}

/**
 * The same check for input that arrives as text (query strings, path parameters, headers, CLI
 * options): numbers and booleans written as text are converted, and defaults filled, first.
 */
export function validateTextInput<T extends TSchema>(
  schema: T,
  value: unknown,
  options: ValidateOptions = {},
): Result<Static<T>, DomainError> {
  const converted = Value.Default(schema, convertText(schema, value));
  return validateInput(schema, converted, options);
}

const INTEGER_TEXT = /^-?\d{1,16}$/;
const NUMBER_TEXT = /^-?\d{1,16}(\.\d{1,16})?$/;

/**
 * Numbers and booleans of a flat object (a query string, CLI options) written as text become
 * numbers and booleans, strictly: `1.5` stays text for an integer (and fails it), `1e20` and `0x10`
 * stay text, only `true` and `false` are booleans. Anything else is left for the schema to refuse.
 */
function convertText(schema: TSchema, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const properties = ((schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}) as Record<
    string,
    { type?: unknown }
  >;
  const out = Object.create(null) as Record<string, unknown>; // a `__proto__` parameter stays a plain key
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === undefined) continue;
    const type = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key]!.type : undefined;
    if (typeof field !== 'string') out[key] = field;
    else if (type === 'integer' && INTEGER_TEXT.test(field)) out[key] = Number(field);
    else if (type === 'number' && NUMBER_TEXT.test(field)) out[key] = Number(field);
    else if (type === 'boolean' && (field === 'true' || field === 'false')) out[key] = field === 'true';
    else out[key] = field;
  }
  return out;
}

/** The one error for input that failed its checks (schema or semantic). */
export function invalidFields(problems: readonly FieldProblem[]): DomainError {
  const [first, ...rest] = problems;
  if (!first) {
    return domainError('REQUEST.INVALID_FIELD', 'body: is invalid', {
      field: 'body',
      problem: 'is invalid',
      kind: 'invalid',
    });
  }
  const message =
    rest.length === 0
      ? `${first.field}: ${first.problem}`
      : `${first.field}: ${first.problem} (and ${rest.length} more: see details.problems)`;
  const details: Record<string, unknown> = { ...first };
  if (rest.length > 0) details.problems = problems.map((p) => ({ ...p }));
  return domainError('REQUEST.INVALID_FIELD', message, details);
}

function problemsOf(
  schema: TSchema,
  value: unknown,
  errors: readonly SchemaError[],
  options: ValidateOptions,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (segments: readonly (string | number)[], said: Said) => {
    const field = fieldName(segments, options);
    if (seen.has(field) || problems.length >= MAX_PROBLEMS) return;
    seen.add(field);
    problems.push({ field, ...said });
  };
  // Errors inside a union's branches say little; the union's own error names the field.
  const unionPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  // TypeBox reports in the schema's order (an object's missing and unknown fields before its fields'
  // own errors); of one object, unknown fields come first: they explain the missing ones.
  const firstAt = new Map<string, number>();
  errors.forEach((e, i) => firstAt.has(e.instancePath) || firstAt.set(e.instancePath, i));
  const order = (e: SchemaError) => firstAt.get(e.instancePath)! * 2 + (e.keyword === 'additionalProperties' ? 0 : 1);
  const ordered = [...errors].sort((a, b) => order(a) - order(b));
  for (const error of ordered) {
    const segments = segmentsOf(error.instancePath, value);
    if (error.keyword === 'boolean') continue; // `additionalProperties: false`: reported below by name
    if ([...unionPaths].some((p) => p !== error.instancePath && isWithin(error.instancePath, p))) continue;
    if (unionPaths.has(error.instancePath) && error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    if (error.keyword === 'required') {
      for (const name of list(error.params.requiredProperties))
        add([...segments, name], { problem: 'is required', kind: 'required' });
      continue;
    }
    if (error.keyword === 'additionalProperties') {
      const unknown = (segments.length === 0 ? options.unknownField : undefined) ?? 'is not a known field';
      for (const name of list(error.params.additionalProperties)) {
        add([...segments, name], { problem: unknown, kind: 'unknownField' });
      }
      continue;
    }
    add(segments, problemText(error, schemaAt(schema, error.schemaPath)));
  }
  return problems.length > 0 ? problems : [{ field: fieldName([], options), problem: 'is invalid', kind: 'invalid' }];
}

function isWithin(path: string, parent: string): boolean {
  return path.startsWith(`${parent}/`) || (parent === '' && path !== '');
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
}

/** `/subject/reference` -> ['subject', 'reference']; an index into a list becomes a number. */
function segmentsOf(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const segments: (string | number)[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      current = current[Number(key)];
    } else {
      segments.push(key);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return segments;
}

function schemaAt(root: TSchema, schemaPath: string): Record<string, unknown> | undefined {
  let current: unknown = root;
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/')) {
    if (raw === '') continue;
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : undefined;
}

const TYPE_PROBLEM: Readonly<Record<string, string>> = {
  string: 'must be text',
  integer: 'must be a whole number',
  number: 'must be a number',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
  null: 'must be null',
};

const FORMAT_PROBLEM: Readonly<Record<string, string>> = {
  uuid: 'must be a UUID',
  'date-time': 'must be an ISO 8601 instant with a time zone offset',
  date: 'must be a date that exists, written YYYY-MM-DD',
};

function problemText(error: SchemaError, schema: Record<string, unknown> | undefined): Said {
  const p = error.params;
  const own = schema?.[PROBLEM_KEY];
  const ownKind = schema?.[PROBLEM_KIND_KEY] as ProblemKind | undefined;
  const years = schema?.['x-problem-years'] as ProblemParams['years'] | undefined;
  const limit = Number(p.limit);
  // A schema's own words (a pattern's, a format's), with its kind when it names one.
  const owned = (fallback: string, kind: ProblemKind): Said =>
    typeof own === 'string'
      ? {
          problem: own,
          kind: ownKind ?? kind,
          ...(years && { years }),
        }
      : { problem: fallback, kind };
  switch (error.keyword) {
    case 'type': {
      const types = list(p.type);
      const problem =
        types.length === 1 ? (TYPE_PROBLEM[types[0]!] ?? `must be ${types[0]}`) : `must be ${types.join(' or ')}`;
      return { problem, kind: 'type', allowed: types };
    }
    case 'enum': {
      const allowed = list(p.allowedValues);
      return { problem: `must be one of ${allowed.join(', ')}`, kind: 'oneOf', allowed };
    }
    case 'const':
      return { problem: `must be ${String(p.allowedValue)}`, kind: 'oneOf', allowed: [String(p.allowedValue)] };
    case 'minLength':
      return limit === 1
        ? { problem: 'must not be empty', kind: 'empty' }
        : { problem: `must be at least ${limit} characters`, kind: 'minLength', limit };
    case 'maxLength':
      return { problem: `must be at most ${limit} characters`, kind: 'maxLength', limit };
    case 'minimum':
      return { problem: `must be at least ${limit}`, kind: 'minimum', limit };
    case 'maximum':
      return { problem: `must be at most ${limit}`, kind: 'maximum', limit };
    case 'exclusiveMinimum':
      return { problem: `must be more than ${limit}`, kind: 'minimum', limit };
    case 'exclusiveMaximum':
      return { problem: `must be less than ${limit}`, kind: 'maximum', limit };
    case 'minItems':
      return limit === 1
        ? { problem: 'must not be an empty list', kind: 'empty' }
        : { problem: `must list at least ${limit} items`, kind: 'minItems', limit };
    case 'maxItems':
      return { problem: `must list at most ${limit} items`, kind: 'maxItems', limit };
    case 'uniqueItems':
      return { problem: 'lists an item more than once', kind: 'duplicate' };
    case 'minProperties':
      return { problem: 'must give at least one field', kind: 'minFields' };
    case 'maxProperties':
      return { problem: `must give at most ${limit} fields`, kind: 'maxFields', limit };
    case 'pattern':
      return owned('is not in the expected form', 'form');
    case 'format': {
      const format = String(p.format);
      const kind: ProblemKind =
        format === 'uuid' ? 'uuid' : format === 'date-time' ? 'instant' : format === 'date' ? 'date' : 'form';
      return owned(FORMAT_PROBLEM[format] ?? `must be a ${format}`, kind);
    }
    case 'anyOf':
    case 'oneOf':
      return owned('is not one of the accepted forms', 'form');
    default:
      return owned('is invalid', 'invalid');
  }
}
