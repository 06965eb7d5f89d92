import type { Agency } from '../agency/agency.js';
import type { AgencyRepository } from '../agency/agency-repository.port.js';
import { sha256 } from '../audit/hash-chain.js';
import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { formatInstant } from '../clock/local-calendar.js';
import type { EngineContext } from '../policy/evaluate.js';
import type { DetainerRequest } from '../request/detainer-request.js';
import type { DetainerRepository } from '../request/detainer-repository.port.js';
import { getDetainer } from '../request/detainer.use-cases.js';
import { domainError, type DomainError } from '../shared/errors.js';
import type { AgencyId, DetainerId } from '../shared/ids.js';
import type { Clock, IdGenerator } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import { alarmFromProjection, alarmsOf, dutyStatuses, type Alarm, type DutyStatus } from './alarms.js';
import { AlarmQuerySchema, DEFAULT_ALARM_PAGE_SIZE } from './alarms.schema.js';
import { decideDetainer } from './decide.js';
import type { DetainerCommand } from './detainer-command.js';
import type { DetainerEvent, DetainerEventPayload, NoticeKind } from './detainer-event.js';
import {
  effectiveDecision,
  foldDetainer,
  statusAt,
  type DetainerState,
  type DetainerStatus,
} from './detainer-state.js';
import type {
  DetainerEventStore,
  NewEvent,
  NoticeContent,
  NoticeRenderer,
  PersonalDataReadLog,
  ReadPurpose,
  StoredDecision,
  StoredNotice,
} from './lifecycle.ports.js';
import { holdExcludedDays } from './hold-clock.js';
import type { ExcludedDay } from '../clock/hold-window.js';
import { availableCommands, planCommand, type CommandOffer } from './plan-command.js';
import { noticeCitations, storedAppliedRules, withDutyNotices } from './duty-notices.js';
import { projectionOf } from './projection.js';

