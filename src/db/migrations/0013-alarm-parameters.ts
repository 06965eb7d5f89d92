import type { Kysely } from 'kysely';
import type { DetainerEvent, DetainerEventPayload } from '../../core/lifecycle/detainer-event.js';
import { foldDetainer } from '../../core/lifecycle/detainer-state.js';
import { projectionOf } from '../../core/lifecycle/projection.js';
import { isoInstant, json } from '../codecs.js';
import type { Database } from '../schema.js';

const BATCH = 500;

/**
 * The decision-blocked alarm's parameters from the projection (the desk words alarms in Spanish):
 * `detainer_states` gains the engine's error kind and missing fact beside its English message. The
 * rows with a message get both from their events (forward only).
 */
export function alarmParameters() {
  return {
    async up(raw: Kysely<unknown>): Promise<void> {
      const db = raw as Kysely<Database>;
      await db.schema.alterTable('detainer_states').addColumn('decision_error_code', 'text').execute();
      await db.schema.alterTable('detainer_states').addColumn('decision_error_fact', 'text').execute();
      const now = new Date();
      let after = '';
      for (;;) {
        const ids = (
          await db
            .selectFrom('detainer_states')
            .select('detainer_id')
            .where('detainer_id', '>', after)
            .where('decision_error', 'is not', null)
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
          await db
            .updateTable('detainer_states')
            .set({
              decision_error_code: projection.decisionErrorCode,
              decision_error_fact: projection.decisionErrorFact,
            })
            .where('detainer_id', '=', detainerId)
            .execute();
        }
      }
    },
  };
}
