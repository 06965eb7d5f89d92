import { invalidField, type DomainError } from './errors.js';
import type { ProblemKind } from './problem-kinds.js';
import { err, ok, type Result } from './result.js';
import { fieldName } from './field-problems.js';

/**
 * Why a JSON text was refused: `syntax` (not JSON; `position` is the character offset), or a
 * `field` (its path, named as input errors name fields) that is a duplicate key, a
 * prototype-poisoning key (`__proto__`, `constructor.prototype`), or nested too deep.
 */
export type JsonTextProblem =
  | { readonly kind: 'syntax'; readonly position: number }
  | {
      readonly kind: 'field';
      readonly field: string;
      readonly problem: string;
      /** The problem's kind (duplicateKey, forbiddenKey, maxDepth) and its limit (maxDepth). */
      readonly problemKind: ProblemKind;
      readonly limit?: number;
    };

/** Deeper nesting than any input of the API has; bounding it keeps the parser off the stack limit. */
export const MAX_JSON_DEPTH = 64;

class Stop extends Error {
  constructor(readonly problem: JsonTextProblem) {
    super('json');
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A JSON string: unescaped characters from U+0020 (no raw control characters), and the escapes JSON knows.
// eslint-disable-next-line no-control-regex -- refusing raw control characters is the point
const STRING = /"(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * Parses JSON text as JSON.parse does (numbers and strings are decoded by JSON.parse itself), but
 * refuses what JSON.parse lets through silently: a key that appears twice in one object (JSON.parse
 * keeps the last, so two readers of one body could disagree), `__proto__` keys and
 * `constructor.prototype` (as Fastify's secure-json-parse does), and nesting deeper than
 * MAX_JSON_DEPTH. Objects are built without a prototype chain risk: keys are set with
 * defineProperty, and `__proto__` never gets that far. Fields are named as input errors name them,
 * the whole value (and a list's entries, `body[1]`) by `root`: `body` over HTTP, the CLI's own name.
 */
export function parseJsonText(text: string, root = 'body'): Result<unknown, JsonTextProblem> {
  let i = 0;
  const path: (string | number)[] = [];

  const fail = (position: number): never => {
    throw new Stop({ kind: 'syntax', position });
  };
  const refuse = (
    segments: readonly (string | number)[],
    problem: string,
    problemKind: ProblemKind,
    limit?: number,
  ): never => {
    throw new Stop({
      kind: 'field',
      field: fieldName(segments, { root }),
      problem,
      problemKind,
      ...(limit !== undefined && { limit }),
    });
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  const string = (): string => {
    STRING.lastIndex = i;
    const match = STRING.exec(text);
    if (!match) return fail(i);
    i = STRING.lastIndex;
    return JSON.parse(match[0]) as string;
  };
  const literal = (word: string, result: unknown): unknown => {
    if (!text.startsWith(word, i)) return fail(i);
    i += word.length;
    return result;
  };

  const value = (depth: number): unknown => {
    if (depth > MAX_JSON_DEPTH) refuse(path, `nests deeper than ${MAX_JSON_DEPTH} levels`, 'maxDepth', MAX_JSON_DEPTH);
    skip();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) return fail(i);
    i = NUMBER.lastIndex;
    return JSON.parse(match[0]) as number;
  };

  const object = (depth: number): Record<string, unknown> => {
    i++; // {
    const result: Record<string, unknown> = {};
    const keys = new Set<string>();
    skip();
    if (text[i] === '}') {
      i++;
      return result;
    }
    for (;;) {
      skip();
      if (text[i] !== '"') return fail(i);
      const key = string();
      if (keys.has(key)) refuse([...path, key], 'appears more than once in its object', 'duplicateKey');
      if (key === '__proto__') refuse([...path, key], 'is not allowed (prototype poisoning)', 'forbiddenKey');
      keys.add(key);
      skip();
      if (text[i] !== ':') return fail(i);
      i++;
      path.push(key);
      const item = value(depth + 1);
      if (
        key === 'constructor' &&
        typeof item === 'object' &&
        item !== null &&
        Object.prototype.hasOwnProperty.call(item, 'prototype')
      ) {
        refuse([...path, 'prototype'], 'is not allowed (prototype poisoning)', 'forbiddenKey');
      }
      path.pop();
      Object.defineProperty(result, key, { value: item, enumerable: true, writable: true, configurable: true });
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return result;
      }
      return fail(i);
    }
  };

  const array = (depth: number): unknown[] => {
    i++; // [
    const result: unknown[] = [];
    skip();
    if (text[i] === ']') {
      i++;
      return result;
    }
    for (;;) {
      path.push(result.length);
      result.push(value(depth + 1));
      path.pop();
      skip();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return result;
      }
      return fail(i);
    }
  };

  try {
    // A byte order mark is not JSON; JSON.parse refuses it too.
    const result = value(1);
    skip();
    if (i !== text.length) fail(i);
    return ok(result);
  } catch (error) {
    if (error instanceof Stop) return err(error.problem);
    throw error;
  }
}

/** A JSON text's field problem as the one input error (REQUEST.INVALID_FIELD), with its kind. */
export function jsonFieldProblem(problem: Extract<JsonTextProblem, { kind: 'field' }>): DomainError {
  return invalidField(problem.field, problem.problem, problem.problemKind, {
    ...(problem.limit !== undefined && { limit: problem.limit }),
  });
}
