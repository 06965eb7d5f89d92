import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.js';

/** Releases with an id and a key and nothing imported, as a migration test finds them (columns of 0017). */
export async function insertBareReleases(db: Kysely<Database>, releases: readonly (readonly [string, number])[]) {
  for (const [id, key] of releases) {
    await sql`insert into research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read,
      rows_loaded, rows_rejected, report) values (${id}, ${key}, 'npr', 'file.csv', ${'0'.repeat(64)},
      ${'2026-01-02T03:04:05.000Z'}, 1, 1, 0, ${'{}'})`.execute(db);
  }
}
