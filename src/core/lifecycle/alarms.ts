import { dutyTextEs } from '../policy/duty-spanish.js';
import type { PolicyLibrary } from '../policy/library.js';
import type { DetainerState } from './detainer-state.js';
import { statusAt } from './detainer-state.js';
import type { ProjectedAlarm } from './lifecycle.ports.js';

export const HOLD_ENDING_SOON_MS = 2 * 60 * 60 * 1000;
/**
 * A duty "upon receipt" or "at release eligibility" is due at that moment; the desk calls it
 * overdue once this grace has passed, so that an officer serving it in the same shift is not
 * alarmed. An operational choice, not a legal deadline: the law names none.
 */
export const DUTY_GRACE_MS = 2 * 60 * 60 * 1000;

export type AlarmKind = 'hold-past-deadline' | 'release-due' | 'hold-ending-soon' | 'duty-overdue' | 'decision-blocked';
export type AlarmSeverity = 'critical' | 'warning';

export interface Alarm {
  readonly kind: AlarmKind;
  readonly severity: AlarmSeverity;
  readonly detainerId: string;
  /** The deadline or due time the alarm is about, if any. */
  readonly at: string | null;
  /** In English, for the CLI and API clients; a client that speaks another language words it from the kind and its parameters. */
  readonly message: string;
  /** duty-overdue: the duty (its id, its text, the library's unofficial Spanish text or null); null for the other kinds. */
  readonly duty: AlarmDuty | null;
  /** decision-blocked: why the law could not decide (the engine's error code, the missing fact if one); null otherwise. */
  readonly blocked: AlarmBlocked | null;
}

export interface AlarmDuty {
  readonly id: string;
  readonly text: string;
  readonly textEs: string | null;
}

export interface AlarmBlocked {
  /** The engine's error kind (MissingFact, ConflictingRules, UnknownForm, UnknownPlace, ...). */
  readonly code: string;
  /** MissingFact: the (first) missing fact; null otherwise. */
  readonly fact: string | null;
}

export interface DutyStatus {
  readonly id: string;
  readonly text: string;
  readonly due: string | null;
  readonly dueWhen: string;
  /** waiting: the law could not decide yet, and whether the duty is owed depends on a missing fact. */
  readonly status: 'open' | 'served' | 'overdue' | 'waiting';
  readonly noticeId: string | null;
  readonly rule: string | null;
  /** The missing facts a waiting duty depends on (empty for the others). */
  readonly waitingFor: readonly string[];
}

/**
 * The duties of the decision in force, each open, served (a notice was served for it), overdue,
 * or waiting for a missing fact (not yet owed: no due time, no alarm).
 */
export function dutyStatuses(state: DetainerState, now: Date): DutyStatus[] {
  return (state.decision?.duties ?? []).map((duty): DutyStatus => {
    const served = state.noticesServed.find((n) => n.dutyId === duty.id);
    const base = { id: duty.id, text: duty.text, dueWhen: duty.dueWhen, rule: duty.rule ?? null };
    if (duty.waitingFor && !served) {
      return { ...base, due: null, status: 'waiting', noticeId: null, waitingFor: [...duty.waitingFor] };
    }
    // "Immediately" means on receipt of the request, however often the law is asked again since.
    const due = duty.dueWhen === 'immediately' && state.receivedAt ? state.receivedAt : duty.due;
    const overdue = !served && due !== null && Date.parse(due) + DUTY_GRACE_MS < now.getTime();
    return {
      ...base,
      due,
      status: served ? 'served' : overdue ? 'overdue' : 'open',
      noticeId: served?.noticeId ?? null,
      waitingFor: [],
    };
  });
}

const SEVERITY: Readonly<Record<AlarmKind, AlarmSeverity>> = {
  'hold-past-deadline': 'critical',
  'release-due': 'critical',
  'hold-ending-soon': 'warning',
  'duty-overdue': 'warning',
  'decision-blocked': 'warning',
};

