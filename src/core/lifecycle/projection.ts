import { dutyStatuses } from './alarms.js';
import type { DetainerState } from './detainer-state.js';
import type { DetainerProjection } from './lifecycle.ports.js';

/** The queryable summary of a state, for the inbox and the sweeper. */
export function projectionOf(state: DetainerState, now: Date): DetainerProjection {
  const dues = dutyStatuses(state, now)
    .filter((d) => d.status !== 'served' && d.due !== null)
    .map((d) => Date.parse(d.due!));
  return {
    status: state.status,
    version: state.version,
    holdDeadline: state.status === 'holding' && state.hold ? new Date(state.hold.deadline) : null,
    nextDutyDue: dues.length > 0 ? new Date(Math.min(...dues)) : null,
    decisionBlocked: state.decision?.error != null,
  };
}
