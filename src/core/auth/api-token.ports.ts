import type { AgencyId, ApiTokenId, UserId } from '../shared/ids.js';
import type { User } from './user.js';

/** A personal API token as listed: never its secret or the digest of it. */
export interface ApiToken {
  readonly id: ApiTokenId;
  readonly userId: UserId;
  readonly name: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** A listed token with its owner's agency and email (for admins' agency-wide lists). */
export interface ApiTokenListing extends ApiToken {
  readonly agencyId: AgencyId;
  readonly userEmail: string;
}

export interface ApiTokenRepository {
  insert(token: ApiToken & { digest: string }): Promise<void>;
  /** The token and its owner when the token is neither revoked nor expired at `now`; else undefined. */
  findActive(digest: string, now: Date): Promise<{ token: ApiToken; user: User } | undefined>;
  /** Records a use at `now` unless one was recorded after `notBefore` (at most one write per interval). */
  recordUse(id: ApiTokenId, now: Date, notBefore: Date): Promise<void>;
  findById(id: ApiTokenId): Promise<ApiTokenListing | undefined>;
  /** Tokens of one user, or of every user of one agency; newest first. */
  list(filter: { userId?: UserId; agencyId?: AgencyId }): Promise<ApiTokenListing[]>;
  /** Sets revokedAt unless the token is already revoked; false when it was. */
  revoke(id: ApiTokenId, now: Date): Promise<boolean>;
}
