import type { Action } from '../policy/policy.types.js';
import {
  CORRECTABLE,
  type CustodyFacts,
  type DecisionSummary,
  type DetainerEvent,
  type DetainerEventPayload,
  type ReleaseReason,
} from './detainer-event.js';
import { TERMINAL, type DetainerStatus } from './detainer-status.js';
import type { ScannedDocument } from '../request/scanned-document.schema.js';

export { DETAINER_STATUSES, TERMINAL, type DetainerStatus } from './detainer-status.js';

export interface DetainerState {
  readonly status: DetainerStatus;
  readonly version: number;
  readonly receivedAt: string;
  /** The scanned request's fingerprint, as received or as corrected since; null when none was recorded. */
  readonly document: ScannedDocument | null;
  readonly facts: CustodyFacts;
  readonly decision: DecisionSummary | null;
  readonly overrides: Readonly<Partial<Record<Action, { decision: 'comply' | 'decline'; reason: string }>>>;
  readonly releaseEligible: { readonly at: string; readonly reason: ReleaseReason } | null;
  readonly hold: { readonly startedAt: string; readonly deadline: string } | null;
  readonly federalNotifiedAt: string | null;
  readonly liftedAt: string | null;
  readonly closedAt: string | null;
  readonly noticesServed: ReadonlyArray<{
    readonly noticeId: string;
    readonly notice: string;
    readonly dutyId: string | null;
    readonly servedAt: string;
    readonly version: number;
  }>;
}

const INITIAL: Omit<DetainerState, 'receivedAt'> = {
  status: 'pending',
  version: 0,
  document: null,
  facts: {},
  decision: null,
  overrides: {},
  releaseEligible: null,
  hold: null,
  federalNotifiedAt: null,
  liftedAt: null,
  closedAt: null,
  noticesServed: [],
};

/** The payloads as corrected: a `corrected` event replaces fields of the event it names. */
export function correctedPayloads(events: readonly DetainerEvent[]): Map<number, DetainerEventPayload> {
  const payloads = new Map<number, DetainerEventPayload>(events.map((e) => [e.version, e.payload]));
  for (const event of events) {
    if (event.payload.type !== 'corrected') continue;
    const target = payloads.get(event.payload.corrects);
    if (!target) continue;
    const allowed = CORRECTABLE[target.type] ?? [];
    const replacement = Object.fromEntries(
      Object.entries(event.payload.replacement).filter(([k]) => allowed.includes(k)),
    );
    payloads.set(event.payload.corrects, { ...target, ...replacement } as DetainerEventPayload);
  }
  return payloads;
}

/** Derives a detainer's state from its events (DESIGN.md section 3: state is derived, never stored as truth). */
export function foldDetainer(events: readonly DetainerEvent[]): DetainerState {
  const payloads = correctedPayloads(events);
  let state: DetainerState = { ...INITIAL, receivedAt: '' };
  for (const event of events) {
    state = apply(state, payloads.get(event.version)!, event.version);
  }
  return state;
}

function apply(state: DetainerState, p: DetainerEventPayload, version: number): DetainerState {
  const next = { ...state, version };
  switch (p.type) {
    case 'received':
      return { ...next, receivedAt: p.receivedAt, document: p.document ?? null };
    case 'facts-updated':
      return { ...next, facts: { ...state.facts, ...p.facts } };
    case 'evaluated': {
      const hold = state.hold && p.decision.holdUntil ? { ...state.hold, deadline: p.decision.holdUntil } : state.hold;
      return { ...next, decision: p.decision, hold };
    }
    case 'release-eligible':
      return {
        ...next,
        releaseEligible: { at: p.at, reason: p.reason },
        status: state.status === 'pending' ? 'release-due' : state.status,
      };
    case 'hold-started':
      return { ...next, status: 'holding', hold: { startedAt: p.at, deadline: p.deadline } };
    case 'notice-served':
      return {
        ...next,
        noticesServed: [
          ...state.noticesServed,
          { noticeId: p.noticeId, notice: p.notice, dutyId: p.dutyId, servedAt: p.servedAt, version },
        ],
      };
    case 'federal-notified':
      return { ...next, federalNotifiedAt: p.at };
    case 'transferred':
      return { ...next, status: 'transferred', closedAt: p.at };
    case 'released':
      return { ...next, status: 'released', closedAt: p.at };
    case 'hold-expired':
      return { ...next, status: 'release-due' };
    case 'lifted':
      return state.status === 'pending'
        ? { ...next, status: 'lifted', liftedAt: p.at, closedAt: p.at }
        : { ...next, status: 'release-due', liftedAt: p.at };
    case 'cancelled':
      return { ...next, status: 'cancelled', closedAt: state.receivedAt };
    case 'decision-overridden': {
      const overrides = { ...state.overrides, [p.action]: { decision: p.decision, reason: p.reason } };
      let status = state.status;
      if (p.action === 'hold' && p.decision === 'decline' && status === 'holding') status = 'release-due';
      return { ...next, overrides, status };
    }
    case 'identity-resolved':
    case 'corrected':
      return next;
  }
}

/** The decision in force for an action: the law's, or a supervisor's override where the law leaves it permitted. */
export function effectiveDecision(state: DetainerState, action: Action): 'comply' | 'decline' | null {
  const law = state.decision?.actions[action];
  if (!law || !law.requested || state.decision?.error) return null;
  const override = state.overrides[action];
  return law.modality === 'permitted' && override ? override.decision : law.decision;
}

/**
 * The status as of `now`: a hold whose deadline has passed is shown as release-due even before
 * the sweeper records it, so no screen ever shows a hold running past its lawful end.
 */
export function statusAt(state: DetainerState, now: Date): DetainerStatus {
  if (state.status === 'holding' && state.hold && Date.parse(state.hold.deadline) <= now.getTime())
    return 'release-due';
  return state.status;
}

export function isTerminal(status: DetainerStatus): boolean {
  return TERMINAL.includes(status);
}
