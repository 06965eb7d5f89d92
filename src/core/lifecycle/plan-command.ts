import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { ACTIONS, type Action } from '../policy/policy.types.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { COMMAND_TYPES, type DetainerCommand, type DetainerCommandType } from './detainer-command.js';
import { dueNotices, noticeOf } from './duty-notices.js';
import {
  CORRECTABLE,
  NOTICE_LANGUAGES,
  RELEASE_REASONS,
  type DetainerEvent,
  type DetainerEventPayload,
  type DetainerEventType,
  type NoticeKind,
  type NoticeLanguage,
  type ReleaseReason,
} from './detainer-event.js';
import { effectiveDecision, statusAt, type DetainerState, type DetainerStatus } from './detainer-state.js';

/** What a command records, and whether the law must be asked again afterwards. */
export interface CommandPlan {
  readonly events: readonly DetainerEventPayload[];
  readonly reevaluate: boolean;
}

const OPEN: readonly DetainerStatus[] = ['pending', 'holding', 'release-due'];
const MAX_REASON = 2000;

function illegal(command: string, status: DetainerStatus, why: string): DomainError {
  return domainError('DETAINER.ILLEGAL_TRANSITION', `Cannot record ${command} now: ${why}.`, { type: command, status });
}

function instantOr(now: Date, at: string | undefined, field: string): Result<string, DomainError> {
  if (at === undefined) return ok(now.toISOString());
  const parsed = Date.parse(at);
  if (!/[zZ]|[+-]\d{2}:\d{2}$/.test(at) || Number.isNaN(parsed))
    return err(invalidField(field, 'must be an ISO 8601 instant with an offset', 'instant'));
  if (parsed > now.getTime() + 5 * 60_000) return err(invalidField(field, 'is in the future', 'future'));
  return ok(new Date(parsed).toISOString());
}

function reason(text: string): Result<string, DomainError> {
  const trimmed = text.trim();
  if (trimmed.length === 0) return err(invalidField('reason', `must be 1 to ${MAX_REASON} characters`, 'blank'));
  if (trimmed.length > MAX_REASON)
    return err(invalidField('reason', `must be 1 to ${MAX_REASON} characters`, 'maxLength', { limit: MAX_REASON }));
  return ok(trimmed);
}

/**
 * The notice kinds the law in force calls for (see `dueNotices`). The state's decision must name
 * each duty's notice: complete older decisions with `withDutyNotices` first.
 */
export function dueNoticeKinds(state: DetainerState): NoticeKind[] {
  return dueNotices(state).map((n) => n.kind);
}

/**
 * A command the desk may record now, with what it needs: the list a detainer's page offers
 * (`commands` in the detainer view). Computed by `availableCommands` from the same gates that
 * `planCommand` enforces, so what is offered is accepted (given valid input) and nothing else is.
 */
export type CommandOffer =
  | { readonly type: 'facts-updated' }
  | { readonly type: 'release-eligible'; readonly reasons: readonly ReleaseReason[] }
  | {
      readonly type: 'hold-started';
      /** The lawful end of the hold the command starts. */
      readonly deadline: string;
    }
  | {
      readonly type: 'notice-served';
      /** The notices the law in force calls for (each discharges a duty of its decision). */
      readonly notices: readonly NoticeKind[];
      /** Every language some due notice is declared in (each duty says its own in `duties`). */
      readonly languages: readonly NoticeLanguage[];
      /** The duties of the decision in force that a notice discharges (name one as dutyId with its notice). */
      readonly duties: ReadonlyArray<{
        readonly dutyId: string;
        readonly notice: NoticeKind;
        /** The languages its policy file declares the notice in. */
        readonly languages: readonly NoticeLanguage[];
        readonly served: boolean;
      }>;
    }
  | { readonly type: 'federal-notified' }
  | { readonly type: 'transferred' }
  | { readonly type: 'released' }
  | { readonly type: 'lifted' }
  | { readonly type: 'cancelled' }
  | {
      readonly type: 'decision-overridden';
      /** The actions the law leaves permitted (supervisors only), with the decision in force now. */
      readonly actions: ReadonlyArray<{ readonly action: Action; readonly effective: 'comply' | 'decline' | null }>;
    }
  | {
      readonly type: 'corrected';
      /** The events that can be corrected, and the fields a correction of each may replace. */
      readonly events: ReadonlyArray<{
        readonly version: number;
        readonly type: DetainerEventType;
        readonly fields: readonly string[];
      }>;
    };

