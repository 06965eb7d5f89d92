import type { HolidayCalendar } from '../clock/holiday-calendar.port.js';
import { holdDeadline, type HoldWindowKind } from '../clock/hold-window.js';
import { formatInstant } from '../clock/local-calendar.js';
import { err, ok, type Result } from '../shared/result.js';
import { combine } from './combine.js';
import type {
  ActionDecision,
  ActionTrace,
  AppliedRule,
  Decision,
  DutyOutput,
  RuleOutcome,
  RuleTrace,
} from './decision.types.js';
import { MissingFactSignal, type EngineError } from './engine-errors.js';
import type { EvaluationInput } from './evaluation-input.js';
import { RecordingFactReader } from './fact-reader.js';
import type { Facts } from './facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE, PERMITTED, REQUIRED, type Code } from './formula.js';
import { rulesInForce, type PolicyLibrary, type PreparedVersion } from './library.js';
import type { PlaceDirectory } from './place-directory.port.js';
import { ACTIONS, LEVEL_RANK, type Action, type Modality } from './policy.types.js';
import { resolveContext } from './resolve-context.js';

export interface EngineContext {
  readonly library: PolicyLibrary;
  readonly places: PlaceDirectory;
  readonly calendar: HolidayCalendar;
}

const MODALITY: Readonly<Record<Code, Modality | null>> = {
  [NOT_APPLICABLE]: null,
  [PERMITTED]: 'permitted',
  [REQUIRED]: 'required',
  [FORBIDDEN]: 'forbidden',
};

interface RuleRun {
  readonly ready: PreparedVersion;
  readonly packed: number;
  readonly reasons: Map<Action, string>;
  readonly factsRead: Record<string, unknown>;
}

/**
 * The traced path: decides each requested action under the law in force at `asOf` in the place,
 * and explains how (rule, version, citations, facts read). DESIGN.md section 4.
 */
