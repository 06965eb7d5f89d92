import type { AlarmDto } from '../../shared/types';

/** Release now (past a hold's deadline, or due) first, then a hold ending soon, then the warnings. */
const RANK: Readonly<Record<AlarmDto['kind'], number>> = {
  'hold-past-deadline': 0,
  'release-due': 0,
  'hold-ending-soon': 1,
  'duty-overdue': 2,
  'decision-blocked': 2,
};

/** The alarms in the strip's order (stable: the API's order within a rank). */
export function orderAlarms(alarms: readonly AlarmDto[]): AlarmDto[] {
  return alarms
    .map((alarm, index) => ({ alarm, index }))
    .sort((a, b) => RANK[a.alarm.kind] - RANK[b.alarm.kind] || a.index - b.index)
    .map(({ alarm }) => alarm);
}

export const alarmKey = (alarm: AlarmDto) => `${alarm.kind}:${alarm.detainerId}:${alarm.at ?? ''}`;

/** The alarms not in `seen` (by kind, detainer and time): what the live region announces. */
export function newAlarms(alarms: readonly AlarmDto[], seen: ReadonlySet<string>): AlarmDto[] {
  return alarms.filter((alarm) => !seen.has(alarmKey(alarm)));
}
