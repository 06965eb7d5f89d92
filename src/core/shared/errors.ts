import type { ProblemKind, ProblemParams } from './problem-kinds.js';
/**
 * Expected failures of the domain, as values. Adapters map each code to an HTTP status
 * (server/errors/error-codes.ts) or an exit code (cli/exit-codes.ts); the list is closed.
 * Messages and details never carry personal data (names, birth dates, A-numbers).
 */
export const DOMAIN_ERROR_CODES = [
  'REQUEST.INVALID_FIELD',
  'REQUEST.TOO_BROAD',
  'AUTH.UNAUTHENTICATED',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.FORBIDDEN',
  'AUTH.SECOND_FACTOR_REQUIRED',
  'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
  'AUTH.SECOND_FACTOR_ALREADY_ENABLED',
  'AUTH.SECOND_FACTOR_NOT_ENROLLED',
  'TOKEN.NOT_FOUND',
  'DETAINER.NOT_FOUND',
  'DETAINER.DUPLICATE_REFERENCE',
  'DETAINER.ILLEGAL_TRANSITION',
  'DETAINER.VERSION_CONFLICT',
  'DETAINER.OVERRIDE_NOT_PERMITTED',
  'NOTICE.NOT_FOUND',
  // A notice served before previews were kept (migration 0010): its PDF is still there.
  'NOTICE.PREVIEW_UNAVAILABLE',
  'INTAKE.INVALID_ROWS',
  'IDENTITY.NO_OPEN_CONFLICT',
  'AUDIT.CHAIN_BROKEN',
  // Signed audit heads asked of a server or command that has no signing key (AUDIT_SIGNING_KEY).
  'AUDIT.NO_SIGNING_KEY',
  'FACILITY.NOT_FOUND',
  'AGENCY.NOT_FOUND',
  'PLACE.NOT_FOUND',
  'USER.NOT_FOUND',
  'USER.ALREADY_EXISTS',
  'POLICY.NOT_FOUND',
  'POLICY.MISSING_FACT',
  'POLICY.CONFLICTING_RULES',
  'POLICY.UNKNOWN_FORM',
  'POLICY.UNKNOWN_PLACE',
  'POLICY.INVALID_LIBRARY',
  // Sign-in security (0007): throttled sign-in, sessions by id, the last admin of an agency.
  'AUTH.TEMPORARILY_LOCKED',
  'SESSION.NOT_FOUND',
  'USER.LAST_ADMIN',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface DomainError {
  readonly kind: 'domain-error';
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

export function domainError(code: DomainErrorCode, message: string, details?: Record<string, unknown>): DomainError {
  return details === undefined
    ? { kind: 'domain-error', code, message }
    : { kind: 'domain-error', code, message, details };
}

/**
 * A well-formed question that would cost more than the configured cap (records read, rows answered):
 * `field` names what to narrow, `setting` the cap's configuration variable.
 */
export function tooBroad(
  field: string,
  what: string,
  estimate: number,
  limit: number,
  setting: string,
  narrow: string,
): DomainError {
  return domainError(
    'REQUEST.TOO_BROAD',
    `${field}: the answer would ${what} about ${estimate}, more than this server allows (${limit}); ${narrow}`,
    { field, problem: `would ${what} more than ${limit}; ${narrow}`, estimate, limit, setting },
  );
}

/**
 * A field that failed validation: `field` is a JSON-pointer-like path, `problem` says what is wrong
 * (English), `kind` and its parameters say it for a machine (see problem-kinds.ts).
 */
export function invalidField(
  field: string,
  problem: string,
  kind: ProblemKind,
  params: ProblemParams = {},
): DomainError {
  return domainError('REQUEST.INVALID_FIELD', `${field}: ${problem}`, { field, problem, kind, ...params });
}
