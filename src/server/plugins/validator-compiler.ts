import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Bodies are validated strictly: no type coercion, unknown fields rejected, defaults left alone.
 * Query strings and path parameters arrive as text, so there numbers and booleans are coerced.
 */
export function strictValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const make = (options: Options) => {
    const ajv = new Ajv({ allErrors: false, strict: false, removeAdditional: false, useDefaults: true, ...options });
    addFormats.default(ajv);
    return ajv;
  };
  const body = make({ coerceTypes: false });
  const text = make({ coerceTypes: 'array' });
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
