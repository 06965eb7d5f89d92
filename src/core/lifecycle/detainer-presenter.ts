import type { AppliedRule, DecisionTrace } from '../policy/decision.types.js';
import { dutyTextEs } from '../policy/duty-spanish.js';
import type { PolicyLibrary } from '../policy/library.js';
import type { Action, Citation, DutyDue, Level, Modality } from '../policy/policy.types.js';
import { ACTIONS } from '../policy/policy.types.js';
import type { DetainerRequest, DetainerSummary } from '../request/detainer-request.js';
import type { IdentityChoice, IdentityField } from '../request/identity.js';
import type { Alarm } from './alarms.js';
import type { DetainerEventPayload, DetainerEventType, NoticeKind, NoticeLanguage } from './detainer-event.js';
import { isTerminal, type DetainerStatus } from './detainer-state.js';
import type { DetainerView } from './lifecycle.use-cases.js';
import type { CommandOffer } from './plan-command.js';
import type { DocumentMediaType } from '../request/scanned-document.schema.js';

/**
 * The one JSON form of a detainer, shared by the API (`GET /detainers/:id`) and the CLI
 * (`detainers show --json`), so both print exactly the same thing. The server's schemas mirror
 * these types (checked at compile time in detainer.schema.ts).
 */

/** Where a notice's PDF is served. */
export function noticePath(detainerId: string, noticeId: string): string {
  return `/api/v1/detainers/${detainerId}/notices/${noticeId}`;
}

