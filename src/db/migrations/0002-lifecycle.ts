import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/** Tables that only ever grow: database triggers refuse UPDATE and DELETE on them (DESIGN.md section 6). */
export const APPEND_ONLY_TABLES = ['detainer_events', 'decisions', 'notices', 'personal_data_reads'] as const;

/** Event-sourced lifecycle: the hash-chained event log, its projection, decisions, notices, and reads of personal data. */
export function lifecycle(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('agencies')
        .addColumn('default_discretion', 'text', (c) => c.notNull().defaultTo('comply'))
        .execute();

      await db.schema
        .createTable('detainer_events')
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('detainer_id', 'text', (c) => c.notNull().references('detainer_requests.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', t.json, (c) => c.notNull())
        .addColumn('recorded_at', t.instant, (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('detainer_events_pk', ['agency_id', 'seq'])
        .addUniqueConstraint('detainer_events_detainer_version', ['detainer_id', 'version'])
        .execute();

      await db.schema
        .createTable('agency_chain_heads')
        .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addColumn('last_hash', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('detainer_states')
        .addColumn('detainer_id', 'text', (c) => c.primaryKey().references('detainer_requests.id'))
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('hold_deadline', t.instant)
        .addColumn('next_duty_due', t.instant)
        .addColumn('decision_blocked', t.flag, (c) => c.notNull())
        .addColumn('updated_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('detainer_states_agency_status')
        .on('detainer_states')
        .columns(['agency_id', 'status'])
        .execute();
      await db.schema
        .createIndex('detainer_states_status_deadline')
        .on('detainer_states')
        .columns(['status', 'hold_deadline'])
        .execute();

      await db.schema
        .createTable('decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('detainer_id', 'text', (c) => c.notNull().references('detainer_requests.id'))
        .addColumn('decided_at', t.instant, (c) => c.notNull())
        .addColumn('document', t.json, (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('decisions_detainer').on('decisions').column('detainer_id').execute();

      await db.schema
        .createTable('notices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('detainer_id', 'text', (c) => c.notNull().references('detainer_requests.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('pdf', t.bytes, (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notices_detainer').on('notices').column('detainer_id').execute();

      await db.schema
        .createTable('personal_data_reads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('detainer_id', 'text', (c) => c.notNull().references('detainer_requests.id'))
        .addColumn('read_at', t.instant, (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('personal_data_reads_detainer')
        .on('personal_data_reads')
        .column('detainer_id')
        .execute();

      await refuseChanges(db, engine);
    },
  };
}

async function refuseChanges(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine === 'postgres') {
    await sql`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation'; END $$`.execute(db);
    for (const table of APPEND_ONLY_TABLES) {
      await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
      await sql`CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`.execute(db);
    }
    return;
  }
  for (const table of APPEND_ONLY_TABLES) {
    for (const operation of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
  }
}
