import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine.js';

/**
 * PostgreSQL: the rollup's index on (state, facility, month) becomes a BRIN index. An import writes a
 * release's rollup in that order, so each small range of pages holds a narrow band of it; a B-tree
 * index took one index insert (and one WAL record) per row: storing the rollup of 2,000,000
 * generated records took 0.51 s with it, 0.24 s with the BRIN index, and the whole import 0.3-0.6 s
 * longer (5 runs of 5). Once the import has summarised the new pages (research-store.ts), the
 * portal's questions take as long as with the B-tree (6.3 and 0.5 ms for a state's and a facility's
 * questions). SQLite keeps its B-tree index: it has no BRIN, and its import is not held back by it.
 */
export function researchRollupBrin(engine: Engine) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine !== 'postgres') return;
      await sql`drop index research_rollup_by_place`.execute(db);
      await sql`create index research_rollup_by_place on research_rollup_monthly
        using brin (state, facility_id, month) with (pages_per_range = 4)`.execute(db);
    },
  };
}