export interface LifecycleDeps {
  readonly detainers: DetainerRepository;
  readonly events: DetainerEventStore;
  readonly agencies: AgencyRepository;
  readonly law: EngineContext;
  readonly renderer: NoticeRenderer;
  readonly reads: PersonalDataReadLog;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** A detainer as the desk shows it: the request, its state now, the decision in force, deadlines, duties and history. */
export interface DetainerView {
  readonly request: DetainerRequest;
  readonly status: DetainerStatus;
  readonly version: number;
  readonly state: DetainerState;
  readonly effective: Readonly<Record<'hold' | 'notify' | 'transfer', 'comply' | 'decline' | null>>;
  readonly decisionDocument: unknown;
  /** The weekend days and holidays the hold deadline skips (business-day clock only). */
  readonly holdExcludedDays: readonly ExcludedDay[];
  readonly duties: readonly DutyStatus[];
  readonly alarms: readonly Alarm[];
  readonly events: readonly DetainerEvent[];
  /** The commands the caller may record now (none for roles that record nothing), from the state machine's gates. */
  readonly commands: readonly CommandOffer[];
}

function asEvents(
  base: readonly DetainerEvent[],
  payloads: readonly DetainerEventPayload[],
  now: Date,
  actor: string,
): DetainerEvent[] {
  const first = base[0];
  return [
    ...base,
    ...payloads.map((payload, i) => ({
      detainerId: first?.detainerId ?? '',
      agencyId: first?.agencyId ?? '',
      version: base.length + i + 1,
      payload,
      recordedAt: now.toISOString(),
      actor,
    })),
  ];
}

/**
 * Records what happened to a detainer: checks the command against the state machine and the
 * decision in force, asks the law again when facts or release eligibility change, starts the hold
 * when the decision complies, renders the notice a duty demands, and appends it all at once.
 */
export async function recordEvent(
  deps: LifecycleDeps,
  principal: Principal,
  id: string,
  expectedVersion: number,
  command: DetainerCommand,
): Promise<Result<DetainerView, DomainError>> {
  if (!can(principal.role, 'detainer:record')) return err(forbidden('record what happens to a detainer'));
  const found = await getDetainer(deps, principal, id);
  if (!found.ok) return found;
  const request = found.value;
  const agency = await deps.agencies.findById(principal.agencyId);
  if (!agency) return err(domainError('AGENCY.NOT_FOUND', 'Your agency no longer exists.'));
  const history = await deps.events.load(agency.id, request.id);
  const state = withDutyNotices(foldDetainer(history), deps.law.library);
  if (state.version !== expectedVersion) return err(versionConflict(expectedVersion, state.version));

  const now = deps.clock.now();
  const plan = planCommand(state, history, command, now, principal);
  if (!plan.ok) return plan;

  const events: NewEvent[] = [];
  const decisions: StoredDecision[] = [];
  const notices: StoredNotice[] = [];
  let payloads = [...plan.value.events];

  if (command.type === 'notice-served') {
    const notice = await renderNotice(deps, agency, request, state, command.notice, command.language, now);
    notices.push(notice);
    payloads = payloads.map((p) => (p.type === 'notice-served' ? { ...p, noticeId: notice.id } : p));
  }
  for (const payload of payloads) events.push({ payload, actor: principal.userId });

  let simulated = foldDetainer(asEvents(history, payloads, now, principal.userId));
  if (plan.value.reevaluate) {
    const { summary, stored } = decideDetainer(
      deps.law,
      agency,
      request,
      simulated.facts,
      simulated.releaseEligible?.at ?? null,
      now,
      deps.ids.uuid(),
    );
    decisions.push(stored);
    events.push({ payload: { type: 'evaluated', decision: summary }, actor: 'system' });
    simulated = foldDetainer(
      asEvents(
        history,
        events.map((e) => e.payload),
        now,
        principal.userId,
      ),
    );
  }
  const start = holdToStart(simulated, command, now);
  if (start) {
    events.push({ payload: start, actor: 'system' });
    simulated = foldDetainer(
      asEvents(
        history,
        events.map((e) => e.payload),
        now,
        principal.userId,
      ),
    );
  }

  const outcome = await deps.events.append({
    agencyId: agency.id,
    detainerId: request.id,
    expectedVersion,
    events,
    recordedAt: now,
    decisions,
    notices,
    projection: projectionOf(simulated, now),
  });
  if (outcome === 'version-conflict') return err(versionConflict(expectedVersion, null));
  return viewDetainer(deps, principal, id, 'record-event');
}

/** When the person becomes eligible for release (or a supervisor turns a permitted hold to comply), the hold starts. */
function holdToStart(state: DetainerState, command: DetainerCommand, now: Date): DetainerEventPayload | undefined {
  const triggers =
    command.type === 'release-eligible' || (command.type === 'decision-overridden' && command.action === 'hold');
  if (!triggers || state.status !== 'release-due' || !state.releaseEligible || state.liftedAt) return undefined;
  const deadline = state.decision?.holdUntil;
  if (effectiveDecision(state, 'hold') !== 'comply' || !deadline || Date.parse(deadline) <= now.getTime())
    return undefined;
  return { type: 'hold-started', at: state.releaseEligible.at, deadline };
}

function versionConflict(expected: number, actual: number | null): DomainError {
  return domainError(
    'DETAINER.VERSION_CONFLICT',
    'Another change was recorded first: reload the detainer and try again.',
    actual === null ? { expectedVersion: expected } : { expectedVersion: expected, version: actual },
  );
}

async function renderNotice(
  deps: LifecycleDeps,
  agency: Agency,
  request: DetainerRequest,
  state: DetainerState,
  kind: NoticeKind,
  language: 'en' | 'es',
  now: Date,
): Promise<StoredNotice> {
  const zone = agency.timeZone;
  // The citations of the rules the decision applied, as the decision kept them.
  const decisionId = state.decision?.decisionId;
  const stored = decisionId ? await deps.events.decision(agency.id, decisionId) : undefined;
  const citations = noticeCitations(state, kind, deps.law.library, storedAppliedRules(stored?.document));
  const content: NoticeContent = {
    kind,
    language,
    agencyName: agency.name,
    synthetic: agency.synthetic,
    facilityName: null,
    personName: request.subject.fullName,
    bookingReference: request.subject.reference,
    form: request.form,
    formEdition: request.formEdition,
    receivedAt: formatInstant(request.receivedAt, zone),
    issuedAt: formatInstant(request.issuedAt, zone),
    decisions: {
      hold: effectiveDecision(state, 'hold'),
      notify: effectiveDecision(state, 'notify'),
      transfer: effectiveDecision(state, 'transfer'),
    },
    holdUntil: state.hold?.deadline ? formatInstant(new Date(state.hold.deadline), zone) : null,
    releaseAt: state.releaseEligible
      ? formatInstant(new Date(state.releaseEligible.at), zone)
      : (state.facts.expectedReleaseAt ?? null),
    citations,
    servedAt: formatInstant(now, zone),
    timeZone: zone,
    custody: {
      bailPostedAt:
        state.releaseEligible?.reason === 'bond-posted'
          ? formatInstant(new Date(state.releaseEligible.at), zone)
          : null,
      outcome: state.status === 'released' || state.status === 'transferred' ? state.status : null,
      outcomeAt:
        (state.status === 'released' || state.status === 'transferred') && state.closedAt
          ? formatInstant(new Date(state.closedAt), zone)
          : null,
    },
  };
  const pdf = await deps.renderer.render(content);
  return {
    id: deps.ids.uuid(),
    agencyId: agency.id,
    detainerId: request.id,
    kind,
    language,
    pdf,
    sha256: sha256(Buffer.from(pdf).toString('base64')),
    createdAt: now,
    content,
  };
}

/** One detainer with everything the desk shows. Reading it reads personal data, so the read is recorded. */
export async function viewDetainer(
  deps: LifecycleDeps,
  principal: Principal,
  id: string,
  purpose: ReadPurpose = 'view',
): Promise<Result<DetainerView, DomainError>> {
  const found = await getDetainer(deps, principal, id);
  if (!found.ok) return found;
  const request = found.value;
  const now = deps.clock.now();
  const events = await deps.events.load(request.agencyId, request.id);
  const state = withDutyNotices(foldDetainer(events), deps.law.library);
  const decisionId = state.decision?.decisionId;
  const stored = decisionId ? await deps.events.decision(request.agencyId, decisionId) : undefined;
  await deps.reads.record({
    agencyId: request.agencyId,
    userId: principal.userId,
    detainerId: request.id,
    at: now,
    purpose,
    channel: principal.via,
  });
  return ok({
    request,
    status: statusAt(state, now),
    version: state.version,
    state,
    effective: {
      hold: effectiveDecision(state, 'hold'),
      notify: effectiveDecision(state, 'notify'),
      transfer: effectiveDecision(state, 'transfer'),
    },
    decisionDocument: stored?.document ?? null,
    holdExcludedDays: holdExcludedDays(stored?.document, deps.law.calendar),
    duties: dutyStatuses(state, now),
    alarms: alarmsOf(request.id, state, now, deps.law.library),
    // Identity decisions concern the records on file: a submitter does not see them.
    events: can(principal.role, 'detainer:read')
      ? events
      : events.filter((e) => e.payload.type !== 'identity-resolved'),
    commands: availableCommands(state, events, now, principal),
  });
}

/**
 * One page of the agency's open alarms, most urgent first, with how many there are. Read from the
 * projection in one query: the same alarms, in the same order, as folding every open detainer's
 * events (`alarmsOf`, sorted `byUrgency`), which the detainer view still does for one detainer.
 */
export async function listAlarms(
  deps: LifecycleDeps,
  principal: Principal,
  raw: Readonly<Record<string, unknown>> = {},
): Promise<Result<{ alarms: Alarm[]; total: number; limit: number; offset: number }, DomainError>> {
  if (!can(principal.role, 'detainer:read')) return err(forbidden('see alarms'));
  const checked = validateTextInput(AlarmQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const limit = checked.value.limit ?? DEFAULT_ALARM_PAGE_SIZE;
  const offset = checked.value.offset ?? 0;
  const page = await deps.events.alarms(principal.agencyId, deps.clock.now(), { limit, offset });
  return ok({
    alarms: page.items.map((row) => alarmFromProjection(row, deps.law.library)),
    total: page.total,
    limit,
    offset,
  });
}

/** What one sweep found and did. */
export interface SweepOutcome {
  /** The holds this sweep recorded as expired (another instance or an earlier sweep recorded the others). */
  readonly expired: Array<{ agencyId: AgencyId; detainerId: DetainerId; deadline: string }>;
  /** When the sweep began: the instant every deadline was compared with. */
  readonly at: Date;
  /**
   * The sweeper's lag: how long the oldest hold this sweep found past its deadline had been past it
   * when the sweep began, in seconds; 0 when it found none. A sweeper that keeps up stays below its
   * interval.
   */
  readonly lagSeconds: number;
}

/**
 * The sweeper: every hold whose deadline has passed becomes release-due, recorded as a
 * `hold-expired` event by "system". Idempotent, and safe with several instances: each append
 * names the version it saw, so only one instance records a given expiry. It renders no notice and
 * stores nothing but the event and its projection; the alarm it raises is read from the
 * projection. `keepGoing` is asked before each expiry is recorded: a sweeper that has lost its
 * leadership stops there (what it recorded stays recorded).
 */
export async function sweepHolds(
  deps: LifecycleDeps,
  limit = 500,
  keepGoing: () => boolean = () => true,
): Promise<SweepOutcome> {
  const now = deps.clock.now();
  const expired: Array<{ agencyId: AgencyId; detainerId: DetainerId; deadline: string }> = [];
  let oldestDeadline: number | null = null;
  for (const due of await deps.events.holdsPastDeadline(now, limit)) {
    if (!keepGoing()) break;
    const history = await deps.events.load(due.agencyId, due.detainerId);
    const state = foldDetainer(history);
    if (state.status !== 'holding' || !state.hold || Date.parse(state.hold.deadline) > now.getTime()) continue;
    const deadline = Date.parse(state.hold.deadline);
    if (oldestDeadline === null || deadline < oldestDeadline) oldestDeadline = deadline;
    if (state.version !== due.version || !keepGoing()) continue;
    const payload: DetainerEventPayload = {
      type: 'hold-expired',
      at: now.toISOString(),
      deadline: state.hold.deadline,
    };
    const after = foldDetainer(asEvents(history, [payload], now, 'system'));
    const outcome = await deps.events.append({
      agencyId: due.agencyId,
      detainerId: due.detainerId,
      expectedVersion: state.version,
      events: [{ payload, actor: 'system' }],
      recordedAt: now,
      decisions: [],
      notices: [],
      projection: projectionOf(after, now),
    });
    if (outcome === 'appended')
      expired.push({ agencyId: due.agencyId, detainerId: due.detainerId, deadline: state.hold.deadline });
  }
  return {
    expired,
    at: now,
    lagSeconds: oldestDeadline === null ? 0 : Math.max(0, (now.getTime() - oldestDeadline) / 1000),
  };
}
