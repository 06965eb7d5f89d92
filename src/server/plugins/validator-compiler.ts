import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { validateInput, validateTextInput } from '../../core/shared/validate-input.js';
import { ApiError } from '../errors/api-error.js';

/**
 * Every part of a request (body, query string, path parameters, headers) is checked by the core's
 * one validator with the core's schemas, so every failure answers the same 400 REQUEST.INVALID_FIELD
 * naming the field (`subject.reference`, `offset`, `probableCause[1]`), as the CLI prints it.
 * Bodies are strict: no type coercion, unknown fields refused. Query strings, path parameters and
 * headers arrive as text, so there numbers and booleans written as text are converted and defaults
 * filled.
 */
export function strictValidatorCompiler(): FastifySchemaCompiler<unknown> {
  return ({ schema, httpPart }) => {
    const text = httpPart !== 'body';
    return (data: unknown) => {
      const checked = text
        ? validateTextInput(schema as TSchema, data ?? {}, { root: httpPart ?? 'body' })
        : validateInput(schema as TSchema, data, { root: 'body' });
      return checked.ok ? { value: checked.value } : { error: ApiError.from(checked.error) };
    };
  };
}
