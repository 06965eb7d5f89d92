import type { Kysely, Selectable } from 'kysely';
import type { ApiToken, ApiTokenListing, ApiTokenRepository } from '../../core/auth/api-token.ports.js';
import type { User } from '../../core/auth/user.js';
import type { AgencyId, ApiTokenId, UserId } from '../../core/shared/ids.js';
import { instant, optionalInstant, toInstant } from '../codecs.js';
import type { ApiTokensTable, Database } from '../schema.js';
import { toUser } from './user.repository.js';

/** Personal API tokens; the secret itself is never stored, only its SHA-256 digest. */
export class SqlApiTokenRepository implements ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(token: ApiToken & { digest: string }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        user_id: token.userId,
        name: token.name,
        digest: token.digest,
        created_at: toInstant(token.createdAt),
        expires_at: toInstant(token.expiresAt),
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
  }

  async findActive(digest: string, now: Date): Promise<{ token: ApiToken; user: User } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .selectAll('users')
      .select([
        'api_tokens.id as token_id',
        'api_tokens.name as token_name',
        'api_tokens.created_at as token_created_at',
        'api_tokens.expires_at as token_expires_at',
        'api_tokens.last_used_at as token_last_used_at',
        'api_tokens.revoked_at as token_revoked_at',
      ])
      .where('api_tokens.digest', '=', digest)
      .where('api_tokens.revoked_at', 'is', null)
      .where('api_tokens.expires_at', '>', toInstant(now))
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      user: toUser(row),
      token: toToken({
        id: row.token_id,
        user_id: row.id,
        name: row.token_name,
        created_at: row.token_created_at,
        expires_at: row.token_expires_at,
        last_used_at: row.token_last_used_at,
        revoked_at: row.token_revoked_at,
      }),
    };
  }

  async recordUse(id: ApiTokenId, now: Date, notBefore: Date): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: toInstant(now) })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', toInstant(notBefore))]))
      .execute();
  }

  async findById(id: ApiTokenId): Promise<ApiTokenListing | undefined> {
    const row = await this.listing().where('api_tokens.id', '=', id).executeTakeFirst();
    return row && toListing(row);
  }

  async list(filter: { userId?: UserId; agencyId?: AgencyId }): Promise<ApiTokenListing[]> {
    let query = this.listing().orderBy('api_tokens.created_at', 'desc').orderBy('api_tokens.id');
    if (filter.userId) query = query.where('api_tokens.user_id', '=', filter.userId);
    if (filter.agencyId) query = query.where('users.agency_id', '=', filter.agencyId);
    return (await query.execute()).map(toListing);
  }

  async revoke(id: ApiTokenId, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: toInstant(now) })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Every column but the digest, with the owner's agency and email. */
  private listing() {
    return this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([
        'api_tokens.id',
        'api_tokens.user_id',
        'api_tokens.name',
        'api_tokens.created_at',
        'api_tokens.expires_at',
        'api_tokens.last_used_at',
        'api_tokens.revoked_at',
        'users.agency_id',
        'users.email',
      ]);
  }
}

type TokenRow = Omit<Selectable<ApiTokensTable>, 'digest'>;

function toToken(row: TokenRow): ApiToken {
  return {
    id: row.id as ApiTokenId,
    userId: row.user_id as UserId,
    name: row.name,
    createdAt: instant(row.created_at),
    // A token without an expiry (before migration 0008) counts as expired at its creation.
    expiresAt: instant(row.expires_at ?? row.created_at),
    lastUsedAt: optionalInstant(row.last_used_at),
    revokedAt: optionalInstant(row.revoked_at),
  };
}

function toListing(row: TokenRow & { agency_id: string; email: string }): ApiTokenListing {
  return { ...toToken(row), agencyId: row.agency_id as AgencyId, userEmail: row.email };
}
