import type { UserId } from '../shared/ids.js';

/** A user's TOTP second factor. `confirmedAt` is null while enrolment waits for the first code. */
export interface SecondFactor {
  readonly userId: UserId;
  /** Base32 (RFC 4648) TOTP secret; the server needs it in clear to compute codes. */
  readonly secret: string;
  readonly createdAt: Date;
  readonly confirmedAt: Date | null;
  /** The last TOTP step a code was accepted for: a code of this step or an earlier one is a replay. */
  readonly lastUsedStep: number | null;
}

export interface SecondFactorRepository {
  find(userId: UserId): Promise<SecondFactor | undefined>;
  /** Starts (or restarts) an unconfirmed enrolment; never replaces a confirmed factor ('active'). */
  startEnrolment(factor: { userId: UserId; secret: string; createdAt: Date }): Promise<'started' | 'active'>;
  /**
   * Confirms a pending enrolment at `step` and stores the digests of its recovery codes, replacing any
   * earlier ones, in one transaction. False when there is no pending enrolment.
   */
  confirm(
    userId: UserId,
    step: number | null,
    confirmedAt: Date,
    recoveryCodeDigests: readonly string[],
  ): Promise<boolean>;
  /** Records that a code of `step` was used, only when `step` is after the last used one; false = replay. */
  useStep(userId: UserId, step: number): Promise<boolean>;
  /** Marks an unused recovery code used; false when it is unknown or already used. */
  useRecoveryCode(userId: UserId, digest: string, usedAt: Date): Promise<boolean>;
  /** How many recovery codes are still unused. */
  unusedRecoveryCodes(userId: UserId): Promise<number>;
  /** Removes the factor and its recovery codes; `endSessions` also deletes the user's sessions. Atomic. */
  remove(userId: UserId, options: { endSessions: boolean }): Promise<void>;
}

/** Randomness for second factors (a port, so the core stays pure and tests can fix it). */
export interface SecondFactorRandom {
  /** A new base32 TOTP secret of 160 bits (RFC 4226 recommends the HMAC-SHA1 output length). */
  totpSecret(): string;
  /** A new recovery code, e.g. "k3j9d-x7q2m": 10 characters of base32 (50 bits). */
  recoveryCode(): string;
}

export interface SecondFactorPorts {
  readonly factors: SecondFactorRepository;
  readonly random: SecondFactorRandom;
  /** The issuer authenticator apps show beside the account, e.g. "Detainer Desk". */
  readonly issuer: string;
}
