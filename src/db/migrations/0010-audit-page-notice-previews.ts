import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * The auditor's page and notice previews: the log of personal-data reads is listed by agency, newest
 * first (an index), and says through which channel each read came (session, token, cli); a notice
 * keeps what it says, as laid out, beside its PDF, so that the desk can show it in the page. Both
 * columns are null for rows written before; the tables stay append-only (adding a column is no update).
 */
export function auditPageNoticePreviews(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('personal_data_reads').addColumn('channel', 'text').execute();
      await db.schema
        .createIndex('personal_data_reads_agency_time')
        .on('personal_data_reads')
        .columns(['agency_id', 'read_at'])
        .execute();
      await db.schema.alterTable('notices').addColumn('content', t.json).execute();
    },
  };
}
