import type { Kysely, Transaction } from 'kysely';
import { GENESIS_HASH, linkHash } from '../../core/audit/hash-chain.js';
import type {
  DetainerEvent,
  DetainerEventPayload,
  NoticeKind,
  NoticeLanguage,
} from '../../core/lifecycle/detainer-event.js';
import type {
  AppendBatch,
  DetainerEventStore,
  NoticeContent,
  ProjectedAlarm,
  StoredDecision,
  StoredNotice,
} from '../../core/lifecycle/lifecycle.ports.js';
import type { AgencyId, DetainerId } from '../../core/shared/ids.js';
import { alarmPageQuery } from './alarm-page.query.js';
import { count, instant, isoInstant, json, toInstant } from '../codecs.js';
import { projectionColumns, replaceOpenDuties } from '../projection-rows.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';
import { isVersionClash } from '../unique-violation.js';

export class SqlDetainerEventStore implements DetainerEventStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  async append(batch: AppendBatch): Promise<'appended' | 'version-conflict'> {
    try {
      return await this.db.transaction().execute((trx) => appendInTransaction(trx, this.engine, batch));
    } catch (error) {
      // Another writer stored this version between our check and our insert: the transaction is rolled back.
      if (isVersionClash(error)) return 'version-conflict';
      throw error;
    }
  }

  async load(agencyId: AgencyId, detainerId: DetainerId): Promise<DetainerEvent[]> {
    const rows = await this.db
      .selectFrom('detainer_events')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('detainer_id', '=', detainerId)
      .orderBy('version')
      .execute();
    return rows.map((row) => ({
      detainerId: row.detainer_id,
      agencyId: row.agency_id,
      version: Number(row.version),
      payload: json<DetainerEventPayload>(row.payload),
      recordedAt: isoInstant(row.recorded_at),
      actor: row.actor,
    }));
  }

  async holdsPastDeadline(
    now: Date,
    limit: number,
  ): Promise<Array<{ agencyId: AgencyId; detainerId: DetainerId; version: number }>> {
    const due = (db: Kysely<Database>) =>
      db
        .selectFrom('detainer_states')
        .select(['agency_id', 'detainer_id', 'version'])
        .where('status', '=', 'holding')
        .where('hold_deadline', '<=', toInstant(now))
        .orderBy('hold_deadline')
        .orderBy('detainer_id')
        .limit(limit);
    const rows =
      this.engine === 'postgres'
        ? // Rows another sweeper is looking at right now are skipped, so concurrent sweepers spread the work.
          // Correctness does not depend on it: each expiry is appended with the version it saw.
          await this.db.transaction().execute((trx) => due(trx).forUpdate().skipLocked().execute())
        : await due(this.db).execute();
    return rows.map((row) => ({
      agencyId: row.agency_id as AgencyId,
      detainerId: row.detainer_id as DetainerId,
      version: Number(row.version),
    }));
  }

  async alarms(
    agencyId: AgencyId,
    now: Date,
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ items: ProjectedAlarm[]; total: number }> {
    const result = await alarmPageQuery(this.engine, agencyId, now, page).execute(this.db);
    const rows = result.rows;
    return {
      total: count(rows[0]?.total),
      items: rows
        .filter((row) => row.kind !== null)
        .map((row) => ({
          kind: row.kind as ProjectedAlarm['kind'],
          detainerId: row.detainer_id as string,
          at: row.at_text,
          detail: row.detail,
          dutyId: row.duty_id,
          errorCode: row.error_code,
          errorFact: row.error_fact,
        })),
    };
  }

  async decision(agencyId: AgencyId, decisionId: string): Promise<StoredDecision | undefined> {
    const row = await this.db
      .selectFrom('decisions')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('id', '=', decisionId)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        agencyId: row.agency_id as AgencyId,
        detainerId: row.detainer_id as DetainerId,
        decidedAt: instant(row.decided_at),
        document: json<unknown>(row.document),
        sha256: row.sha256,
      }
    );
  }

  async notice(agencyId: AgencyId, detainerId: DetainerId, noticeId: string): Promise<StoredNotice | undefined> {
    const row = await this.db
      .selectFrom('notices')
      .selectAll()
      .where('agency_id', '=', agencyId)
      .where('detainer_id', '=', detainerId)
      .where('id', '=', noticeId)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        agencyId: row.agency_id as AgencyId,
        detainerId: row.detainer_id as DetainerId,
        kind: row.kind as NoticeKind,
        language: row.language as NoticeLanguage,
        pdf: new Uint8Array(row.pdf),
        sha256: row.sha256,
        createdAt: instant(row.created_at),
        content: row.content === null || row.content === undefined ? null : json<NoticeContent>(row.content),
      }
    );
  }
}

