import { dutyStatuses } from './alarms.js';
import { isTerminal, type DetainerState } from './detainer-state.js';
import type { DetainerProjection, InboxUrgency } from './lifecycle.ports.js';

/**
 * The queryable summary of a state, for the inbox, the alarms and the sweeper, as of `now` (the
 * moment it is written). Nothing in it may go stale as time passes without an event except what
 * the readers compare with their own `now`: a hold's deadline, a duty's due time.
 */
export function projectionOf(state: DetainerState, now: Date): DetainerProjection {
  const open = !isTerminal(state.status);
  const unserved = dutyStatuses(state, now).filter((d) => d.status !== 'served' && d.due !== null);
  const openDuties = open ? unserved.map((d) => ({ dutyId: d.id, text: d.text, due: d.due! })) : [];
  const dues = unserved.map((d) => Date.parse(d.due!));
  const nextDutyDue = dues.length > 0 ? new Date(Math.min(...dues)) : null;
  const holdDeadline = state.status === 'holding' && state.hold ? new Date(state.hold.deadline) : null;
  const alarmAt = alarmInstantOf(state);
  return {
    status: state.status,
    version: state.version,
    holdDeadline,
    nextDutyDue,
    // Only while open: the alarm's one condition, so its index answers the count alone.
    decisionBlocked: open && state.decision?.error != null,
    receivedAt: state.receivedAt ? new Date(state.receivedAt) : null,
    alarmAt,
    decisionError: open ? (state.decision?.error?.message ?? null) : null,
    decisionErrorCode: open ? (state.decision?.error?.kind ?? null) : null,
    decisionErrorFact: open ? (state.decision?.error?.fact ?? null) : null,
    openDuties,
    urgency: urgencyOf(state.status, holdDeadline, alarmAt, open ? nextDutyDue : null, now),
  };
}

/**
 * The instant a critical alarm is about, as the fold's `alarmsOf` states it: a hold's deadline
 * (it becomes `hold-past-deadline` once passed), or for a release-due person the release
 * eligibility (else the hold's deadline). Kept as written in the events (with its offset).
 */
function alarmInstantOf(state: DetainerState): string | null {
  if (state.status === 'holding') return state.hold?.deadline ?? null;
  if (state.status === 'release-due') return state.releaseEligible?.at ?? state.hold?.deadline ?? null;
  return null;
}

/**
 * The inbox's order by deadline, as a key that time does not make stale (issue 11):
 * 0. release-due and holding: by the instant the person is (or will be) due for release. A
 *    release-due key is never later than the moment it was written (so never later than any
 *    reader's now), and a hold whose deadline has passed keeps its deadline, which is also past:
 *    so everything to release now comes before every hold still running, whatever the time, and
 *    the holds then follow by their deadline.
 * 1. other open requests with a duty due: by the soonest due time.
 * 2. other open requests (nothing due yet).
 * 3. closed requests (transferred, released, lifted, cancelled): after every open one, so that a
 *    desk with thousands of closed requests still shows its open work first (seen on ICE's own
 *    Pennsylvania records in the desk bench, where two thirds of the requests are closed).
 */
export function urgencyOf(
  status: DetainerState['status'],
  holdDeadline: Date | null,
  alarmAt: string | null,
  nextDutyDue: Date | null,
  now: Date,
): InboxUrgency {
  if (status === 'release-due') {
    const since = alarmAt === null ? now.getTime() : Math.min(Date.parse(alarmAt), now.getTime());
    return { rank: 0, at: new Date(since) };
  }
  if (status === 'holding' && holdDeadline) return { rank: 0, at: holdDeadline };
  if (isTerminal(status)) return { rank: 3, at: null };
  if (nextDutyDue) return { rank: 1, at: nextDutyDue };
  return { rank: 2, at: null };
}