export function evaluate(ctx: EngineContext, input: EvaluationInput): Result<Decision, EngineError> {
  const resolved = resolveContext(ctx.places, input);
  if (!resolved.ok) return resolved;
  const { zone, localDate, edition, editionFrom } = resolved.value;
  const instant = input.asOf.toISOString();
  const facts: Facts = { ...input, request: { ...input.request, formEdition: edition.edition } };
  const requested = new Set<Action>(edition.asks);
  const inForce = rulesInForce(ctx.library, input, localDate);

  const runs: RuleRun[] = [];
  const missing = new Map<string, string[]>();
  for (const ready of inForce) {
    const reader = new RecordingFactReader(facts, localDate);
    const reasons = new Map<Action, string>();
    try {
      const packed = ready.formula.decide(reader, ready.params, (action, reason) => reasons.set(action, reason));
      runs.push({ ready, packed, reasons, factsRead: Object.fromEntries(reader.read) });
    } catch (error) {
      if (!(error instanceof MissingFactSignal)) throw error;
      missing.set(error.fact, [...(missing.get(error.fact) ?? []), ready.rule.id]);
    }
  }
  if (missing.size > 0) {
    const entries = [...missing.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const [fact, rules] = entries[0]!;
    const facts = entries.map(([f]) => f);
    const more = facts.length > 1 ? ` (also missing: ${facts.slice(1).join(', ')})` : '';
    return err({
      kind: 'MissingFact',
      fact,
      facts,
      rules,
      instant,
      message: `${fact} is needed by ${rules.join(', ')} and was not given${more}`,
    });
  }

  const packed = runs.map((r) => r.packed);
  const ranks = runs.map((r) => LEVEL_RANK[r.ready.rule.level]);
  const actions = {} as Record<Action, ActionDecision>;
  const traces = {} as Record<Action, ActionTrace>;
  for (const action of ACTIONS) {
    const isRequested = requested.has(action);
    const ruleTraces = runs.map((run) => ruleTrace(run, action, isRequested));
    if (!isRequested) {
      actions[action] = {
        requested: false,
        modality: null,
        decision: null,
        ...(action === 'hold' ? { until: null } : {}),
      };
      traces[action] = {
        requested: false,
        rules: ruleTraces,
        binding: null,
        modality: null,
        decision: null,
        decidedBy: null,
      };
      continue;
    }
    const combined = combine(action, packed, ranks);
    if (combined.conflictWith >= 0) {
      const rules = [runs[combined.binding]!.ready.rule.id, runs[combined.conflictWith]!.ready.rule.id];
      return err({
        kind: 'ConflictingRules',
        action,
        rules,
        instant,
        message: `${rules[0]} and ${rules[1]} are of the same level and bind ${action} opposite ways`,
      });
    }
    const modality = MODALITY[combined.code]!;
    const decision = modality === 'required' ? 'comply' : modality === 'forbidden' ? 'decline' : input.discretion;
    const binding = combined.binding >= 0 ? runs[combined.binding]!.ready.rule : null;
    actions[action] = { requested: true, modality, decision, ...(action === 'hold' ? { until: null } : {}) };
    traces[action] = {
      requested: true,
      rules: ruleTraces,
      binding: binding && { rule: binding.id, level: binding.level },
      modality,
      decision,
      decidedBy: binding ? 'law' : 'agency-discretion',
    };
  }

  const applicable = runs.filter((run) => applies(run, requested));
  const hold = holdWindow(ctx, input, zone, edition.holdWindow, actions.hold, applicable);
  if (hold.until !== null) actions.hold = { ...actions.hold, until: hold.until };

  return ok({
    actions,
    duties: duties(applicable, actions, requested, input, zone),
    applied: applicable.map((run): AppliedRule => ({
      rule: run.ready.rule.id,
      title: run.ready.rule.title,
      version: run.ready.version.effectiveFrom,
      level: run.ready.rule.level,
      citations: run.ready.rule.citations,
    })),
    trace: {
      asOf: formatInstant(input.asOf, zone),
      localDate,
      timeZone: zone,
      place: { state: input.state, countyFips: input.countyFips },
      agencyKind: input.agencyKind,
      form: {
        form: edition.form,
        edition: edition.edition,
        editionFrom,
        asks: edition.asks,
        holdWindow: edition.holdWindow,
      },
      rulesInForce: inForce.map((r) => r.rule.id),
      actions: traces,
      hold: { ...hold, calendar: ctx.calendar.id },
    },
  });
}

function ruleTrace(run: RuleRun, action: Action, requested: boolean): RuleTrace {
  const code = codeOf(run.packed, action);
  const outcome: RuleOutcome = MODALITY[code] ?? 'not-applicable';
  return {
    rule: run.ready.rule.id,
    version: run.ready.version.effectiveFrom,
    level: run.ready.rule.level,
    citations: run.ready.rule.citations,
    outcome: requested ? outcome : 'not-applicable',
    reason: requested
      ? (run.reasons.get(action) ?? 'the rule does not speak to this action')
      : 'the form does not ask for this action',
    factsRead: run.factsRead,
  };
}

/** The actions a rule speaks to among those requested (for a duties-only rule: its listed actions). */
function actionsOf(run: RuleRun, requested: ReadonlySet<Action>): Action[] {
  if (run.ready.formula.dutiesOnly) {
    return ((run.ready.params as { actions: readonly Action[] }).actions ?? []).filter((a) => requested.has(a));
  }
  return ACTIONS.filter((a) => requested.has(a) && codeOf(run.packed, a) !== NOT_APPLICABLE);
}

function applies(run: RuleRun, requested: ReadonlySet<Action>): boolean {
  return actionsOf(run, requested).length > 0;
}

function holdWindow(
  ctx: EngineContext,
  input: EvaluationInput,
  zone: string,
  window: HoldWindowKind | null,
  hold: ActionDecision,
  applicable: readonly RuleRun[],
) {
  let capHours: number | null = null;
  let capRule: string | null = null;
  for (const run of applicable) {
    const cap = run.ready.version.holdCapHours;
    if (cap !== null && (capHours === null || cap < capHours)) {
      capHours = cap;
      capRule = run.ready.rule.id;
    }
  }
  const start = input.releaseEligibleAt;
  const until =
    hold.decision === 'comply' && window !== null && start !== null
      ? formatInstant(
          holdDeadline({
            start,
            kind: window,
            zone,
            calendar: ctx.calendar,
            ...(capHours === null ? {} : { capHours }),
          }),
          zone,
        )
      : null;
  return { window, start: start && formatInstant(start, zone), capHours, capRule, until };
}

function duties(
  applicable: readonly RuleRun[],
  actions: Readonly<Record<Action, ActionDecision>>,
  requested: ReadonlySet<Action>,
  input: EvaluationInput,
  zone: string,
): DutyOutput[] {
  const out: DutyOutput[] = [];
  for (const run of applicable) {
    const spoken = actionsOf(run, requested);
    for (const duty of run.ready.version.duties) {
      const when = duty.when;
      const triggered =
        when.kind === 'always' ||
        (when.action === null
          ? spoken.some((a) => actions[a].decision === when.decision)
          : requested.has(when.action) && actions[when.action].decision === when.decision);
      if (!triggered) continue;
      const due =
        duty.due === 'immediately'
          ? formatInstant(input.asOf, zone)
          : duty.due === 'at-release-eligibility' && input.releaseEligibleAt
            ? formatInstant(input.releaseEligibleAt, zone)
            : null;
      out.push({
        id: duty.id,
        rule: run.ready.rule.id,
        text: duty.text,
        due,
        dueWhen: duty.due,
        citations: run.ready.rule.citations,
      });
    }
  }
  return out;
}
