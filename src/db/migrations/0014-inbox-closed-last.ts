import { sql, type Kysely } from 'kysely';

/**
 * The inbox by deadline puts closed requests after every open one (`urgencyOf`, rank 3). Before,
 * closed and open requests with nothing due shared rank 2 and were ordered by receipt, so on ICE's own
 * Pennsylvania records (two thirds closed) the desk's first page was a third closed requests. The
 * projection's stored rank of every closed request moves to 3; nothing else changes. Forward only, and
 * safe with the previous version still serving: it reads the same columns and only orders differently.
 */
export function inboxClosedLast() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`UPDATE detainer_states SET sort_rank = 3
        WHERE status IN ('transferred', 'released', 'lifted', 'cancelled')`.execute(db);
    },
  };
}