/** What the gates read: the detainer now, its history, and who asks. */
interface GateContext {
  readonly state: DetainerState;
  readonly events: readonly DetainerEvent[];
  readonly status: DetainerStatus;
  readonly now: Date;
  readonly principal: Principal;
}

type Gate = (c: GateContext) => Result<CommandOffer, DomainError>;

const isOpen = (status: DetainerStatus) => OPEN.includes(status);

/** The checks of an override of one action, in the order the handler reports them. */
function overridable(c: GateContext, action: Action): Result<true, DomainError> {
  if (!isOpen(c.status)) return err(illegal('decision-overridden', c.status, 'the detainer is closed'));
  const law = c.state.decision?.actions[action];
  if (!law?.requested || c.state.decision?.error)
    return err(
      illegal('decision-overridden', c.status, `the request does not ask for ${action} or the law has not decided`),
    );
  if (law.modality !== 'permitted') {
    return err(
      domainError(
        'DETAINER.OVERRIDE_NOT_PERMITTED',
        `The law makes ${action} ${law.modality}; only a permitted action can be overridden.`,
        { action, modality: law.modality },
      ),
    );
  }
  return ok(true);
}

/** The events a correction may name, with the fields it may replace. */
function correctable(events: readonly DetainerEvent[]) {
  return events.flatMap((e) => {
    const fields = CORRECTABLE[e.payload.type];
    return fields ? [{ version: e.version, type: e.payload.type, fields }] : [];
  });
}

/**
 * Whether each command may be recorded now, whatever its input: the state machine's rules that
 * depend on the detainer's state, the decision in force and the caller's role. One gate per
 * command; `planCommand` runs it before checking the command's own input.
 */
const GATES: Readonly<Record<DetainerCommandType, Gate>> = {
  'facts-updated': (c) =>
    isOpen(c.status)
      ? ok({ type: 'facts-updated' })
      : err(illegal('facts-updated', c.status, 'the detainer is closed')),

  'release-eligible': (c) =>
    c.status === 'pending'
      ? ok({ type: 'release-eligible', reasons: RELEASE_REASONS })
      : err(illegal('release-eligible', c.status, 'release eligibility is recorded once, while pending')),

  'hold-started': ({ state, status, now }) => {
    if (status !== 'release-due' || !state.releaseEligible) {
      return err(
        illegal(
          'hold-started',
          status,
          'a hold starts only once the person is eligible for release and not already held',
        ),
      );
    }
    if (effectiveDecision(state, 'hold') !== 'comply' || !state.decision?.holdUntil) {
      return err(illegal('hold-started', status, 'the decision in force does not comply with a hold'));
    }
    if (Date.parse(state.decision.holdUntil) <= now.getTime())
      return err(illegal('hold-started', status, 'the lawful hold window has ended'));
    return ok({ type: 'hold-started', deadline: state.decision.holdUntil });
  },

  'notice-served': ({ state, status }) => {
    if (status === 'cancelled') return err(illegal('notice-served', status, 'the detainer was cancelled'));
    // A duty waiting for a missing fact cannot be discharged yet: it is not offered.
    const duties = (state.decision?.duties ?? []).flatMap((duty) => {
      const notice = duty.waitingFor ? null : noticeOf(duty);
      return notice
        ? [
            {
              dutyId: duty.id,
              notice: notice.kind,
              languages: notice.languages,
              served: state.noticesServed.some((n) => n.dutyId === duty.id),
            },
          ]
        : [];
    });
    // Only the notices the law in force calls for: those its policy files declare on a duty of its decision.
    const due = dueNotices(state);
    if (due.length === 0)
      return err(illegal('notice-served', status, 'the law in force calls for no notice this desk serves'));
    const languages = NOTICE_LANGUAGES.filter((l) => due.some((n) => n.languages.includes(l)));
    return ok({ type: 'notice-served', notices: due.map((n) => n.kind), languages, duties });
  },

  'federal-notified': (c) => complies(c, 'federal-notified', 'notify'),
  transferred: (c) => complies(c, 'transferred', 'transfer'),

  released: (c) =>
    isOpen(c.status) ? ok({ type: 'released' }) : err(illegal('released', c.status, 'the detainer is closed')),

  lifted: (c) =>
    isOpen(c.status) ? ok({ type: 'lifted' }) : err(illegal('lifted', c.status, 'the detainer is closed')),

  cancelled: (c) =>
    c.status === 'pending'
      ? ok({ type: 'cancelled' })
      : err(illegal('cancelled', c.status, 'only a pending request can be cancelled as entered in error')),

  'decision-overridden': (c) => {
    if (c.principal.role !== 'supervisor')
      return err(domainError('AUTH.FORBIDDEN', 'Only a supervisor may override a decision.'));
    const checks = ACTIONS.map((action) => ({ action, check: overridable(c, action) }));
    const actions = checks
      .filter(({ check }) => check.ok)
      .map(({ action }) => ({ action, effective: effectiveDecision(c.state, action) }));
    if (actions.length > 0) return ok({ type: 'decision-overridden', actions });
    // None: the reason the first action is refused (a closed detainer, or nothing the law leaves permitted).
    const first = checks.find(({ check }) => !check.ok)!.check;
    return first.ok ? err(illegal('decision-overridden', c.status, 'no action can be overridden')) : first;
  },

  corrected: ({ events, status }) => {
    const targets = correctable(events);
    return targets.length > 0
      ? ok({ type: 'corrected', events: targets })
      : err(illegal('corrected', status, 'no event of this detainer can be corrected'));
  },
};

