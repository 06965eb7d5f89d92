import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/** The lifetime tokens created before this migration get, counted from their creation (they had none). */
const LEGACY_TOKEN_DAYS = 90;

/**
 * API tokens expire and record their last use; users may have a TOTP second factor with single-use
 * recovery codes (stored only as SHA-256 digests). Tokens created before this migration expire
 * 90 days after their creation, like new ones by default.
 */
export function tokenExpirySecondFactor(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('api_tokens').addColumn('expires_at', t.instant).execute();
      await db.schema.alterTable('api_tokens').addColumn('last_used_at', t.instant).execute();
      const legacy = db as unknown as Kysely<{
        api_tokens: { id: string; created_at: Date | string; expires_at: string | null };
      }>;
      const rows = await legacy.selectFrom('api_tokens').select(['id', 'created_at']).execute();
      for (const row of rows) {
        const expiresAt = new Date(new Date(row.created_at).getTime() + LEGACY_TOKEN_DAYS * 86_400_000);
        await legacy
          .updateTable('api_tokens')
          .set({ expires_at: expiresAt.toISOString() })
          .where('id', '=', row.id)
          .execute();
      }
      await db.schema.createIndex('api_tokens_user_id').on('api_tokens').column('user_id').execute();

      await db.schema
        .createTable('user_second_factors')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('confirmed_at', t.instant)
        .addColumn('last_used_step', 'bigint')
        .execute();

      await db.schema
        .createTable('user_recovery_codes')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('used_at', t.instant)
        .addPrimaryKeyConstraint('user_recovery_codes_pk', ['user_id', 'digest'])
        .execute();
    },
  };
}
