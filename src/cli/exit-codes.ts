import type { DomainErrorCode } from '../core/shared/errors.js';

/** Every exit code the CLI uses. Scripts may rely on these; the README lists them. */
export const EXIT = {
  OK: 0,
  /** Something went wrong that is not the caller's input (see stderr). */
  FAILURE: 1,
  /** Bad arguments or invalid input; the message names the field. */
  USAGE: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  FORBIDDEN: 5,
  /** The law needs a fact the input does not give; the message names the fact and the rules. */
  MISSING_FACT: 6,
  /** The database could not be reached or migrated. */
  UNAVAILABLE: 69,
  /** The environment configuration is invalid; the message names the variable. */
  CONFIG: 78,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_FOR_DOMAIN_ERROR: Readonly<Record<DomainErrorCode, ExitCode>> = {
  'REQUEST.INVALID_FIELD': EXIT.USAGE,
  'REQUEST.TOO_BROAD': EXIT.USAGE,
  'AUTH.UNAUTHENTICATED': EXIT.FORBIDDEN,
  'AUTH.INVALID_CREDENTIALS': EXIT.FORBIDDEN,
  'AUTH.FORBIDDEN': EXIT.FORBIDDEN,
  'AUTH.SECOND_FACTOR_REQUIRED': EXIT.FORBIDDEN,
  'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED': EXIT.FORBIDDEN,
  'AUTH.SECOND_FACTOR_ALREADY_ENABLED': EXIT.CONFLICT,
  'AUTH.SECOND_FACTOR_NOT_ENROLLED': EXIT.CONFLICT,
  'TOKEN.NOT_FOUND': EXIT.NOT_FOUND,
  'DETAINER.NOT_FOUND': EXIT.NOT_FOUND,
  'FACILITY.NOT_FOUND': EXIT.NOT_FOUND,
  'AGENCY.NOT_FOUND': EXIT.NOT_FOUND,
  'PLACE.NOT_FOUND': EXIT.NOT_FOUND,
  'USER.NOT_FOUND': EXIT.NOT_FOUND,
  'DETAINER.DUPLICATE_REFERENCE': EXIT.CONFLICT,
  'DETAINER.ILLEGAL_TRANSITION': EXIT.CONFLICT,
  'DETAINER.VERSION_CONFLICT': EXIT.CONFLICT,
  'IDENTITY.NO_OPEN_CONFLICT': EXIT.CONFLICT,
  'DETAINER.OVERRIDE_NOT_PERMITTED': EXIT.CONFLICT,
  'NOTICE.NOT_FOUND': EXIT.NOT_FOUND,
  'NOTICE.PREVIEW_UNAVAILABLE': EXIT.NOT_FOUND,
  'INTAKE.INVALID_ROWS': EXIT.USAGE,
  'AUDIT.CHAIN_BROKEN': EXIT.FAILURE,
  'AUDIT.NO_SIGNING_KEY': EXIT.CONFIG,
  'USER.ALREADY_EXISTS': EXIT.CONFLICT,
  'POLICY.NOT_FOUND': EXIT.NOT_FOUND,
  'POLICY.MISSING_FACT': EXIT.MISSING_FACT,
  'POLICY.UNKNOWN_FORM': EXIT.NOT_FOUND,
  'POLICY.UNKNOWN_PLACE': EXIT.NOT_FOUND,
  'POLICY.CONFLICTING_RULES': EXIT.CONFLICT,
  'POLICY.INVALID_LIBRARY': EXIT.FAILURE,
  'AUTH.TEMPORARILY_LOCKED': EXIT.FORBIDDEN,
  'SESSION.NOT_FOUND': EXIT.NOT_FOUND,
  'USER.LAST_ADMIN': EXIT.CONFLICT,
};

/** Ends a command with an exit code after it has printed everything it has to say. */
export class CliExit extends Error {
  constructor(readonly exitCode: ExitCode) {
    super(`exit ${exitCode}`);
  }
}

/** A failure a command reports and exits on; carries its exit code. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}
