import type { Kysely } from 'kysely';
import type { AuditChainReader, AuditChainReading } from '../../core/audit/audit.ports.js';
import type { StoredLink } from '../../core/audit/hash-chain.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { count, isoInstant, json } from '../codecs.js';
import type { Database } from '../schema.js';

const PAGE = 1000;

type Head = { seq: number; hash: string } | null;

/**
 * Reads each agency's hash chain in sequence order, a page at a time, for `audit verify` and the
 * audit page (`GET /audit/chains`).
 *
 * The chain may grow while it is read (a live server keeps appending). So that a verification never
 * mistakes a new event for a removed one, a reading's `links` reads the head when it reaches the end
 * and, if the head has moved past the last event read, reads on; it keeps that head, and the reading's
 * `head` answers it. Every event at or below a head read this way committed with (or before) it, so the
 * head and the events agree unless a row was removed, added or altered. Each reading keeps its own head,
 * so verifications of one agency may run at once.
 */
export class SqlAuditChainReader implements AuditChainReader {
  constructor(private readonly db: Kysely<Database>) {}

  async agencies(): Promise<AgencyId[]> {
    const rows = await this.db
      .selectFrom('agency_chain_heads')
      .select('agency_id')
      .union(this.db.selectFrom('detainer_events').select('agency_id'))
      .orderBy('agency_id')
      .execute();
    return rows.map((row) => row.agency_id as AgencyId);
  }

  read(agencyId: AgencyId, afterSeq?: number): AuditChainReading {
    let observed: { head: Head } | null = null;
    const links = async function* (this: SqlAuditChainReader): AsyncIterable<StoredLink> {
      observed = null;
      // No lower bound on a full reading's first page: a row slipped in below seq 1 must be seen, and breaks the chain.
      let last: number | null = afterSeq ?? null;
      for (;;) {
        const page = await this.page(agencyId, last);
        for (const link of page) yield link;
        last = page.at(-1)?.seq ?? last;
        if (page.length === PAGE) continue;
        const head = await this.readHead(agencyId);
        if (head && head.seq > (last ?? 0)) {
          // Either the chain grew since the last page, or its tail was removed: look once more.
          const more = await this.page(agencyId, last);
          if (more.length > 0) {
            for (const link of more) yield link;
            last = more.at(-1)!.seq;
            continue;
          }
        }
        observed = { head };
        return;
      }
    }.bind(this);
    return {
      links,
      head: async () => (observed ? observed.head : this.readHead(agencyId)),
    };
  }

  async countThrough(agencyId: AgencyId, throughSeq: number): Promise<number> {
    const row = await this.db
      .selectFrom('detainer_events')
      .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
      .where('agency_id', '=', agencyId)
      .where('seq', '<=', throughSeq)
      .executeTakeFirstOrThrow();
    return count(row.n);
  }

  private async readHead(agencyId: AgencyId): Promise<Head> {
    const row = await this.db
      .selectFrom('agency_chain_heads')
      .select(['last_seq', 'last_hash'])
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return row ? { seq: Number(row.last_seq), hash: row.last_hash } : null;
  }

  private async page(agencyId: AgencyId, afterSeq: number | null): Promise<StoredLink[]> {
    let query = this.db.selectFrom('detainer_events').selectAll().where('agency_id', '=', agencyId);
    if (afterSeq !== null) query = query.where('seq', '>', afterSeq);
    const rows = await query.orderBy('seq').limit(PAGE).execute();
    return rows.map((row) => ({
      agencyId: row.agency_id,
      seq: Number(row.seq),
      detainerId: row.detainer_id,
      version: Number(row.version),
      type: row.type,
      payload: json<unknown>(row.payload),
      recordedAt: isoInstant(row.recorded_at),
      actor: row.actor,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }
}
