import type { DomainErrorCode } from '../../core/shared/errors.js';

/** Codes only the HTTP layer produces. */
export type HttpErrorCode =
  | 'REQUEST.MALFORMED_JSON'
  | 'REQUEST.BODY_TOO_LARGE'
  | 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
  | 'ROUTE.NOT_FOUND'
  | 'METHOD.NOT_ALLOWED'
  | 'REQUEST.RATE_LIMITED'
  | 'SERVER.BUSY'
  | 'SERVER.SHUTTING_DOWN'
  | 'SERVER.INTERNAL';

export type ErrorCode = DomainErrorCode | HttpErrorCode;

/** The one closed list of error codes the API answers with, and the status of each. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  'REQUEST.INVALID_FIELD': 400,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.BODY_TOO_LARGE': 413,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.FORBIDDEN': 403,
  // The password was right; the account has a second factor and the answer needs its code.
  'AUTH.SECOND_FACTOR_REQUIRED': 401,
  // An admin or supervisor without a second factor: only enrolment is open until they confirm one.
  'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED': 403,
  'AUTH.SECOND_FACTOR_ALREADY_ENABLED': 409,
  'AUTH.SECOND_FACTOR_NOT_ENROLLED': 409,
  'TOKEN.NOT_FOUND': 404,
  'ROUTE.NOT_FOUND': 404,
  'DETAINER.NOT_FOUND': 404,
  'FACILITY.NOT_FOUND': 404,
  'AGENCY.NOT_FOUND': 404,
  'PLACE.NOT_FOUND': 404,
  'USER.NOT_FOUND': 404,
  'POLICY.NOT_FOUND': 404,
  'METHOD.NOT_ALLOWED': 405,
  'DETAINER.DUPLICATE_REFERENCE': 409,
  'DETAINER.ILLEGAL_TRANSITION': 409,
  'DETAINER.VERSION_CONFLICT': 409,
  'IDENTITY.NO_OPEN_CONFLICT': 409,
  'DETAINER.OVERRIDE_NOT_PERMITTED': 409,
  'NOTICE.NOT_FOUND': 404,
  // A notice served before its text was kept for a preview (migration 0010): download its PDF instead.
  'NOTICE.PREVIEW_UNAVAILABLE': 404,
  // A bulk intake file with invalid rows: nothing was written; the details are the row-by-row report.
  'INTAKE.INVALID_ROWS': 422,
  'AUDIT.CHAIN_BROKEN': 500,
  // GET /audit/heads on a server started without AUDIT_SIGNING_KEY: it publishes no heads it cannot sign.
  'AUDIT.NO_SIGNING_KEY': 503,
  'USER.ALREADY_EXISTS': 409,
  // The input is well formed, but the law cannot decide on it: a fact it needs is missing, the form
  // edition or the place is unknown, or two rules of one level bind opposite ways.
  'POLICY.MISSING_FACT': 422,
  'POLICY.UNKNOWN_FORM': 422,
  'POLICY.UNKNOWN_PLACE': 422,
  'POLICY.CONFLICTING_RULES': 422,
  // A question (replay, statistics) that would read or answer more than the configured cap: narrow details.field.
  'REQUEST.TOO_BROAD': 422,
  // Too many requests from this address (anonymous) or user (signed in); Retry-After says when to try again.
  'REQUEST.RATE_LIMITED': 429,
  // The law library itself is broken (it is checked at start, so this should never be seen).
  'POLICY.INVALID_LIBRARY': 500,
  'SERVER.INTERNAL': 500,
  'SERVER.SHUTTING_DOWN': 503,
  // Sign-in refused without checking the password: the account or address is locked, or must wait.
  // The answer carries Retry-After (details.retryAfterSeconds) and is the same for every email.
  'AUTH.TEMPORARILY_LOCKED': 429,
  'SESSION.NOT_FOUND': 404,
  // The change would leave the agency with no enabled admin.
  'USER.LAST_ADMIN': 409,
  // Every worker thread is busy and the queue is full; Retry-After says when to try again.
  'SERVER.BUSY': 503,
};

export const ERROR_CODES = Object.keys(HTTP_STATUS) as ErrorCode[];
