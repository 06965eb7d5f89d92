import { sql, type Kysely } from 'kysely';
import { DUTY_GRACE_MS, HOLD_ENDING_SOON_MS } from '../../core/lifecycle/alarms.js';
import type { AlarmCounter, ProjectedAlarm } from '../../core/lifecycle/lifecycle.ports.js';
import { count, toInstant } from '../codecs.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';

type Kind = ProjectedAlarm['kind'];

/**
 * Open alarms by kind and unswept holds past their deadline, across every agency, in one statement
 * of counts read from the projection (`detainer_states`, `detainer_open_duties`): each kind with the
 * conditions of the agencies' alarm list (`alarmPageQuery`), the holds with the sweeper's own
 * (`holdsPastDeadline`: status holding, `hold_deadline` passed), each a range of an index on status.
 */
export class SqlAlarmCounter implements AlarmCounter {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  async countAt(now: Date): Promise<{ openAlarms: Record<Kind, number>; holdsPastDeadline: number }> {
    const at = toInstant(now);
    const graceCut = toInstant(new Date(now.getTime() - DUTY_GRACE_MS));
    const soon = toInstant(new Date(now.getTime() + HOLD_ENDING_SOON_MS));
    const blocked = sql.raw(this.engine === 'postgres' ? 'true' : '1');
    const result = await sql<{ kind: Kind | 'holds-past-deadline'; n: string | number }>`
      SELECT 'hold-past-deadline' AS kind, count(*) AS n FROM detainer_states
        WHERE status = 'holding' AND alarm_at <= ${at}
      UNION ALL SELECT 'release-due', count(*) FROM detainer_states WHERE status = 'release-due'
      UNION ALL SELECT 'hold-ending-soon', count(*) FROM detainer_states
        WHERE status = 'holding' AND alarm_at > ${at} AND alarm_at <= ${soon}
      UNION ALL SELECT 'duty-overdue', count(*) FROM detainer_open_duties WHERE due < ${graceCut}
      UNION ALL SELECT 'decision-blocked', count(*) FROM detainer_states WHERE decision_blocked = ${blocked}
      UNION ALL SELECT 'holds-past-deadline', count(*) FROM detainer_states
        WHERE status = 'holding' AND hold_deadline <= ${at}
    `.execute(this.db);
    const counts = new Map(result.rows.map((row) => [row.kind, count(row.n)]));
    const of = (kind: Kind | 'holds-past-deadline') => counts.get(kind) ?? 0;
    return {
      openAlarms: {
        'hold-past-deadline': of('hold-past-deadline'),
        'release-due': of('release-due'),
        'hold-ending-soon': of('hold-ending-soon'),
        'duty-overdue': of('duty-overdue'),
        'decision-blocked': of('decision-blocked'),
      },
      holdsPastDeadline: of('holds-past-deadline'),
    };
  }
}