/**
 * Appends a batch inside the caller's transaction: checks the detainer's version against its
 * projection row, chains each event to the agency's head, then writes the head, the projection,
 * the decisions and the notices. Returns 'version-conflict' (having written nothing) when the
 * version moved on; a concurrent writer that slips past the check is stopped by the unique
 * (detainer_id, version) constraint, which the caller maps to 'version-conflict' (see `isVersionClash`).
 *
 * Locking: SQLite has one writer at a time, so the first statement is a write (the chain head's
 * insert-if-absent), which takes the database's write lock before anything is read. PostgreSQL
 * locks the projection row, then the agency's head row, always in that order, so appends to one
 * detainer are serialised and appends to one agency's chain take their sequence numbers one by one.
 */
export async function appendInTransaction(
  trx: Transaction<Database>,
  engine: Engine,
  batch: AppendBatch,
): Promise<'appended' | 'version-conflict'> {
  const { agencyId, detainerId, expectedVersion, events } = batch;
  const finalVersion = expectedVersion + events.length;
  // Programming errors, refused before anything is written.
  if (events.length === 0) throw new Error('An append needs at least one event');
  if (batch.projection.version !== finalVersion) {
    throw new Error(`The projection is at version ${batch.projection.version}, the events end at ${finalVersion}`);
  }
  for (const item of [...batch.decisions, ...batch.notices]) {
    if (item.agencyId !== agencyId || item.detainerId !== detainerId) {
      throw new Error('A decision or notice of the batch belongs to another detainer');
    }
  }

  if (engine === 'sqlite') await ensureChainHead(trx, agencyId);
  let current = trx
    .selectFrom('detainer_states')
    .select(['version', 'agency_id'])
    .where('detainer_id', '=', detainerId);
  if (engine === 'postgres') current = current.forUpdate();
  const projected = await current.executeTakeFirst();
  const version = projected ? Number(projected.version) : 0;
  if (version !== expectedVersion || (projected && projected.agency_id !== agencyId)) return 'version-conflict';

  if (engine === 'postgres') await ensureChainHead(trx, agencyId);
  let headQuery = trx
    .selectFrom('agency_chain_heads')
    .select(['last_seq', 'last_hash'])
    .where('agency_id', '=', agencyId);
  if (engine === 'postgres') headQuery = headQuery.forUpdate();
  const head = await headQuery.executeTakeFirstOrThrow();

  const recordedAt = toInstant(batch.recordedAt);
  let seq = Number(head.last_seq);
  let prevHash = head.last_hash;
  const rows = events.map((event, i) => {
    seq += 1;
    // Stored and hashed as the same JSON value, so what is read back hashes the same on both engines.
    const payload = JSON.parse(JSON.stringify(event.payload)) as DetainerEventPayload;
    const link = {
      agencyId,
      seq,
      detainerId,
      version: expectedVersion + i + 1,
      type: payload.type,
      payload,
      recordedAt,
      actor: event.actor,
      prevHash,
    };
    const hash = linkHash(link);
    prevHash = hash;
    return {
      agency_id: agencyId,
      seq,
      detainer_id: detainerId,
      version: link.version,
      type: link.type,
      payload: JSON.stringify(payload),
      recorded_at: recordedAt,
      actor: link.actor,
      prev_hash: link.prevHash,
      hash,
    };
  });
  await trx.insertInto('detainer_events').values(rows).execute();
  await trx
    .updateTable('agency_chain_heads')
    .set({ last_seq: seq, last_hash: prevHash })
    .where('agency_id', '=', agencyId)
    .execute();

  const { projection } = batch;
  const state = { ...projectionColumns(projection), updated_at: recordedAt };
  if (projected) {
    await trx
      .updateTable('detainer_states')
      .set(state)
      .where('detainer_id', '=', detainerId)
      .where('version', '=', expectedVersion)
      .execute();
  } else {
    await trx
      .insertInto('detainer_states')
      .values({ detainer_id: detainerId, agency_id: agencyId, ...state })
      .execute();
  }
  await replaceOpenDuties(trx, agencyId, detainerId, projection, projected !== undefined);

  if (batch.decisions.length > 0) {
    await trx
      .insertInto('decisions')
      .values(
        batch.decisions.map((d) => ({
          id: d.id,
          agency_id: d.agencyId,
          detainer_id: d.detainerId,
          decided_at: toInstant(d.decidedAt),
          document: JSON.stringify(d.document),
          sha256: d.sha256,
        })),
      )
      .execute();
  }
  if (batch.notices.length > 0) {
    await trx
      .insertInto('notices')
      .values(
        batch.notices.map((n) => ({
          id: n.id,
          agency_id: n.agencyId,
          detainer_id: n.detainerId,
          kind: n.kind,
          language: n.language,
          pdf: Buffer.from(n.pdf.buffer, n.pdf.byteOffset, n.pdf.byteLength),
          sha256: n.sha256,
          created_at: toInstant(n.createdAt),
          content: n.content === null ? null : JSON.stringify(n.content),
        })),
      )
      .execute();
  }
  return 'appended';
}

/** Creates the agency's chain head (at genesis) if it has none yet. */
async function ensureChainHead(trx: Transaction<Database>, agencyId: AgencyId): Promise<void> {
  await trx
    .insertInto('agency_chain_heads')
    .values({ agency_id: agencyId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('agency_id').doNothing())
    .execute();
}