function complies(c: GateContext, type: 'federal-notified' | 'transferred', action: 'notify' | 'transfer') {
  if (!isOpen(c.status)) return err(illegal(type, c.status, 'the detainer is closed'));
  if (effectiveDecision(c.state, action) !== 'comply') {
    return err(
      illegal(
        type,
        c.status,
        `the decision in force does not comply with ${action === 'notify' ? 'notification' : 'transfer'}`,
      ),
    );
  }
  return ok({ type });
}

function gate(
  type: DetainerCommandType,
  state: DetainerState,
  events: readonly DetainerEvent[],
  now: Date,
  principal: Principal,
): Result<CommandOffer, DomainError> {
  if (!can(principal.role, 'detainer:record')) return err(forbidden('record what happens to a detainer'));
  return GATES[type]({ state, events, status: statusAt(state, now), now, principal });
}

/**
 * The commands the caller may record on this detainer now, each with what it needs. Auditors and
 * federal liaisons record nothing: an empty list.
 */
export function availableCommands(
  state: DetainerState,
  events: readonly DetainerEvent[],
  now: Date,
  principal: Principal,
): CommandOffer[] {
  return COMMAND_TYPES.flatMap((type) => {
    const offer = gate(type, state, events, now, principal);
    return offer.ok ? [offer.value] : [];
  });
}

/**
 * The state machine: checks a command against the detainer's state, the decision in force and the
 * caller's role (the gates above, shared with `availableCommands`), then the command's own input,
 * and says which events record it. Pure; the use case appends them with the expected version.
 */
