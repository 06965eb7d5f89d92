import type { Action, DutyNotice, Modality, NoticeKind, NoticeLanguage } from '../policy/policy.types.js';
import type { Conviction, PendingCharge } from '../policy/facts.js';
import type { ScannedDocument } from '../request/scanned-document.schema.js';

/** Why the person became eligible for release (Cal. Gov. Code 7282(b) uses the same terms). */
export const RELEASE_REASONS = ['bond-posted', 'sentence-served', 'charges-dismissed', 'acquitted', 'other'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];

// The notice kinds belong to the law library (a duty's `notice` in a policy file names one).
export { NOTICE_KINDS, NOTICE_LANGUAGES, type NoticeKind, type NoticeLanguage } from '../policy/policy.types.js';

/** Custody facts the law reads; each field replaces the previous value when given. */
export interface CustodyFacts {
  readonly proofOfLawfulStatus?: boolean;
  readonly registrant?: boolean;
  readonly federalFelonyWarrant?: boolean;
  readonly terroristWatchListMatch?: boolean;
  readonly removedAndReentered?: boolean;
  readonly warrantGangOrRemovalOrder?: boolean;
  readonly instantArrestDate?: string;
  readonly convictions?: readonly Conviction[];
  readonly pendingCharges?: readonly PendingCharge[];
  /** When the person is expected to become eligible for release, if known (YYYY-MM-DDTHH:mm with offset). */
  readonly expectedReleaseAt?: string;
}

/** What a decision said, as recorded in the event stream (the full trace is stored beside it). */
export interface DecisionSummary {
  readonly decisionId: string;
  /** SHA-256 of the stored decision document, so the trace is covered by the audit chain. */
  readonly decisionSha256: string;
  readonly asOf: string;
  readonly actions: Readonly<
    Record<
      Action,
      {
        readonly requested: boolean;
        readonly modality: Modality | null;
        readonly decision: 'comply' | 'decline' | null;
      }
    >
  >;
  readonly holdUntil: string | null;
  readonly duties: ReadonlyArray<{
    readonly id: string;
    readonly text: string;
    readonly due: string | null;
    readonly dueWhen: string;
    /** The rule that imposes the duty (absent in decisions recorded before it was kept). */
    readonly rule?: string;
    /**
     * The notice that discharges the duty, as its policy file declared it when decided (null: none).
     * Absent in decisions recorded before it was kept: the library's duty of the same id tells.
     */
    readonly notice?: DutyNotice | null;
    /**
     * Set while the law could not decide: the missing facts the duty's condition depends on. The
     * duty is not yet owed; once the facts arrive it becomes a duty or nothing.
     */
    readonly waitingFor?: readonly string[];
  }>;
  readonly applied: ReadonlyArray<{ readonly rule: string; readonly version: string }>;
  /** Set when the law could not decide (e.g. a missing fact): the desk must supply what is named. */
  readonly error: { readonly kind: string; readonly message: string; readonly fact?: string } | null;
}

/** The events of a detainer's life. Append-only: a correction is a new event naming the one it corrects. */
export type DetainerEventPayload =
  | {
      readonly type: 'received';
      readonly receivedAt: string;
      /** The scanned request's SHA-256, media type and size (absent when none was attached). */
      readonly document?: ScannedDocument;
    }
  | { readonly type: 'facts-updated'; readonly facts: CustodyFacts }
  | { readonly type: 'evaluated'; readonly decision: DecisionSummary }
  | { readonly type: 'release-eligible'; readonly at: string; readonly reason: ReleaseReason }
  | { readonly type: 'hold-started'; readonly at: string; readonly deadline: string }
  | {
      readonly type: 'notice-served';
      readonly noticeId: string;
      readonly notice: NoticeKind;
      readonly language: NoticeLanguage;
      readonly dutyId: string | null;
      readonly servedAt: string;
    }
  | { readonly type: 'federal-notified'; readonly at: string }
  | { readonly type: 'transferred'; readonly at: string }
  | { readonly type: 'released'; readonly at: string }
  | { readonly type: 'hold-expired'; readonly at: string; readonly deadline: string }
  | { readonly type: 'lifted'; readonly at: string; readonly reason: string }
  | { readonly type: 'cancelled'; readonly reason: string }
  | {
      readonly type: 'decision-overridden';
      readonly action: Action;
      readonly decision: 'comply' | 'decline';
      readonly reason: string;
    }
  | {
      /** Staff resolved an identity conflict (field names only: the values stay in the tenant's records). */
      readonly type: 'identity-resolved';
      readonly choice: 'keep-on-file' | 'use-submitted' | 'separate-person';
      readonly fields: ReadonlyArray<'fullName' | 'birthDate' | 'aNumber'>;
      readonly reason: string;
      /** separate-person: the reference the other person is now recorded under. */
      readonly reference: string | null;
    }
  | {
      readonly type: 'corrected';
      readonly corrects: number;
      readonly reason: string;
      readonly replacement: Readonly<Record<string, unknown>>;
    };

export type DetainerEventType = DetainerEventPayload['type'];

export const DETAINER_EVENT_TYPES: readonly DetainerEventType[] = [
  'received',
  'facts-updated',
  'evaluated',
  'release-eligible',
  'hold-started',
  'notice-served',
  'federal-notified',
  'transferred',
  'released',
  'hold-expired',
  'lifted',
  'cancelled',
  'decision-overridden',
  'identity-resolved',
  'corrected',
];

/** An event as stored: its place in the detainer's stream, when it happened and who recorded it. */
export interface DetainerEvent {
  readonly detainerId: string;
  readonly agencyId: string;
  /** 1 for `received`, then +1 for each event of this detainer. */
  readonly version: number;
  readonly payload: DetainerEventPayload;
  readonly recordedAt: string;
  /** A user id, or "system" for the sweeper and the law engine. */
  readonly actor: string;
}

/** Fields a correction may replace, per event type: times, reasons and facts, never who or what. */
export const CORRECTABLE: Readonly<Partial<Record<DetainerEventType, readonly string[]>>> = {
  // The scan's fingerprint may be added or fixed later (scanned after intake, or the wrong file hashed).
  received: ['document'],
  'facts-updated': ['facts'],
  'release-eligible': ['at', 'reason'],
  'federal-notified': ['at'],
  transferred: ['at'],
  released: ['at'],
  lifted: ['at', 'reason'],
  'notice-served': ['servedAt'],
};
