import type { AgencyId, UserId } from '../shared/ids.js';
import type { AuthDeps } from './auth.use-cases.js';
import type { SecurityEventLog } from './security-event.ports.js';
import type { Role } from './roles.js';
import type { ThrottlePolicy, ThrottleScope, ThrottleState } from './sign-in-throttle.js';
import type { User } from './user.js';

/** A throttled key: "account:<email digest>" or "address:<ip>". */
export interface ThrottleKey {
  readonly key: string;
  readonly scope: ThrottleScope;
}

export interface ThrottleWrite extends ThrottleKey {
  /** The new state; undefined deletes the key's state. */
  readonly state: ThrottleState | undefined;
}

/** Stores throttle state; the core decides (sign-in-throttle.ts). */
export interface SignInThrottleStore {
  /**
   * Reads the keys' states, runs `decide` on them and writes what it asks, atomically: another
   * attempt on the same keys (in this process or another server) waits until this one is written.
   */
  update<T>(
    keys: readonly ThrottleKey[],
    decide: (current: ReadonlyMap<string, ThrottleState>) => { writes: readonly ThrottleWrite[]; result: T },
  ): Promise<T>;
  read(keys: readonly string[]): Promise<ReadonlyMap<string, ThrottleState>>;
}

/** A user account as its administrators see it. */
export interface UserAccount extends User {
  readonly lastSignInAt: Date | null;
}

export interface AccountChange {
  readonly role?: Role;
  readonly displayName?: string;
  readonly disabled?: boolean;
}

export type AccountChangeOutcome = 'changed' | 'not-found' | 'no-active-admin';

export interface AccountStore {
  listAccounts(agencyId: AgencyId): Promise<UserAccount[]>;
  findAccount(id: UserId): Promise<UserAccount | undefined>;
  recordSignIn(id: UserId, at: Date): Promise<void>;
  /**
   * Applies the change in one transaction. Disabling also deletes the user's sessions and revokes
   * their API tokens (at `at`). Refuses ('no-active-admin', nothing written) when the user's agency
   * would be left with no enabled admin; concurrent changes in the agency wait for each other.
   */
  change(id: UserId, change: AccountChange, at: Date): Promise<AccountChangeOutcome>;
  /** Sets the password hash and deletes the user's sessions, in one transaction. */
  setPasswordHash(id: UserId, passwordHash: string): Promise<'changed' | 'not-found'>;
}

export interface SessionRecord {
  readonly id: string;
  readonly userId: UserId;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
  readonly userAgent: string | null;
}

/** Sessions by id: for resuming, listing and revoking them. Keys are digests of secrets, never secrets. */
export interface SessionStore {
  find(digest: string): Promise<{ session: SessionRecord; user: User } | undefined>;
  touch(id: string, at: Date): Promise<void>;
  describe(digest: string, userAgent: string): Promise<void>;
  listForUser(userId: UserId): Promise<SessionRecord[]>;
  /** Deletes one session of the user; false when the user has no session with this id. */
  deleteForUser(userId: UserId, id: string): Promise<boolean>;
  /** Deletes every session of the user but `exceptId`; returns how many. */
  deleteAllForUser(userId: UserId, exceptId?: string): Promise<number>;
}

/** What the sign-in guard, account administration and session management need, on top of AuthDeps. */
export interface SecurityDeps extends AuthDeps {
  readonly throttles: SignInThrottleStore;
  readonly securityEvents: SecurityEventLog;
  readonly accounts: AccountStore;
  readonly sessionStore: SessionStore;
  /** A session unused for this long ends (SESSION_IDLE_MINUTES). */
  readonly sessionIdleMs: number;
  readonly throttlePolicies: { readonly account: ThrottlePolicy; readonly address: ThrottlePolicy };
}
