import { sql, type Kysely } from 'kysely';
import type { DetainerEvent, DetainerEventPayload } from '../../core/lifecycle/detainer-event.js';
import { foldDetainer } from '../../core/lifecycle/detainer-state.js';
import { projectionOf } from '../../core/lifecycle/projection.js';
import { isoInstant, json } from '../codecs.js';
import type { Engine } from '../engine.js';
import { projectionColumns, replaceOpenDuties } from '../projection-rows.js';
import type { Database } from '../schema.js';
import { columnTypes } from './column-types.js';

const BATCH = 500;

/**
 * The inbox by deadline and the alarms from the projection (issue 11): `detainer_states` gains the
 * inbox's urgency key (`sort_rank`, `sort_at`, with `received_at` to break ties), the instant of a
 * critical alarm (`alarm_at`, and as written in the events), the law's reason when it could not
 * decide; `detainer_open_duties` holds each open detainer's unserved duties with a due time. Every
 * detainer's row is computed again from its events (forward only), and a request that has no
 * projection row yet (logged before the lifecycle) gets one, pending.
 */
export function inboxUrgency(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(raw: Kysely<unknown>): Promise<void> {
      const db = raw as Kysely<Database>;
      await db.schema.alterTable('detainer_states').addColumn('received_at', t.instant).execute();
      await db.schema
        .alterTable('detainer_states')
        .addColumn('sort_rank', 'integer', (c) => c.notNull().defaultTo(2))
        .execute();
      await db.schema.alterTable('detainer_states').addColumn('sort_at', t.instant).execute();
      await db.schema.alterTable('detainer_states').addColumn('alarm_at', t.instant).execute();
      await db.schema.alterTable('detainer_states').addColumn('alarm_at_text', 'text').execute();
      await db.schema.alterTable('detainer_states').addColumn('decision_error', 'text').execute();
      await db.schema
        .createTable('detainer_open_duties')
        .addColumn('detainer_id', 'text', (c) => c.notNull().references('detainer_requests.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('duty_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('due', t.instant, (c) => c.notNull())
        .addColumn('due_text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('detainer_open_duties_pk', ['detainer_id', 'position'])
        .execute();

      // A request without a projection row is pending at version 0 (as the inbox always read it).
      await sql`INSERT INTO detainer_states (detainer_id, agency_id, status, version, decision_blocked, updated_at, received_at, sort_rank)
        SELECT d.id, d.agency_id, 'pending', 0, ${engine === 'postgres' ? sql`false` : sql`0`}, d.created_at, d.received_at, 2
        FROM detainer_requests d
        WHERE NOT EXISTS (SELECT 1 FROM detainer_states p WHERE p.detainer_id = d.id)`.execute(db);

      const now = new Date();
      let after = '';
      for (;;) {
        const ids = (
          await db
            .selectFrom('detainer_states')
            .select('detainer_id')
            .where('detainer_id', '>', after)
            .where('version', '>', 0)
            .orderBy('detainer_id')
            .limit(BATCH)
            .execute()
        ).map((row) => row.detainer_id);
        if (ids.length === 0) break;
        after = ids[ids.length - 1]!;
        const rows = await db
          .selectFrom('detainer_events')
          .selectAll()
          .where('detainer_id', 'in', ids)
          .orderBy('detainer_id')
          .orderBy('version')
          .execute();
        const streams = new Map<string, DetainerEvent[]>();
        for (const row of rows) {
          const events = streams.get(row.detainer_id) ?? [];
          events.push({
            detainerId: row.detainer_id,
            agencyId: row.agency_id,
            version: Number(row.version),
            payload: json<DetainerEventPayload>(row.payload),
            recordedAt: isoInstant(row.recorded_at),
            actor: row.actor,
          });
          streams.set(row.detainer_id, events);
        }
        for (const [detainerId, events] of streams) {
          const projection = projectionOf(foldDetainer(events), now);
          // The columns this migration adds (0013's are set by 0013).
          const {
            status: _status,
            version: _version,
            decision_error_code: _code,
            decision_error_fact: _fact,
            ...columns
          } = projectionColumns(projection);
          await db.updateTable('detainer_states').set(columns).where('detainer_id', '=', detainerId).execute();
          await replaceOpenDuties(db, events[0]!.agencyId, detainerId, projection, false);
        }
      }

      await db.schema
        .createIndex('detainer_states_inbox_urgency')
        .on('detainer_states')
        .columns(['agency_id', 'sort_rank', 'sort_at', 'received_at desc', 'detainer_id'])
        .execute();
      await db.schema
        .createIndex('detainer_states_alarms')
        .on('detainer_states')
        .columns(['agency_id', 'status', 'alarm_at', 'detainer_id'])
        .execute();
      await db.schema
        .createIndex('detainer_states_blocked')
        .on('detainer_states')
        .columns(['agency_id', 'decision_blocked', 'detainer_id'])
        .execute();
      await db.schema
        .createIndex('detainer_open_duties_due')
        .on('detainer_open_duties')
        .columns(['agency_id', 'due', 'detainer_id', 'position'])
        .execute();
    },
  };
}
