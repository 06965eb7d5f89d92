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
  /** What was rendered, kept for the preview; null for notices served before it was kept (migration 0010). */
  readonly content: NoticeContent | null;
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
  /** The engine's error kind and its missing fact (if one), while the detainer is open; null otherwise. */
  readonly decisionErrorCode: string | null;
  readonly decisionErrorFact: string | null;
  /** The duties not yet served that have a due time, in the decision's order, while the detainer is open. */
  readonly openDuties: ReadonlyArray<{ readonly dutyId: string; readonly text: string; readonly due: string }>;
  /** The inbox's order by deadline (see `urgencyOf`). */
  readonly urgency: InboxUrgency;
}

/** Where a detainer sorts in the inbox by deadline: rank first, then the instant (none for ranks 2 and 3). */
export interface InboxUrgency {
  readonly rank: 0 | 1 | 2 | 3;
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
  /** duty-overdue: the duty's text; decision-blocked: the engine's English message. */
  readonly detail: string | null;
  /** duty-overdue: the duty's id. */
  readonly dutyId: string | null;
  /** decision-blocked: the engine's error kind and the missing fact (null on rows written before 0013). */
  readonly errorCode: string | null;
  readonly errorFact: string | null;
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

/** Why personal data was read: the screen or command that showed it. */
export const READ_PURPOSES = ['view', 'record-event', 'resolve-identity', 'notice', 'notice-preview'] as const;
export type ReadPurpose = (typeof READ_PURPOSES)[number];

/** How the reader was signed in (a browser session, an API token, or the server's CLI). */
export type ReadChannel = 'session' | 'token' | 'cli';

export interface PersonalDataRead {
  readonly agencyId: AgencyId;
  readonly userId: UserId;
  readonly detainerId: DetainerId;
  readonly at: Date;
  readonly purpose: ReadPurpose;
  readonly channel: ReadChannel;
}

/** A recorded read as the audit log lists it: who, which detainer, when, why and how; never the data read. */
export interface PersonalDataReadEntry {
  readonly id: string;
  readonly at: Date;
  readonly userId: UserId;
  readonly userEmail: string | null;
  readonly detainerId: DetainerId;
  /** A purpose of READ_PURPOSES (older rows may carry another word). */
  readonly purpose: string;
  /** Null for reads recorded before the channel was (migration 0010). */
  readonly channel: ReadChannel | null;
}

export interface PersonalDataReadFilter {
  /** Undefined: every agency (the CLI on the server only). */
  readonly agencyId?: AgencyId;
  readonly userId?: UserId;
  readonly detainerId?: DetainerId;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
  readonly offset: number;
}

/** Every read of a detainer's personal data by a user is itself recorded, and auditors can list the record. */
export interface PersonalDataReadLog {
  record(read: PersonalDataRead): Promise<void>;
  /** Newest first. */
  list(filter: PersonalDataReadFilter): Promise<{ reads: PersonalDataReadEntry[]; total: number }>;
}

export interface NoticeContent {
  readonly kind: NoticeKind;
  readonly language: NoticeLanguage;
  readonly agencyName: string;
  /**
   * The agency is a labelled demo (`Agency.synthetic`): the notice carries a banner and a watermark.
   * Absent in notices kept before it was recorded: their name tells (`… (synthetic)`, `Demo …`).
   */
  readonly synthetic?: boolean;
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
  /**
   * The citations of the rules the decision applied (those imposing the notice's duty first). Empty
   * in notices served before they were kept: the renderer then prints its kind's statute.
   */
  readonly citations: ReadonlyArray<{ readonly title: string; readonly href: string }>;
  readonly servedAt: string;
  readonly timeZone: string;
  /**
   * What became of the person, for a report (5 ILCS 805/25(a)(2)(B)-(E)): when criminal bail was
   * posted (release eligibility recorded as bond-posted), and whether and when the person was
   * released or transferred. Absent in notices kept before it was.
   */
  readonly custody?: {
    readonly bailPostedAt: string | null;
    readonly outcome: 'released' | 'transferred' | null;
    readonly outcomeAt: string | null;
  };
}

/** One block of a notice as it reads, in its language, in the order the PDF prints it. */
export type NoticeBlock =
  | { readonly kind: 'banner'; readonly text: string }
  | { readonly kind: 'fields'; readonly fields: ReadonlyArray<{ readonly label: string; readonly value: string }> }
  | { readonly kind: 'paragraph'; readonly text: string; readonly strong: boolean }
  | { readonly kind: 'callout'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly head: readonly [string, string];
      readonly rows: ReadonlyArray<readonly [string, string]>;
    }
  | { readonly kind: 'citations'; readonly items: ReadonlyArray<{ readonly title: string; readonly href: string }> };

/** A notice as text, to show in the page beside its PDF: the same words, in the notice's language. */
export interface NoticePreview {
  readonly language: NoticeLanguage;
  /** BCP 47 tag of the text (e.g. es-US), for the page's `lang` attribute. */
  readonly locale: string;
  readonly agencyName: string;
  readonly facilityName: string | null;
  readonly title: string;
  readonly subtitle: string;
  readonly blocks: readonly NoticeBlock[];
  /** The whole notice as plain text, one block per paragraph. */
  readonly text: string;
}

/** Renders a notice to a PDF, in English or Spanish, and the same notice as text for a preview. */
export interface NoticeRenderer {
  render(content: NoticeContent): Promise<Uint8Array>;
  preview(content: NoticeContent): NoticePreview;
}

/**
 * What monitoring reads at each scrape, across every agency: counts only, never a detainer or a
 * person. `openAlarms` counts each kind as the agencies' alarm lists do (`DetainerEventStore.alarms`);
 * `holdsPastDeadline` counts the holds the sweeper has yet to mark expired (its own condition), which
 * must be zero but for the moments between a deadline and the next sweep.
 */
export interface AlarmCounter {
  countAt(now: Date): Promise<{ openAlarms: Record<ProjectedAlarm['kind'], number>; holdsPastDeadline: number }>;
}
