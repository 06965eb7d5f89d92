import { sql } from 'kysely';
import { linkHash } from '../../src/core/audit/hash-chain.js';
import type { AgencyId } from '../../src/core/shared/ids.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { SqlAuditChainReader } from '../../src/db/repositories/audit-chain.reader.js';

/**
 * What someone with write access to the database could do to an agency's chain, the append-only
 * triggers lifted first. Each leaves the stored head as it was, except `rewriteAndRehash`, which
 * re-hashes every event after the one it alters and moves the head: a chain consistent with itself.
 */
export type Tampering = 'alter' | 'delete' | 'insert' | 'reorder' | 'rewrite-and-rehash';
export const TAMPERINGS: readonly Tampering[] = ['alter', 'delete', 'insert', 'reorder', 'rewrite-and-rehash'];

async function liftTriggers(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'postgres') await sql`ALTER TABLE detainer_events DISABLE TRIGGER USER`.execute(handle.db);
  else {
    await sql`DROP TRIGGER IF EXISTS detainer_events_no_update`.execute(handle.db);
    await sql`DROP TRIGGER IF EXISTS detainer_events_no_delete`.execute(handle.db);
  }
}

const rowAt = (handle: DatabaseHandle, agencyId: string, seq: number) =>
  handle.db
    .selectFrom('detainer_events')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();

/** Moves the events from `from` on by `by` (through negative seqs, so no two rows ever share one). */
async function shift(handle: DatabaseHandle, agencyId: string, from: number, by: number): Promise<void> {
  await handle.db
    .updateTable('detainer_events')
    .set({ seq: sql`-seq - ${by}` })
    .where('agency_id', '=', agencyId)
    .where('seq', '>=', from)
    .execute();
  await handle.db
    .updateTable('detainer_events')
    .set({ seq: sql`-seq` })
    .where('agency_id', '=', agencyId)
    .where('seq', '<', 0)
    .execute();
}

export async function tamper(handle: DatabaseHandle, agencyId: string, kind: Tampering, seq: number): Promise<void> {
  await liftTriggers(handle);
  const altered = JSON.stringify({ type: 'received', receivedAt: '2020-01-01T00:00:00.000Z' });
  switch (kind) {
    case 'alter':
      await handle.db
        .updateTable('detainer_events')
        .set({ payload: altered })
        .where('agency_id', '=', agencyId)
        .where('seq', '=', seq)
        .execute();
      return;
    case 'delete':
      await handle.db.deleteFrom('detainer_events').where('agency_id', '=', agencyId).where('seq', '=', seq).execute();
      return;
    case 'insert': {
      // A forged event slipped in at `seq`, correctly hashed and linked to the event before it.
      const before = await rowAt(handle, agencyId, seq - 1);
      await shift(handle, agencyId, seq, 1);
      const link = {
        agencyId,
        seq,
        detainerId: before.detainer_id,
        version: 1000,
        type: before.type,
        payload: JSON.parse(typeof before.payload === 'string' ? before.payload : JSON.stringify(before.payload)),
        recordedAt: new Date(before.recorded_at as unknown as string).toISOString(),
        actor: before.actor,
        prevHash: before.hash,
      };
      await handle.db
        .insertInto('detainer_events')
        .values({
          ...before,
          payload: JSON.stringify(link.payload),
          recorded_at: link.recordedAt,
          seq,
          version: 1000,
          prev_hash: before.hash,
          hash: linkHash(link),
        })
        .execute();
      return;
    }
    case 'reorder': {
      // Two neighbours swapped: seq k becomes k+1 and k+1 becomes k.
      await handle.db
        .updateTable('detainer_events')
        .set({ seq: -1 })
        .where('agency_id', '=', agencyId)
        .where('seq', '=', seq)
        .execute();
      await handle.db
        .updateTable('detainer_events')
        .set({ seq })
        .where('agency_id', '=', agencyId)
        .where('seq', '=', seq + 1)
        .execute();
      await handle.db
        .updateTable('detainer_events')
        .set({ seq: seq + 1 })
        .where('agency_id', '=', agencyId)
        .where('seq', '=', -1)
        .execute();
      return;
    }
    case 'rewrite-and-rehash': {
      await tamper(handle, agencyId, 'alter', seq);
      const reading = new SqlAuditChainReader(handle.db).read(agencyId as AgencyId);
      let prev: string | null = null;
      let last = { seq: 0, hash: '' };
      for await (const link of reading.links()) {
        if (link.seq < seq) {
          prev = link.hash;
          continue;
        }
        const { hash: _old, ...rest } = link;
        const hash = linkHash({ ...rest, prevHash: prev ?? rest.prevHash });
        await handle.db
          .updateTable('detainer_events')
          .set({ prev_hash: prev ?? rest.prevHash, hash })
          .where('agency_id', '=', agencyId)
          .where('seq', '=', link.seq)
          .execute();
        prev = hash;
        last = { seq: link.seq, hash };
      }
      await handle.db
        .updateTable('agency_chain_heads')
        .set({ last_seq: last.seq, last_hash: last.hash })
        .where('agency_id', '=', agencyId)
        .execute();
      return;
    }
  }
}
