import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Sign-in security: throttling state (per account digest and per address), the append-only log of
 * security events, session ids and last use (idle timeout), and each user's last sign-in.
 */
export function signInSecurity(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One row per throttled key ("account:<digest of the normalised email>" or "address:<ip>"),
      // written whether or not an account exists for the email, so both answer alike.
      await db.schema
        .createTable('sign_in_throttles')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_started_at', t.instant, (c) => c.notNull())
        .addColumn('last_attempt_at', t.instant, (c) => c.notNull())
        .addColumn('locked_until', t.instant)
        .execute();

      await db.schema
        .createTable('security_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('occurred_at', t.instant, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('email_digest', 'text')
        .addColumn('address', 'text')
        .addColumn('details', t.json, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('security_events_agency_occurred')
        .on('security_events')
        .columns(['agency_id', 'occurred_at'])
        .execute();
      await appendOnly(db, engine);

      await db.schema.alterTable('users').addColumn('last_sign_in_at', t.instant).execute();

      // Sessions get an id that is not derived from their secret (to list and revoke them), the
      // instant they were last used (idle timeout) and a short description of the client.
      await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
      await db.schema.alterTable('sessions').addColumn('last_seen_at', t.instant).execute();
      await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
      const sessions = db as unknown as Kysely<{ sessions: { digest: string; id: string | null } }>;
      for (const row of await sessions.selectFrom('sessions').select('digest').execute()) {
        await sessions.updateTable('sessions').set({ id: randomUUID() }).where('digest', '=', row.digest).execute();
      }
      await sql`UPDATE sessions SET last_seen_at = created_at`.execute(db);
      await db.schema.createIndex('sessions_id').unique().on('sessions').column('id').execute();
      await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();
    },
  };
}

/** security_events refuses UPDATE and DELETE, like the detainer events (0002). */
async function appendOnly(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    // refuse_change() was created by 0002-lifecycle.
    await sql`CREATE TRIGGER security_events_append_only BEFORE UPDATE OR DELETE ON security_events
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
    await sql`CREATE TRIGGER security_events_no_truncate BEFORE TRUNCATE ON security_events
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`.execute(db);
    return;
  }
  for (const operation of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER security_events_no_${operation.toLowerCase()} BEFORE ${operation} ON security_events ` +
          `BEGIN SELECT RAISE(ABORT, 'security_events is append-only'); END`,
      )
      .execute(db);
  }
}
