import type { AgencyId, UserId } from '../shared/ids.js';
import type { Role } from './roles.js';
import type { User, UserWithSecret } from './user.js';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** One-way digest of high-entropy secrets (session ids, API tokens): only digests are stored. */
export interface SecretDigest {
  digest(secret: string): string;
}

export interface NewUser {
  readonly id: UserId;
  readonly agencyId: AgencyId;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly createdAt: Date;
}

export interface UserRepository {
  findByEmail(email: string): Promise<UserWithSecret | undefined>;
  findById(id: UserId): Promise<User | undefined>;
  insert(user: NewUser): Promise<'inserted' | 'email-taken'>;
  list(filter: { agencyId?: AgencyId }): Promise<User[]>;
}

export interface SessionRepository {
  /** The store gives the session its id (not derived from the secret) and last use (now). */
  create(session: { digest: string; userId: UserId; createdAt: Date; expiresAt: Date }): Promise<void>;
  // Finding a session's user, with the idle timeout, is SessionStore.find (security.ports.ts).
  delete(digest: string): Promise<void>;
}

export type { ApiToken, ApiTokenRepository } from './api-token.ports.js';
