import type { Kysely, Selectable } from 'kysely';
import type {
  AccountChange,
  AccountChangeOutcome,
  AccountStore,
  SessionRecord,
  SessionStore,
  UserAccount,
} from '../../core/auth/security.ports.js';
import type { User } from '../../core/auth/user.js';
import type { AgencyId, UserId } from '../../core/shared/ids.js';
import { count, instant, optionalInstant, toFlag, toInstant } from '../codecs.js';
import type { Database, SessionsTable, UsersTable } from '../schema.js';
import { toUser } from './user.repository.js';

/** Rolls a transaction back when an invariant would break; never escapes this file. */
class NoActiveAdmin extends Error {}

/** User accounts as their administrators change them. */
export class SqlAccountStore implements AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async listAccounts(agencyId: AgencyId): Promise<UserAccount[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .orderBy('email')
      .execute();
    return rows.map(toAccount);
  }

  async findAccount(id: UserId): Promise<UserAccount | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toAccount(row);
  }

  async recordSignIn(id: UserId, at: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ last_sign_in_at: toInstant(at) })
      .where('id', '=', id)
      .execute();
  }

  async change(id: UserId, change: AccountChange, at: Date): Promise<AccountChangeOutcome> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        const user = await trx
          .selectFrom('users')
          .select(['agency_id', 'role'])
          .where('id', '=', id)
          .executeTakeFirst();
        if (!user) return 'not-found';
        const mayRemoveAnAdmin =
          user.role === 'admin' && ((change.role !== undefined && change.role !== 'admin') || change.disabled === true);
        if (mayRemoveAnAdmin) {
          // Lock the agency's admins (a no-op write) so that two admins changing each other at once
          // cannot both pass the count below.
          await trx
            .updateTable('users')
            .set((eb) => ({ role: eb.ref('role') }))
            .where('agency_id', '=', user.agency_id)
            .where('role', '=', 'admin')
            .execute();
        }
        await trx
          .updateTable('users')
          .set({
            ...(change.role !== undefined ? { role: change.role } : {}),
            ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
            ...(change.disabled !== undefined ? { disabled: toFlag(change.disabled) } : {}),
          })
          .where('id', '=', id)
          .execute();
        if (change.disabled === true) {
          await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
          await trx
            .updateTable('api_tokens')
            .set({ revoked_at: toInstant(at) })
            .where('user_id', '=', id)
            .where('revoked_at', 'is', null)
            .execute();
        }
        if (mayRemoveAnAdmin) {
          const admins = await trx
            .selectFrom('users')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('agency_id', '=', user.agency_id)
            .where('role', '=', 'admin')
            .where('disabled', '=', toFlag(false))
            .executeTakeFirstOrThrow();
          if (count(admins.n as string | number) === 0) throw new NoActiveAdmin();
        }
        return 'changed';
      });
    } catch (error) {
      if (error instanceof NoActiveAdmin) return 'no-active-admin';
      throw error;
    }
  }

  async setPasswordHash(id: UserId, passwordHash: string): Promise<'changed' | 'not-found'> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return 'not-found';
      await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
      return 'changed';
    });
  }
}

/** Sessions by id: resume, list, revoke. */
export class SqlSessionStore implements SessionStore {
  constructor(private readonly db: Kysely<Database>) {}

  async find(digest: string): Promise<{ session: SessionRecord; user: User } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select([
        'sessions.id as session_id',
        'sessions.created_at as session_created_at',
        'sessions.last_seen_at as session_last_seen_at',
        'sessions.expires_at as session_expires_at',
        'sessions.user_agent as session_user_agent',
      ])
      .where('sessions.digest', '=', digest)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      user: toUser(row),
      session: toSession({
        id: row.session_id,
        user_id: row.id,
        created_at: row.session_created_at,
        last_seen_at: row.session_last_seen_at,
        expires_at: row.session_expires_at,
        user_agent: row.session_user_agent,
      }),
    };
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: toInstant(at) })
      .where('id', '=', id)
      .execute();
  }

  async describe(digest: string, userAgent: string): Promise<void> {
    await this.db.updateTable('sessions').set({ user_agent: userAgent }).where('digest', '=', digest).execute();
  }

  async listForUser(userId: UserId): Promise<SessionRecord[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
      .where('user_id', '=', userId)
      .execute();
    return rows.map(toSession);
  }

  async deleteForUser(userId: UserId, id: string): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) > 0;
  }

  async deleteAllForUser(userId: UserId, exceptId?: string): Promise<number> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptId) query = query.where('id', '!=', exceptId);
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }
}

function toAccount(row: Selectable<UsersTable>): UserAccount {
  return { ...toUser(row), lastSignInAt: optionalInstant(row.last_sign_in_at) };
}

function toSession(
  row: Pick<Selectable<SessionsTable>, 'id' | 'user_id' | 'created_at' | 'last_seen_at' | 'expires_at' | 'user_agent'>,
): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id as UserId,
    createdAt: instant(row.created_at),
    lastSeenAt: instant(row.last_seen_at),
    expiresAt: instant(row.expires_at),
    userAgent: row.user_agent,
  };
}
