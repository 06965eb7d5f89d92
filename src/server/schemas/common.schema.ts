import { Type } from 'typebox';
import { ERROR_CODES } from '../errors/error-codes.js';

export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown()),
      requestId: Type.String(),
    }),
  },
  { $id: 'ErrorEnvelope', description: 'Every error answer has this shape; codes come from one closed list.' },
);

/** The error answers of a route; every API route may also answer 429 REQUEST.RATE_LIMITED. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries([...new Set([...statuses, 429])].map((s) => [s, Type.Ref('ErrorEnvelope')]));

export const Uuid = Type.String({ format: 'uuid' });
export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with offset' });
