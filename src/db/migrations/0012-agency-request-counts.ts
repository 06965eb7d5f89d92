import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * The inbox's unfiltered total from a counter, on SQLite (issue 11's desk benchmark): an exact
 * COUNT over an agency's 10,000 requests walks 10,000 index entries at every page, several times
 * the cost of the page itself. `agency_request_counts` holds each agency's number of requests,
 * kept by triggers in the same transaction as the insert (or delete) of a request, so it cannot
 * drift from the table. SQLite only: it has one writer at a time anyway, while on PostgreSQL a
 * counter row would serialise every intake of an agency behind the longest (a bulk import) and
 * its index-only COUNT is already within the target.
 */
export function agencyRequestCounts(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'sqlite') return;
      await db.schema
        .createTable('agency_request_counts')
        .addColumn('agency_id', 'text', (c) => c.primaryKey().references('agencies.id'))
        .addColumn('requests', 'integer', (c) => c.notNull())
        .execute();
      await sql`INSERT INTO agency_request_counts (agency_id, requests)
        SELECT agency_id, count(*) FROM detainer_requests GROUP BY agency_id`.execute(db);
      const add = (agency: string, n: number) =>
        `INSERT INTO agency_request_counts (agency_id, requests) VALUES (${agency}, ${n})
          ON CONFLICT (agency_id) DO UPDATE SET requests = requests + (${n});`;
      await sql
        .raw(
          `CREATE TRIGGER detainer_requests_count_insert AFTER INSERT ON detainer_requests
           BEGIN ${add('NEW.agency_id', 1)} END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER detainer_requests_count_delete AFTER DELETE ON detainer_requests
           BEGIN ${add('OLD.agency_id', -1)} END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER detainer_requests_count_move AFTER UPDATE OF agency_id ON detainer_requests
           WHEN NEW.agency_id IS NOT OLD.agency_id
           BEGIN ${add('OLD.agency_id', -1)} ${add('NEW.agency_id', 1)} END`,
        )
        .execute(db);
    },
  };
}
