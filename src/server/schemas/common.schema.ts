import { Type } from 'typebox';
import { PROBLEM_KINDS } from '../../core/shared/problem-kinds.js';
import { ERROR_CODES } from '../errors/error-codes.js';

export const ErrorEnvelope = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES),
      message: Type.String(),
      details: Type.Record(Type.String(), Type.Unknown(), {
        description:
          'For REQUEST.INVALID_FIELD: the first problem as a FieldProblem (field, problem, kind and its ' +
          'parameters), and when several fields fail, problems: every FieldProblem.',
      }),
      requestId: Type.String(),
    }),
  },
  { $id: 'ErrorEnvelope', description: 'Every error answer has this shape; codes come from one closed list.' },
);

/** The error answers of a route; every API route may also answer 429 REQUEST.RATE_LIMITED. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries([...new Set([...statuses, 429])].map((s) => [s, Type.Ref('ErrorEnvelope')]));

/**
 * What is wrong with one field: the English words and, for a client that says it in its reader's
 * language, the kind with its parameters.
 */
export const FieldProblemSchema = Type.Object(
  {
    field: Type.String({ description: 'the field (a path such as subject.reference), the column, or "row"' }),
    problem: Type.String({ description: 'what is wrong, in English; never repeats the value' }),
    kind: Type.Enum(PROBLEM_KINDS, {
      description: 'what is wrong, for a machine (a client says it in its own words, with the parameters below)',
    }),
    limit: Type.Optional(
      Type.Number({
        description:
          'minLength, maxLength, minimum, maximum, minItems, maxItems, maxFields, cellCount, maxDepth: the limit',
      }),
    ),
    other: Type.Optional(
      Type.String({
        description: 'beforeStart, afterEnd: the other field of the range (its start or its end)',
      }),
    ),
    allowed: Type.Optional(
      Type.Immutable(
        Type.Array(Type.String(), {
          description:
            'oneOf, type, edition, unknownColumn, replaceOnly, onlyWith, wrongNotice, noticeNotDue: the accepted ' +
            'values; dutyWaiting: the missing facts',
        }),
      ),
    ),
    years: Type.Optional(
      Type.Object({ from: Type.Integer(), to: Type.Integer() }, { description: 'instant, date: the accepted years' }),
    ),
    date: Type.Optional(Type.String({ description: 'beforeEdition, beforeForm, afterRetired: the date (YYYY-MM-DD)' })),
  },
  { description: 'One field problem (see PROBLEM_KINDS in src/core/shared/problem-kinds.ts)' },
);

export const Uuid = Type.String({ format: 'uuid' });
export const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 instant with offset' });
