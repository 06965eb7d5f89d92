import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { NewUser, SessionRepository, UserRepository } from '../../core/auth/auth.ports.js';
import type { Role } from '../../core/auth/roles.js';
import type { User, UserWithSecret } from '../../core/auth/user.js';
import type { AgencyId, UserId } from '../../core/shared/ids.js';
import { flag, instant, toFlag, toInstant } from '../codecs.js';
import { isUniqueViolation } from '../unique-violation.js';
import type { Database, UsersTable } from '../schema.js';

export class SqlUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByEmail(email: string): Promise<UserWithSecret | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && { ...toUser(row), passwordHash: row.password_hash };
  }

  async findById(id: UserId): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async insert(user: NewUser): Promise<'inserted' | 'email-taken'> {
    try {
      await this.db
        .insertInto('users')
        .values({
          id: user.id,
          agency_id: user.agencyId,
          email: user.email,
          display_name: user.displayName,
          role: user.role,
          password_hash: user.passwordHash,
          disabled: toFlag(false),
          created_at: toInstant(user.createdAt),
        })
        .execute();
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error)) return 'email-taken';
      throw error;
    }
  }

  async list(filter: { agencyId?: AgencyId }): Promise<User[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('email');
    if (filter.agencyId) query = query.where('agency_id', '=', filter.agencyId);
    return (await query.execute()).map(toUser);
  }
}

export class SqlSessionRepository implements SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: { digest: string; userId: UserId; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        digest: session.digest,
        user_id: session.userId,
        created_at: toInstant(session.createdAt),
        expires_at: toInstant(session.expiresAt),
        // 0007: the id that lists and revokes the session (never its secret or digest), and its last use.
        id: randomUUID(),
        last_seen_at: toInstant(session.createdAt),
      })
      .execute();
  }

  async delete(digest: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('digest', '=', digest).execute();
  }
}

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id as UserId,
    agencyId: row.agency_id as AgencyId,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    disabled: flag(row.disabled),
    createdAt: instant(row.created_at),
  };
}
