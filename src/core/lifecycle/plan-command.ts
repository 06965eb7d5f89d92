import type { Principal } from '../auth/principal.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { DetainerCommand } from './detainer-command.js';
import {
  CORRECTABLE,
  RELEASE_REASONS,
  type DetainerEvent,
  type DetainerEventPayload,
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
    return err(invalidField(field, 'must be an ISO 8601 instant with an offset'));
  if (parsed > now.getTime() + 5 * 60_000) return err(invalidField(field, 'is in the future'));
  return ok(new Date(parsed).toISOString());
}

function reason(text: string): Result<string, DomainError> {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON)
    return err(invalidField('reason', `must be 1 to ${MAX_REASON} characters`));
  return ok(trimmed);
}

/**
 * The state machine: checks a command against the detainer's state and the decision in force,
 * and says which events record it. Pure; the use case appends them with the expected version.
 */
export function planCommand(
  state: DetainerState,
  events: readonly DetainerEvent[],
  command: DetainerCommand,
  now: Date,
  principal: Principal,
): Result<CommandPlan, DomainError> {
  const status = statusAt(state, now);
  const open = OPEN.includes(status);
  const one = (payload: DetainerEventPayload, reevaluate = false): Result<CommandPlan, DomainError> =>
    ok({ events: [payload], reevaluate });

  switch (command.type) {
    case 'facts-updated':
      if (!open) return err(illegal(command.type, status, 'the detainer is closed'));
      return one({ type: 'facts-updated', facts: command.facts }, true);

    case 'release-eligible': {
      if (status !== 'pending')
        return err(illegal(command.type, status, 'release eligibility is recorded once, while pending'));
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: 'release-eligible', at: at.value, reason: command.reason }, true);
    }

    case 'hold-started': {
      if (status !== 'release-due' || !state.releaseEligible) {
        return err(
          illegal(
            command.type,
            status,
            'a hold starts only once the person is eligible for release and not already held',
          ),
        );
      }
      if (effectiveDecision(state, 'hold') !== 'comply' || !state.decision?.holdUntil) {
        return err(illegal(command.type, status, 'the decision in force does not comply with a hold'));
      }
      if (Date.parse(state.decision.holdUntil) <= now.getTime())
        return err(illegal(command.type, status, 'the lawful hold window has ended'));
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: 'hold-started', at: at.value, deadline: state.decision.holdUntil });
    }

    case 'notice-served':
      if (status === 'cancelled') return err(illegal(command.type, status, 'the detainer was cancelled'));
      if (command.dutyId !== undefined) {
        const duty = state.decision?.duties.find((d) => d.id === command.dutyId);
        if (!duty) return err(invalidField('dutyId', 'names no duty of the decision in force'));
        if (duty.waitingFor)
          return err(
            invalidField('dutyId', `names a duty that waits for missing facts (${duty.waitingFor.join(', ')})`),
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

    case 'federal-notified':
    case 'transferred': {
      if (!open) return err(illegal(command.type, status, 'the detainer is closed'));
      const action = command.type === 'federal-notified' ? 'notify' : 'transfer';
      if (effectiveDecision(state, action) !== 'comply') {
        return err(
          illegal(
            command.type,
            status,
            `the decision in force does not comply with ${action === 'notify' ? 'notification' : 'transfer'}`,
          ),
        );
      }
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      return one({ type: command.type, at: at.value });
    }

    case 'released': {
      if (!open) return err(illegal(command.type, status, 'the detainer is closed'));
      const at = instantOr(now, command.at, 'at');
      return at.ok ? one({ type: 'released', at: at.value }) : at;
    }

    case 'lifted': {
      if (!open) return err(illegal(command.type, status, 'the detainer is closed'));
      const at = instantOr(now, command.at, 'at');
      if (!at.ok) return at;
      const why = reason(command.reason);
      return why.ok ? one({ type: 'lifted', at: at.value, reason: why.value }) : why;
    }

    case 'cancelled': {
      if (status !== 'pending')
        return err(illegal(command.type, status, 'only a pending request can be cancelled as entered in error'));
      const why = reason(command.reason);
      return why.ok ? one({ type: 'cancelled', reason: why.value }) : why;
    }

    case 'decision-overridden': {
      if (principal.role !== 'supervisor')
        return err(domainError('AUTH.FORBIDDEN', 'Only a supervisor may override a decision.'));
      if (!open) return err(illegal(command.type, status, 'the detainer is closed'));
      const law = state.decision?.actions[command.action];
      if (!law?.requested || state.decision?.error)
        return err(
          illegal(command.type, status, `the request does not ask for ${command.action} or the law has not decided`),
        );
      if (law.modality !== 'permitted') {
        return err(
          domainError(
            'DETAINER.OVERRIDE_NOT_PERMITTED',
            `The law makes ${command.action} ${law.modality}; only a permitted action can be overridden.`,
            {
              action: command.action,
              modality: law.modality,
            },
          ),
        );
      }
      const why = reason(command.reason);
      if (!why.ok) return why;
      const events: DetainerEventPayload[] = [
        { type: 'decision-overridden', action: command.action, decision: command.decision, reason: why.value },
      ];
      return ok({ events, reevaluate: false });
    }

    case 'corrected': {
      const target = events.find((e) => e.version === command.corrects);
      if (!target) return err(invalidField('corrects', 'names no event of this detainer'));
      const allowed = CORRECTABLE[target.payload.type];
      if (!allowed) return err(invalidField('corrects', `a ${target.payload.type} event cannot be corrected`));
      const unknown = Object.keys(command.replacement).find((k) => !allowed.includes(k));
      if (unknown !== undefined || Object.keys(command.replacement).length === 0) {
        return err(
          invalidField(`replacement${unknown ? `.${unknown}` : ''}`, `may replace only ${allowed.join(', ')}`),
        );
      }
      const newReason = command.replacement.reason;
      if (
        target.payload.type === 'release-eligible' &&
        newReason !== undefined &&
        !RELEASE_REASONS.includes(newReason as ReleaseReason)
      ) {
        return err(invalidField('replacement.reason', `must be one of ${RELEASE_REASONS.join(', ')}`));
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
