import type { AgencyId, UserId } from '../shared/ids.js';

/**
 * The security event log (CJIS Security Policy 5.4, audit and accountability): sign-ins, locks,
 * account, credential and second-factor changes. Its own file: the use cases of sign-in, accounts,
 * tokens and second factors all write to it, and none of them may depend on another's ports.
 */
export const SECURITY_EVENT_KINDS = [
  'sign-in.succeeded',
  'sign-in.failed',
  /** The password was right; the second factor's code was not given yet (the attempt is not counted). */
  'sign-in.second-factor-asked',
  /** Refused without checking the password: the account or address is locked, or must wait. */
  'sign-in.refused',
  'account.locked',
  'address.locked',
  'account.unlocked',
  'user.added',
  'user.changed',
  'user.disabled',
  'user.enabled',
  'user.password-set',
  'session.revoked',
  /** An API token was created (details: tokenId, expiresAt) or revoked (details: tokenId); userId is its owner. */
  'token.created',
  'token.revoked',
  /** Second factor (TOTP): enrolment started (a secret was issued), confirmed (enabled), turned off by its user, or reset by an admin. */
  'second-factor.enrolment-started',
  'second-factor.enabled',
  'second-factor.disabled',
  'second-factor.reset',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/**
 * One security event. Never a password or any attempted secret; for an email with no account,
 * only its digest. `actorId` is the admin who acted (null: the user themself, or the server's CLI).
 */
export interface SecurityEvent {
  readonly id: string;
  readonly occurredAt: Date;
  readonly kind: SecurityEventKind;
  readonly agencyId: AgencyId | null;
  readonly userId: UserId | null;
  readonly actorId: UserId | null;
  readonly emailDigest: string | null;
  readonly address: string | null;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** An event as read back, with the email of its user when the user is known. */
export interface SecurityEventView extends SecurityEvent {
  readonly userEmail: string | null;
}

export interface SecurityEventFilter {
  /** Undefined: every agency, and the events of no agency (the CLI on the server only). */
  readonly agencyId?: AgencyId;
  readonly kind?: SecurityEventKind;
  readonly userId?: UserId;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly offset: number;
}

export interface SecurityEventLog {
  append(event: SecurityEvent): Promise<void>;
  /** Newest first. */
  list(filter: SecurityEventFilter): Promise<{ events: SecurityEventView[]; total: number }>;
}
