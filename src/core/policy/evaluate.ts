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
  WaitingDutyOutput,
} from './decision.types.js';
import { MissingFactSignal, type EngineError } from './engine-errors.js';
import type { EvaluationInput } from './evaluation-input.js';
import { RecordingFactReader } from './fact-reader.js';
import type { Facts } from './facts.js';
import { codeOf, FORBIDDEN, NOT_APPLICABLE, PERMITTED, REQUIRED, type Code } from './formula.js';
import { rulesInForce, type PolicyLibrary, type PreparedVersion } from './library.js';
import type { PlaceDirectory } from './place-directory.port.js';
import { ACTIONS, LEVEL_RANK, type Action, type DutyDefinition, type Modality } from './policy.types.js';
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

/** A rule that could not run because a fact its formula reads is missing. */
interface FailedRun {
  readonly ready: PreparedVersion;
  readonly fact: string;
}

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
  const failed: FailedRun[] = [];
  const missing = new Map<string, string[]>();
  for (const ready of inForce) {
    const reader = new RecordingFactReader(facts, localDate);
    const reasons = new Map<Action, string>();
    try {
      const packed = ready.formula.decide(reader, ready.params, (action, reason) => reasons.set(action, reason));
      runs.push({ ready, packed, reasons, factsRead: Object.fromEntries(reader.read) });
    } catch (error) {
      if (!(error instanceof MissingFactSignal)) throw error;
      failed.push({ ready, fact: error.fact });
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
      ...dutiesWhileMissing(runs, failed, facts, requested, input, zone),
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
      if (triggered) out.push(dutyOutput(run.ready, duty, input, zone));
    }
  }
  return out;
}

function dutyOutput(ready: PreparedVersion, duty: DutyDefinition, input: EvaluationInput, zone: string): DutyOutput {
  const due =
    duty.due === 'immediately'
      ? formatInstant(input.asOf, zone)
      : duty.due === 'at-release-eligibility' && input.releaseEligibleAt
        ? formatInstant(input.releaseEligibleAt, zone)
        : null;
  return {
    id: duty.id,
    rule: ready.rule.id,
    text: duty.text,
    due,
    dueWhen: duty.due,
    citations: ready.rule.citations,
    notice: duty.notice,
  };
}

function waitingDuty(ready: PreparedVersion, duty: DutyDefinition, waitingFor: readonly string[]): WaitingDutyOutput {
  return {
    id: duty.id,
    rule: ready.rule.id,
    text: duty.text,
    dueWhen: duty.due,
    citations: ready.rule.citations,
    notice: duty.notice,
    waitingFor: [...waitingFor],
  };
}

/**
 * The decision of an action that no missing fact can change: a rule that ran binds it, and every
 * rule that could not run is junior to it (the most senior binding rule wins; only a rule of the
 * same level could conflict with it). Otherwise undefined: the action waits for the facts.
 */
function settledDecision(
  action: Action,
  runs: readonly RuleRun[],
  failed: readonly FailedRun[],
): 'comply' | 'decline' | undefined {
  const combined = combine(
    action,
    runs.map((r) => r.packed),
    runs.map((r) => LEVEL_RANK[r.ready.rule.level]),
  );
  if (combined.binding < 0 || combined.conflictWith >= 0) return undefined;
  const rank = LEVEL_RANK[runs[combined.binding]!.ready.rule.level];
  if (failed.some((f) => LEVEL_RANK[f.ready.rule.level] <= rank)) return undefined;
  return combined.code === REQUIRED ? 'comply' : 'decline';
}

/**
 * While a fact the law needs is missing, the decision waits, but not every duty does (DESIGN.md
 * section 4, duties): a duty whose condition the rules that ran settle is owed now (the TRUTH Act
 * copy "upon receiving any ICE hold, notification, or transfer request", whatever the person's
 * record); a duty whose condition depends on a rule that could not run, or on a decision a missing
 * fact could change, is reported as waiting for the missing facts.
 */
function dutiesWhileMissing(
  runs: readonly RuleRun[],
  failed: readonly FailedRun[],
  missingFacts: readonly string[],
  requested: ReadonlySet<Action>,
  input: EvaluationInput,
  zone: string,
): { duties: DutyOutput[]; waiting: WaitingDutyOutput[] } {
  const settled = new Map<Action, 'comply' | 'decline' | undefined>(
    ACTIONS.filter((a) => requested.has(a)).map((a) => [a, settledDecision(a, runs, failed)]),
  );
  const out: DutyOutput[] = [];
  const waiting: WaitingDutyOutput[] = [];
  for (const run of runs) {
    if (!applies(run, requested)) continue;
    const spoken = actionsOf(run, requested);
    for (const duty of run.ready.version.duties) {
      const when = duty.when;
      if (when.kind === 'always') {
        out.push(dutyOutput(run.ready, duty, input, zone));
        continue;
      }
      const concerned = when.action === null ? spoken : requested.has(when.action) ? [when.action] : [];
      const decisions = concerned.map((a) => settled.get(a));
      if (decisions.includes(when.decision)) out.push(dutyOutput(run.ready, duty, input, zone));
      else if (decisions.includes(undefined)) waiting.push(waitingDuty(run.ready, duty, missingFacts));
    }
  }
  // A rule that could not run may or may not apply: each of its duties waits (a duty on a
  // decision also for every other missing fact, since any rule that could not run may bind it).
  for (const { ready, fact } of failed) {
    for (const duty of ready.version.duties) {
      waiting.push(waitingDuty(ready, duty, duty.when.kind === 'always' ? [fact] : missingFacts));
    }
  }
  return { duties: out, waiting };
}
