import type { Kysely } from 'kysely';
import type { DetainerProjection } from '../core/lifecycle/lifecycle.ports.js';
import { toFlag, toInstant } from './codecs.js';
import type { Database } from './schema.js';

/** The columns of `detainer_states` a projection sets (everything but the keys and `updated_at`). */
export function projectionColumns(projection: DetainerProjection) {
  return {
    status: projection.status,
    version: projection.version,
    hold_deadline: projection.holdDeadline ? toInstant(projection.holdDeadline) : null,
    next_duty_due: projection.nextDutyDue ? toInstant(projection.nextDutyDue) : null,
    decision_blocked: toFlag(projection.decisionBlocked),
    received_at: projection.receivedAt ? toInstant(projection.receivedAt) : null,
    sort_rank: projection.urgency.rank,
    sort_at: projection.urgency.at ? toInstant(projection.urgency.at) : null,
    alarm_at: projection.alarmAt === null ? null : toInstant(new Date(projection.alarmAt)),
    alarm_at_text: projection.alarmAt,
    decision_error: projection.decisionError,
    decision_error_code: projection.decisionErrorCode,
    decision_error_fact: projection.decisionErrorFact,
  };
}

/** Replaces a detainer's rows of `detainer_open_duties` with the projection's open duties. */
export async function replaceOpenDuties(
  db: Kysely<Database>,
  agencyId: string,
  detainerId: string,
  projection: DetainerProjection,
  exists: boolean,
): Promise<void> {
  if (exists) await db.deleteFrom('detainer_open_duties').where('detainer_id', '=', detainerId).execute();
  if (projection.openDuties.length === 0) return;
  await db
    .insertInto('detainer_open_duties')
    .values(
      projection.openDuties.map((duty, position) => ({
        detainer_id: detainerId,
        position,
        agency_id: agencyId,
        duty_id: duty.dutyId,
        text: duty.text,
        due: toInstant(new Date(duty.due)),
        due_text: duty.due,
      })),
    )
    .execute();
}