const MESSAGES: Readonly<Record<AlarmKind, (detail: string | null) => string>> = {
  'hold-past-deadline': () => 'The lawful hold has ended: release the person now.',
  'release-due': () => 'No lawful basis to hold: release the person now.',
  'hold-ending-soon': () => 'The hold ends within 2 hours.',
  'duty-overdue': (text) => `Duty overdue: ${text ?? ''}`,
  'decision-blocked': (reason) => `The law could not decide: ${reason ?? ''}`,
};

const NO_PARAMETERS = { duty: null, blocked: null } as const;

/**
 * An alarm read from the projection (`DetainerEventStore.alarms`), worded as `alarmsOf` words it,
 * with the same parameters (the duty's Spanish from the library, as `alarmsOf` finds it).
 */
export function alarmFromProjection(row: ProjectedAlarm, library: PolicyLibrary): Alarm {
  const duty =
    row.kind === 'duty-overdue' && row.dutyId !== null && row.detail !== null
      ? { id: row.dutyId, text: row.detail, textEs: dutyTextEs({ id: row.dutyId, text: row.detail }, library) }
      : null;
  const blocked =
    row.kind === 'decision-blocked' ? { code: row.errorCode ?? 'unknown', fact: row.errorFact ?? null } : null;
  return {
    kind: row.kind,
    severity: SEVERITY[row.kind],
    detainerId: row.detainerId,
    at: row.at,
    message: MESSAGES[row.kind](row.detail),
    duty,
    blocked,
  };
}

/** What needs attention now. No deadline may pass silently (DESIGN.md section 5). */
export function alarmsOf(
  detainerId: string,
  state: DetainerState,
  now: Date,
  /** Where the duties' unofficial Spanish comes from (without it, `duty.textEs` is null). */
  library?: PolicyLibrary,
): Alarm[] {
  const alarms: Alarm[] = [];
  const status = statusAt(state, now);
  const deadline = state.hold?.deadline ?? null;
  if (state.status === 'holding' && status === 'release-due') {
    alarms.push({
      kind: 'hold-past-deadline',
      severity: 'critical',
      detainerId,
      at: deadline,
      message: MESSAGES['hold-past-deadline'](null),
      ...NO_PARAMETERS,
    });
  } else if (status === 'release-due') {
    alarms.push({
      kind: 'release-due',
      severity: 'critical',
      detainerId,
      at: state.releaseEligible?.at ?? deadline,
      message: MESSAGES['release-due'](null),
      ...NO_PARAMETERS,
    });
  } else if (status === 'holding' && deadline && Date.parse(deadline) - now.getTime() <= HOLD_ENDING_SOON_MS) {
    alarms.push({
      kind: 'hold-ending-soon',
      severity: 'warning',
      detainerId,
      at: deadline,
      message: MESSAGES['hold-ending-soon'](null),
      ...NO_PARAMETERS,
    });
  }
  if (['pending', 'holding', 'release-due'].includes(status)) {
    for (const duty of dutyStatuses(state, now)) {
      if (duty.status === 'overdue') {
        alarms.push({
          kind: 'duty-overdue',
          severity: 'warning',
          detainerId,
          at: duty.due,
          message: MESSAGES['duty-overdue'](duty.text),
          duty: { id: duty.id, text: duty.text, textEs: library ? dutyTextEs(duty, library) : null },
          blocked: null,
        });
      }
    }
    if (state.decision?.error) {
      alarms.push({
        kind: 'decision-blocked',
        severity: 'warning',
        detainerId,
        at: null,
        message: MESSAGES['decision-blocked'](state.decision.error.message),
        duty: null,
        blocked: { code: state.decision.error.kind, fact: state.decision.error.fact ?? null },
      });
    }
  }
  return alarms;
}

/** Most urgent first: critical before warning, then the earliest time. */
export function byUrgency(a: Alarm, b: Alarm): number {
  if (a.severity !== b.severity) return a.severity === 'critical' ? -1 : 1;
  return (a.at ? Date.parse(a.at) : Infinity) - (b.at ? Date.parse(b.at) : Infinity);
}
