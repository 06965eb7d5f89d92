import { sql, type RawBuilder } from 'kysely';
import { DUTY_GRACE_MS, HOLD_ENDING_SOON_MS } from '../../core/lifecycle/alarms.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { toInstant } from '../codecs.js';
import type { Engine } from '../engine.js';

/** One row of the alarms query: an alarm, or (kind null) only the total when the page is empty. */
export interface AlarmRow {
  total: string | number;
  seg: number | null;
  detainer_id: string | null;
  kind: string | null;
  at_text: string | null;
  detail: string | null;
  duty_id: string | null;
  error_code: string | null;
  error_fact: string | null;
}

/**
 * The agency's alarms at `now`, one page of them, with their total, in one statement read from the
 * projection (`detainer_states`, `detainer_open_duties`). A function of its own so that the desk bench
 * can ask the database the very same statement directly, as the baseline of the alarms' use case.
 */
export function alarmPageQuery(
  engine: Engine,
  agencyId: AgencyId,
  now: Date,
  page: { readonly limit: number; readonly offset: number },
): RawBuilder<AlarmRow> {
  const at = toInstant(now);
  const graceCut = toInstant(new Date(now.getTime() - DUTY_GRACE_MS));
  const soon = toInstant(new Date(now.getTime() + HOLD_ENDING_SOON_MS));
  // Each kind is one range of an index, already in the list's order, so each part stops after the
  // rows a page can need; the parts do not overlap in time (overdue duties are due before now less
  // the grace, holds ending soon end after now), so the list is the parts one after the other.
  const n = page.offset + page.limit;
  const noInstant = sql.raw(engine === 'postgres' ? 'CAST(NULL AS timestamptz)' : 'NULL');
  const blocked = sql.raw(engine === 'postgres' ? 'true' : '1');
  return sql<AlarmRow>`
    WITH hold_past AS (
      SELECT 0 AS seg, detainer_id, 0 AS pos, 'hold-past-deadline' AS kind, alarm_at AS at_instant,
             alarm_at_text AS at_text, CAST(NULL AS text) AS detail,
             CAST(NULL AS text) AS duty_id, CAST(NULL AS text) AS error_code, CAST(NULL AS text) AS error_fact
      FROM detainer_states
      WHERE agency_id = ${agencyId} AND status = 'holding' AND alarm_at <= ${at}
      ORDER BY alarm_at, detainer_id LIMIT ${n}
    ), release_due AS (
      SELECT 0 AS seg, detainer_id, 0 AS pos, 'release-due' AS kind, alarm_at AS at_instant,
             alarm_at_text AS at_text, CAST(NULL AS text) AS detail,
             CAST(NULL AS text) AS duty_id, CAST(NULL AS text) AS error_code, CAST(NULL AS text) AS error_fact
      FROM detainer_states
      WHERE agency_id = ${agencyId} AND status = 'release-due' AND alarm_at IS NOT NULL
      ORDER BY alarm_at, detainer_id LIMIT ${n}
    ), release_due_undated AS (
      SELECT 0 AS seg, detainer_id, 0 AS pos, 'release-due' AS kind, ${noInstant} AS at_instant,
             CAST(NULL AS text) AS at_text, CAST(NULL AS text) AS detail,
             CAST(NULL AS text) AS duty_id, CAST(NULL AS text) AS error_code, CAST(NULL AS text) AS error_fact
      FROM detainer_states
      WHERE agency_id = ${agencyId} AND status = 'release-due' AND alarm_at IS NULL
      ORDER BY detainer_id LIMIT ${n}
    ), duty_overdue AS (
      SELECT 1 AS seg, detainer_id, position + 1 AS pos, 'duty-overdue' AS kind, due AS at_instant,
             due_text AS at_text, text AS detail,
             duty_id, CAST(NULL AS text) AS error_code, CAST(NULL AS text) AS error_fact
      FROM detainer_open_duties
      WHERE agency_id = ${agencyId} AND due < ${graceCut}
      ORDER BY due, detainer_id, position LIMIT ${n}
    ), ending_soon AS (
      SELECT 2 AS seg, detainer_id, 0 AS pos, 'hold-ending-soon' AS kind, alarm_at AS at_instant,
             alarm_at_text AS at_text, CAST(NULL AS text) AS detail,
             CAST(NULL AS text) AS duty_id, CAST(NULL AS text) AS error_code, CAST(NULL AS text) AS error_fact
      FROM detainer_states
      WHERE agency_id = ${agencyId} AND status = 'holding' AND alarm_at > ${at} AND alarm_at <= ${soon}
      ORDER BY alarm_at, detainer_id LIMIT ${n}
    ), decision_blocked AS (
      SELECT 3 AS seg, detainer_id, 1000000 AS pos, 'decision-blocked' AS kind, ${noInstant} AS at_instant,
             CAST(NULL AS text) AS at_text, decision_error AS detail,
             CAST(NULL AS text) AS duty_id, decision_error_code AS error_code, decision_error_fact AS error_fact
      FROM detainer_states
      WHERE agency_id = ${agencyId} AND decision_blocked = ${blocked}
      ORDER BY detainer_id LIMIT ${n}
    ), counted AS (
      SELECT
        (SELECT count(*) FROM detainer_states
          WHERE agency_id = ${agencyId} AND status = 'holding' AND alarm_at <= ${at})
        + (SELECT count(*) FROM detainer_states WHERE agency_id = ${agencyId} AND status = 'release-due')
        + (SELECT count(*) FROM detainer_open_duties WHERE agency_id = ${agencyId} AND due < ${graceCut})
        + (SELECT count(*) FROM detainer_states
          WHERE agency_id = ${agencyId} AND status = 'holding' AND alarm_at > ${at} AND alarm_at <= ${soon})
        + (SELECT count(*) FROM detainer_states
          WHERE agency_id = ${agencyId} AND decision_blocked = ${blocked}) AS total
    ), listed AS (
      SELECT * FROM hold_past UNION ALL SELECT * FROM release_due UNION ALL SELECT * FROM release_due_undated
      UNION ALL SELECT * FROM duty_overdue UNION ALL SELECT * FROM ending_soon UNION ALL SELECT * FROM decision_blocked
    ), paged AS (
      SELECT * FROM listed
      ORDER BY seg, CASE WHEN at_instant IS NULL THEN 1 ELSE 0 END, at_instant, detainer_id, pos
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT counted.total, paged.* FROM counted LEFT JOIN paged ON 1 = 1
    ORDER BY paged.seg, CASE WHEN paged.at_instant IS NULL THEN 1 ELSE 0 END, paged.at_instant, paged.detainer_id, paged.pos
`;
}
