import type { DomainError } from '../../core/shared/errors.js';
import type { Result } from '../../core/shared/result.js';
import { HTTP_STATUS, type ErrorCode } from './error-codes.js';

/** An error answer: thrown by handlers, turned into the error envelope by the one error handler. */
export class ApiError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.statusCode = HTTP_STATUS[code];
  }

  static from(error: DomainError): ApiError {
    return new ApiError(error.code, error.message, error.details);
  }
}

/** The value of a use case's result, or the matching API error. */
export function unwrap<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  throw ApiError.from(result.error);
}
