import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Identity conflicts: each request keeps the subject's details as it submitted them (never replaced
 * by the record on file), and a difference from the record on file is flagged for staff to resolve.
 */
export function identityConflicts(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('submitted_subjects')
        .addColumn('detainer_id', 'text', (c) => c.primaryKey().references('detainer_requests.id'))
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text')
        .addColumn('birth_date', 'text')
        .addColumn('a_number', 'text')
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('identity_conflicts')
        .addColumn('detainer_id', 'text', (c) => c.primaryKey().references('detainer_requests.id'))
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('fields', t.json, (c) => c.notNull())
        .addColumn('detected_at', t.instant, (c) => c.notNull())
        .addColumn('resolved_at', t.instant)
        .addColumn('choice', 'text')
        .addColumn('resolved_by', 'text')
        .execute();
      await db.schema
        .createIndex('identity_conflicts_agency_open')
        .on('identity_conflicts')
        .columns(['agency_id', 'resolved_at', 'detected_at'])
        .execute();
    },
  };
}
