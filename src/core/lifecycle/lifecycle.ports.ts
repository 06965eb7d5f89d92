import type { AgencyId, DetainerId, UserId } from '../shared/ids.js';
import type { DetainerEvent, DetainerEventPayload, NoticeKind, NoticeLanguage } from './detainer-event.js';
import type { DetainerStatus } from './detainer-state.js';

/** A decision as stored beside its `evaluated` event: what the law engine was asked and answered. */
export interface StoredDecision {
  readonly id: string;
  readonly agencyId: AgencyId;
  readonly detainerId: DetainerId;
  readonly decidedAt: Date;
  /** `{ input, output }`: the facts (no identities) and the engine's whole answer with its trace. */
  readonly document: unknown;
  readonly sha256: string;
}

/** A rendered notice, kept with the event that served it. */
export interface StoredNotice {
  readonly id: string;
  readonly agencyId: AgencyId;
  readonly detainerId: DetainerId;
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly pdf: Uint8Array;
  readonly sha256: string;
  readonly createdAt: Date;
}

/** The queryable summary of a detainer's state, kept in step with its events (for the inbox and the sweeper). */
export interface DetainerProjection {
  readonly status: DetainerStatus;
  readonly version: number;
  readonly holdDeadline: Date | null;
  /** The earliest due time of a duty not yet served, if any. */
  readonly nextDutyDue: Date | null;
  /** True when the law could not decide (a fact is missing) and the detainer is open: the desk must act. */
  readonly decisionBlocked: boolean;
  /** When the request was received (its `received` event); null before that event. */
  readonly receivedAt: Date | null;
  /**
   * The instant of the critical alarm a holding or release-due detainer raises (the hold's deadline, or
   * when release became due), as written in its events; null in other statuses.
   */
  readonly alarmAt: string | null;
  /** Why the law could not decide, while the detainer is open; null otherwise. */
  readonly decisionError: string | null;
  /** The duties not yet served that have a due time, in the decision's order, while the detainer is open. */
  readonly openDuties: ReadonlyArray<{ readonly dutyId: string; readonly text: string; readonly due: string }>;
  /** The inbox's order by deadline (see `urgencyOf`). */
  readonly urgency: InboxUrgency;
}

/** Where a detainer sorts in the inbox by deadline: rank first, then the instant (none for rank 2). */
export interface InboxUrgency {
  readonly rank: 0 | 1 | 2;
  readonly at: Date | null;
}

/**
 * An alarm as the projection gives it, one row per alarm, in the order of the agency's alarm list.
 * `kind` names the alarm; `at` is as written in the events; `detail` is the duty's text
 * (duty-overdue) or the law's reason (decision-blocked).
 */
export interface ProjectedAlarm {
  readonly kind: 'hold-past-deadline' | 'release-due' | 'hold-ending-soon' | 'duty-overdue' | 'decision-blocked';
  readonly detainerId: string;
  readonly at: string | null;
  readonly detail: string | null;
}

export interface NewEvent {
  readonly payload: DetainerEventPayload;
  readonly actor: UserId | 'system';
}

export interface AppendBatch {
  readonly agencyId: AgencyId;
  readonly detainerId: DetainerId;
  /** The version the caller last saw; the append fails if another event came first. */
  readonly expectedVersion: number;
  readonly events: readonly NewEvent[];
  readonly recordedAt: Date;
  readonly decisions: readonly StoredDecision[];
  readonly notices: readonly StoredNotice[];
  readonly projection: DetainerProjection;
}

/**
 * The event store. Every append is one transaction: events (hash-chained per agency), decisions,
 * notices and the projection, or nothing.
 */
export interface DetainerEventStore {
  load(agencyId: AgencyId, detainerId: DetainerId): Promise<DetainerEvent[]>;
  append(batch: AppendBatch): Promise<'appended' | 'version-conflict'>;
  /** Holds whose deadline has passed at `now`, oldest first, at most `limit`; skips rows another sweeper holds. */
  holdsPastDeadline(
    now: Date,
    limit: number,
  ): Promise<Array<{ agencyId: AgencyId; detainerId: DetainerId; version: number }>>;
  /**
   * One page of the agency's open alarms at `now`, most urgent first, and how many there are, read
   * from the projection in one query (no event is folded). The same alarms, in the same order, as
   * folding each open detainer with `alarmsOf` and sorting `byUrgency` (ties by detainer id).
   */
  alarms(
    agencyId: AgencyId,
    now: Date,
    page: { readonly limit: number; readonly offset: number },
  ): Promise<{ items: ProjectedAlarm[]; total: number }>;
  decision(agencyId: AgencyId, decisionId: string): Promise<StoredDecision | undefined>;
  notice(agencyId: AgencyId, detainerId: DetainerId, noticeId: string): Promise<StoredNotice | undefined>;
}

/** Every read of a detainer's personal data by a user is itself recorded. */
export interface PersonalDataReadLog {
  record(read: {
    agencyId: AgencyId;
    userId: UserId;
    detainerId: DetainerId;
    at: Date;
    purpose: string;
  }): Promise<void>;
}

export interface NoticeContent {
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly agencyName: string;
  readonly facilityName: string | null;
  readonly personName: string | null;
  readonly bookingReference: string;
  readonly form: string;
  readonly formEdition: string | null;
  readonly receivedAt: string;
  readonly issuedAt: string;
  readonly decisions: Readonly<Record<'hold' | 'notify' | 'transfer', 'comply' | 'decline' | null>>;
  readonly holdUntil: string | null;
  readonly releaseAt: string | null;
  readonly citations: ReadonlyArray<{ readonly title: string; readonly href: string }>;
  readonly servedAt: string;
  readonly timeZone: string;
}

/** Renders a notice to a PDF, in English or Spanish. */
export interface NoticeRenderer {
  render(content: NoticeContent): Promise<Uint8Array>;
}