export function planCommand(
  state: DetainerState,
  events: readonly DetainerEvent[],
  command: DetainerCommand,
  now: Date,
  principal: Principal,
): Result<CommandPlan, DomainError> {
  const context: GateContext = { state, events, status: statusAt(state, now), now, principal };
  const allowed = gate(command.type, state, events, now, principal);
  if (!allowed.ok) {
    // An override names its action: say why that one cannot be overridden.
    if (command.type === 'decision-overridden' && allowed.error.code !== 'AUTH.FORBIDDEN') {
      const check = overridable(context, command.action);
      if (!check.ok) return check;
    }
    return allowed;
  }
  const one = (payload: DetainerEventPayload, reevaluate = false): Result<CommandPlan, DomainError> =>
    ok({ events: [payload], reevaluate });

  switch (command.type) {
    case 'facts-updated':
      return one({ type: 'facts-updated', facts: command.facts }, true);

    case 'release-eligible': {
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: 'release-eligible', at: at.value, reason: command.reason }, true);
    }

    case 'hold-started': {
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: 'hold-started', at: at.value, deadline: state.decision!.holdUntil! });
    }

    case 'notice-served': {
      if (command.dutyId !== undefined) {
        const duty = state.decision?.duties.find((d) => d.id === command.dutyId);
        if (!duty) return err(invalidField('dutyId', 'names no duty of the decision in force', 'noDuty'));
        if (duty.waitingFor)
          return err(
            invalidField(
              'dutyId',
              `names a duty that waits for missing facts (${duty.waitingFor.join(', ')})`,
              'dutyWaiting',
              {
                allowed: [...duty.waitingFor],
              },
            ),
          );
        const expected = noticeOf(duty)?.kind;
        if (expected !== command.notice) {
          return err(
            invalidField(
              'notice',
              expected
                ? `the duty ${command.dutyId} is discharged by a ${expected} notice`
                : `no notice of this desk discharges the duty ${command.dutyId}`,
              expected ? 'wrongNotice' : 'noNoticeForDuty',
              expected ? { allowed: [expected] } : {},
            ),
          );
        }
      }
      // Only a notice the law in force calls for (a duty of its decision is discharged by it).
      const notices = dueNotices(state);
      const due = notices.map((n) => n.kind);
      const wanted = notices.find((n) => n.kind === command.notice);
      if (!wanted) {
        return err(
          invalidField(
            'notice',
            `is not a notice the law in force calls for here (it calls for: ${due.join(', ')})`,
            'noticeNotDue',
            {
              allowed: [...due],
            },
          ),
        );
      }
      // In a language its policy file declares for it (that of the named duty, when one is named).
      const declared = command.dutyId
        ? (noticeOf(state.decision!.duties.find((d) => d.id === command.dutyId)!)?.languages ?? [])
        : wanted.languages;
      if (!declared.includes(command.language)) {
        return err(
          invalidField(
            'language',
            `must be one of ${declared.join(', ')}: the languages the law library declares for this notice`,
            'oneOf',
            { allowed: [...declared] },
          ),
        );
      }
      // The notice itself is rendered and stored by the use case, which fills in its id.
      return one({
        type: 'notice-served',
        noticeId: '',
        notice: command.notice,
        language: command.language,
        dutyId: command.dutyId ?? null,
        servedAt: now.toISOString(),
      });
    }

    case 'federal-notified':
    case 'transferred': {
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: command.type, at: at.value });
    }

    case 'released': {
      const at = instantOr(now, command.at, 'at');
      return at.ok ? one({ type: 'released', at: at.value }) : at;
    }

    case 'lifted': {
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      const why = reason(command.reason);
      return why.ok ? one({ type: 'lifted', at: at.value, reason: why.value }) : why;
    }

    case 'cancelled': {
      const why = reason(command.reason);
      return why.ok ? one({ type: 'cancelled', reason: why.value }) : why;
    }

    case 'decision-overridden': {
      const check = overridable(context, command.action);
      if (!check.ok) return check;
      const why = reason(command.reason);
      if (!why.ok) return why;
      const payloads: DetainerEventPayload[] = [
        { type: 'decision-overridden', action: command.action, decision: command.decision, reason: why.value },
      ];
      return ok({ events: payloads, reevaluate: false });
    }

    case 'corrected': {
      const target = events.find((e) => e.version === command.corrects);
      if (!target) return err(invalidField('corrects', 'names no event of this detainer', 'noEvent'));
      const allowedFields = CORRECTABLE[target.payload.type];
      if (!allowedFields)
        return err(invalidField('corrects', `a ${target.payload.type} event cannot be corrected`, 'notCorrectable'));
      const unknown = Object.keys(command.replacement).find((k) => !allowedFields.includes(k));
      if (unknown !== undefined || Object.keys(command.replacement).length === 0) {
        return err(
          invalidField(
            `replacement${unknown ? `.${unknown}` : ''}`,
            `may replace only ${allowedFields.join(', ')}`,
            'replaceOnly',
            { allowed: allowedFields },
          ),
        );
      }
      const newReason = command.replacement.reason;
      if (
        target.payload.type === 'release-eligible' &&
        newReason !== undefined &&
        !RELEASE_REASONS.includes(newReason as ReleaseReason)
      ) {
        return err(
          invalidField('replacement.reason', `must be one of ${RELEASE_REASONS.join(', ')}`, 'oneOf', {
            allowed: RELEASE_REASONS,
          }),
        );
      }
      for (const key of ['at', 'servedAt'] as const) {
        const value = command.replacement[key];
        if (value !== undefined) {
          const at = instantOr(now, typeof value === 'string' ? value : '', `replacement.${key}`);
          if (!at.ok) return at;
        }
      }
      const why = reason(command.reason);
      if (!why.ok) return why;
      const reevaluate = target.payload.type === 'facts-updated' || target.payload.type === 'release-eligible';
      return ok({
        events: [
          { type: 'corrected', corrects: command.corrects, reason: why.value, replacement: command.replacement },
        ],
        reevaluate,
      });
    }
  }
}