/** Where a notice's text is served, to show in the page. */
export function noticePreviewPath(detainerId: string, noticeId: string): string {
  return `${noticePath(detainerId, noticeId)}/preview`;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A command the caller may record now, with what it needs (see CommandOffer). */
export type CommandOfferJson = DeepMutable<CommandOffer>;

export interface DetainerRequestJson {
  id: string;
  agencyId: string;
  facilityId: string | null;
  form: DetainerRequest['form'];
  formEdition: string | null;
  warrant: DetainerRequest['warrant'];
  probableCause: Array<DetainerRequest['probableCause'][number]>;
  requestedActions: Array<DetainerRequest['requestedActions'][number]>;
  issuedAt: string;
  receivedAt: string;
  issuingOffice: string | null;
  federalReference: string | null;
  submittedBy: string;
  createdAt: string;
}

export interface ActionDecisionJson {
  requested: boolean;
  /** What the law makes the action, or null when the law could not decide. */
  modality: Modality | null;
  /** The law's decision (or the agency's discretion where the law permits). */
  decision: 'comply' | 'decline' | null;
  /** The decision in force: the law's, or a supervisor's override of a permitted action. */
  effective: 'comply' | 'decline' | null;
  overridden: { decision: 'comply' | 'decline'; reason: string } | null;
}

export interface AppliedRuleJson {
  rule: string;
  version: string;
  title?: string;
  /** The library's unofficial Spanish of the title, only while the library's English is `title`; else null. */
  titleEs?: string | null;
  level?: Level;
  citations?: Citation[];
}

export interface DecisionJson {
  id: string;
  asOf: string;
  actions: Record<Action, ActionDecisionJson>;
  holdUntil: string | null;
  applied: AppliedRuleJson[];
  /** How the law engine reached the decision (DESIGN.md section 4), from the stored decision document. */
  trace: DecisionTrace | null;
  error: { kind: string; message: string; fact?: string } | null;
}

export interface DutyJson {
  id: string;
  text: string;
  /** The library's unofficial Spanish translation of exactly this English text, or null. */
  textEs: string | null;
  due: string | null;
  dueWhen: DutyDue;
  /** waiting: whether the duty is owed depends on a fact the law still needs (see `waitingFor`). */
  status: 'open' | 'served' | 'overdue' | 'waiting';
  noticeId: string | null;
  noticeUrl: string | null;
  /** The rule that imposes the duty, and its citations (as stored with the decision, or else from the library). */
  rule: string | null;
  citations: Citation[];
  /** The missing facts a waiting duty depends on; empty for the others. */
  waitingFor: string[];
}

export interface NoticeJson {
  id: string;
  kind: NoticeKind;
  language: NoticeLanguage;
  dutyId: string | null;
  servedAt: string;
  /** The PDF as served (a download). */
  url: string;
  /** The notice's text in its language, to show in the page (JSON). */
  previewUrl: string;
}

export interface DetainerEventJson {
  version: number;
  type: DetainerEventType;
  /** The event's fields (everything but its type), as recorded. */
  payload: Record<string, unknown>;
  recordedAt: string;
  /** A user id, or "system". */
  actor: string;
}

/** The person, with personal data: only in the single view, never in lists. */
export interface SubjectJson {
  id: string;
  reference: string;
  fullName: string | null;
  birthDate: string | null;
  aNumber: string | null;
}

/**
 * A difference between what the request submitted and the record on file, with both values: only
 * for staff who may read personal data (null for a submitter, who sees only what it submitted).
 */
export interface IdentityConflictJson {
  fields: Array<{ field: IdentityField; onFile: string | null; submitted: string | null }>;
  detectedAt: string;
  resolution: { choice: IdentityChoice; at: string; by: string } | null;
}

export interface DetainerViewJson extends DetainerRequestJson {
  subject: SubjectJson;
  /** The scanned request's SHA-256, media type and size (the file is not kept); null when none was recorded. */
  document: { sha256: string; mediaType: DocumentMediaType; bytes: number } | null;
  identityConflict: IdentityConflictJson | null;
  status: DetainerStatus;
  version: number;
  decision: DecisionJson | null;
  deadlines: {
    /** The lawful end of the hold, once started (past it, the person is release-due); null once closed. */
    hold: string | null;
    /** The local days the hold's business-day clock skips: weekends, and holidays with their names. */
    excludedDays: Array<{ date: string; reason: 'weekend' | 'holiday'; name?: string }>;
    releaseEligibleAt: string | null;
    expectedReleaseAt: string | null;
    /** Due times of the duties not yet served, earliest first (none once closed). */
    duties: Array<{ id: string; due: string; status: 'open' | 'overdue' }>;
  };
  duties: DutyJson[];
  notices: NoticeJson[];
  alarms: Array<Mutable<Alarm>>;
  events: DetainerEventJson[];
  /**
   * The commands the caller may record now, each with what it needs; empty for roles that record
   * nothing (auditors, federal liaisons). From the same rules POST /events enforces.
   */
  commands: CommandOfferJson[];
}

export interface DetainerSummaryJson extends DetainerRequestJson {
  subject: { id: string; reference: string };
  /** The status as of the listing (a hold past its deadline is already release-due). */
  status: DetainerStatus;
  /** The version to name as `expectedVersion` when recording the next event. */
  version: number;
  holdDeadline: string | null;
  openDuties: { count: number; nextDue: string | null };
}

export function requestJson(d: Omit<DetainerRequest, 'subject'>): DetainerRequestJson {
  return {
    id: d.id,
    agencyId: d.agencyId,
    facilityId: d.facilityId,
    form: d.form,
    formEdition: d.formEdition,
    warrant: d.warrant,
    probableCause: [...d.probableCause],
    requestedActions: [...d.requestedActions],
    issuedAt: d.issuedAt.toISOString(),
    receivedAt: d.receivedAt.toISOString(),
    issuingOffice: d.issuingOffice,
    federalReference: d.federalReference,
    submittedBy: d.submittedBy,
    createdAt: d.createdAt.toISOString(),
  };
}

/** A request with its subject's personal data: for the agency's own staff, one request at a time. */
export function detainerRequestJson(d: DetainerRequest): DetainerRequestJson & { subject: SubjectJson } {
  const { id, reference, fullName, birthDate, aNumber } = d.subject;
  return { ...requestJson(d), subject: { id, reference, fullName, birthDate, aNumber } };
}

/** A request in a list: the subject only by the agency's reference, never personal data. */
export function detainerSummaryJson(d: DetainerSummary): DetainerSummaryJson {
  return {
    ...requestJson(d),
    subject: { id: d.subject.id, reference: d.subject.reference },
    status: d.status,
    version: d.version,
    holdDeadline: d.holdDeadline?.toISOString() ?? null,
    openDuties: { count: d.openDuties.count, nextDue: d.openDuties.nextDue?.toISOString() ?? null },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface StoredDuty {
  readonly id: string;
  readonly rule: string;
  readonly citations: readonly Citation[];
}

/** The engine's answer kept with the decision: `{ input, output }`, output a Decision or `{ error }`. */
function storedOutput(document: unknown): {
  applied?: readonly AppliedRule[];
  trace?: DecisionTrace;
  duties: readonly StoredDuty[];
} {
  if (!isObject(document) || !isObject(document.output)) return { duties: [] };
  const output = document.output;
  // A decision keeps its duties; a missing fact keeps those owed already and those waiting for it.
  const error = isObject(output.error) ? output.error : {};
  const duties = [output.duties, error.duties, error.waiting].flatMap((list) =>
    Array.isArray(list) ? (list as unknown[]).filter(isStoredDuty) : [],
  );
  return {
    ...(Array.isArray(output.applied) ? { applied: output.applied as AppliedRule[] } : {}),
    ...(isObject(output.trace) ? { trace: output.trace as unknown as DecisionTrace } : {}),
    duties,
  };
}

function isStoredDuty(value: unknown): value is StoredDuty {
  return (
    isObject(value) && typeof value.id === 'string' && typeof value.rule === 'string' && Array.isArray(value.citations)
  );
}

/** A duty's rule and citations: as stored with the decision, or else the library's rule that defines it. */
function dutySource(
  duty: { readonly id: string; readonly rule: string | null },
  stored: readonly StoredDuty[],
  library: PolicyLibrary,
): { rule: string | null; citations: Citation[] } {
  const kept = stored.find((d) => d.id === duty.id && (duty.rule === null || d.rule === duty.rule));
  if (kept) return { rule: kept.rule, citations: kept.citations.map((c) => ({ title: c.title, href: c.href })) };
  const rule =
    (duty.rule !== null ? library.rules.get(duty.rule) : undefined) ??
    [...library.rules.values()].find((r) => r.versions.some((v) => v.duties.some((d) => d.id === duty.id)));
  return rule
    ? { rule: rule.id, citations: rule.citations.map((c) => ({ title: c.title, href: c.href })) }
    : { rule: duty.rule, citations: [] };
}

/**
 * Each applied rule with its title, level and citations: as stored with the decision (what the
 * law said when it decided), or else from the library as it is now.
 */
export function appliedWithCitations(
  applied: ReadonlyArray<{ readonly rule: string; readonly version: string }>,
  library: PolicyLibrary,
  stored: readonly AppliedRule[] = [],
): AppliedRuleJson[] {
  return applied.map(({ rule, version }) => {
    const kept = stored.find((a) => a.rule === rule && a.version === version);
    const known = kept ?? library.rules.get(rule);
    if (!known) return { rule, version };
    const current = library.rules.get(rule);
    return {
      rule,
      version,
      title: known.title,
      titleEs: current && current.title === known.title ? current.titleEs : null,
      level: known.level,
      citations: known.citations.map((c) => ({ title: c.title, href: c.href })),
    };
  });
}

function decisionJson(view: DetainerView, library: PolicyLibrary): DecisionJson | null {
  const summary = view.state.decision;
  if (!summary) return null;
  const stored = storedOutput(view.decisionDocument);
  const actions = Object.fromEntries(
    ACTIONS.map((action) => {
      const law = summary.actions[action];
      const override = view.state.overrides[action];
      const json: ActionDecisionJson = {
        requested: law.requested,
        modality: law.modality,
        decision: law.decision,
        effective: view.effective[action],
        overridden: override ? { decision: override.decision, reason: override.reason } : null,
      };
      return [action, json];
    }),
  ) as Record<Action, ActionDecisionJson>;
  return {
    id: summary.decisionId,
    asOf: summary.asOf,
    actions,
    holdUntil: summary.holdUntil,
    applied: appliedWithCitations(summary.applied, library, stored.applied),
    trace: stored.trace ?? null,
    error: summary.error ? { ...summary.error } : null,
  };
}

function eventJson(event: DetainerView['events'][number]): DetainerEventJson {
  const { type, ...fields } = event.payload as DetainerEventPayload & Record<string, unknown>;
  return { version: event.version, type, payload: fields, recordedAt: event.recordedAt, actor: event.actor };
}

function identityConflictJson(request: DetainerRequest): IdentityConflictJson | null {
  const conflict = request.identityConflict;
  const submitted = request.submittedSubject;
  if (!conflict || !submitted) return null;
  return {
    fields: conflict.fields.map((field) => ({ field, onFile: request.subject[field], submitted: submitted[field] })),
    detectedAt: conflict.detectedAt.toISOString(),
    resolution: conflict.resolution
      ? { choice: conflict.resolution.choice, at: conflict.resolution.at.toISOString(), by: conflict.resolution.by }
      : null,
  };
}

function commandJson(offer: CommandOffer): CommandOfferJson {
  switch (offer.type) {
    case 'release-eligible':
      return { ...offer, reasons: [...offer.reasons] };
    case 'notice-served':
      return {
        ...offer,
        notices: [...offer.notices],
        languages: [...offer.languages],
        duties: offer.duties.map((d) => ({ ...d, languages: [...d.languages] })),
      };
    case 'decision-overridden':
      return { ...offer, actions: offer.actions.map((a) => ({ ...a })) };
    case 'corrected':
      return { ...offer, events: offer.events.map((e) => ({ ...e, fields: [...e.fields] })) };
    default:
      return { ...offer };
  }
}

/** Everything the desk shows about one detainer, as JSON. */
export function detainerViewJson(view: DetainerView, library: PolicyLibrary): DetainerViewJson {
  const id = view.request.id;
  const storedDuties = storedOutput(view.decisionDocument).duties;
  const duties: DutyJson[] = view.duties.map((d) => ({
    id: d.id,
    text: d.text,
    textEs: dutyTextEs(d, library),
    due: d.due,
    dueWhen: d.dueWhen as DutyDue,
    status: d.status,
    noticeId: d.noticeId,
    noticeUrl: d.noticeId ? noticePath(id, d.noticeId) : null,
    ...dutySource(d, storedDuties, library),
    waitingFor: [...d.waitingFor],
  }));
  const languages = new Map(
    view.events.flatMap((e) => (e.payload.type === 'notice-served' ? [[e.payload.noticeId, e.payload.language]] : [])),
  );
  return {
    ...detainerRequestJson(view.request),
    document: view.state.document ? { ...view.state.document } : null,
    identityConflict: identityConflictJson(view.request),
    status: view.status,
    version: view.version,
    decision: decisionJson(view, library),
    deadlines: {
      // A closed detainer has no deadline left to meet (its history keeps the hold's).
      hold: isTerminal(view.status) ? null : (view.state.hold?.deadline ?? null),
      excludedDays: view.holdExcludedDays.map((day) => ({ ...day })),
      releaseEligibleAt: view.state.releaseEligible?.at ?? null,
      expectedReleaseAt: view.state.facts.expectedReleaseAt ?? null,
      duties: duties
        .filter(() => !isTerminal(view.status))
        .filter(
          (d): d is DutyJson & { due: string; status: 'open' | 'overdue' } =>
            d.due !== null && (d.status === 'open' || d.status === 'overdue'),
        )
        .map((d) => ({ id: d.id, due: d.due, status: d.status }))
        .sort((a, b) => Date.parse(a.due) - Date.parse(b.due)),
    },
    duties,
    notices: view.state.noticesServed.map((n) => ({
      id: n.noticeId,
      kind: n.notice as NoticeKind,
      language: languages.get(n.noticeId) ?? 'en',
      dutyId: n.dutyId,
      servedAt: n.servedAt,
      url: noticePath(id, n.noticeId),
      previewUrl: noticePreviewPath(id, n.noticeId),
    })),
    alarms: view.alarms.map((a) => ({ ...a })),
    events: view.events.map(eventJson),
    commands: view.commands.map(commandJson),
  };
}
