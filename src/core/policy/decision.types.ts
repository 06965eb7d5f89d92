import type { HoldWindowKind } from '../clock/hold-window.js';
import type { Action, Citation, DutyDue, DutyNotice, Level, Modality } from './policy.types.js';

export type RuleOutcome = Modality | 'not-applicable';

export interface ActionDecision {
  readonly requested: boolean;
  readonly modality: Modality | null;
  readonly decision: 'comply' | 'decline' | null;
  /** Hold only: the lawful end of the hold when it is complied with and release eligibility is known. */
  readonly until?: string | null;
}

export interface DutyOutput {
  readonly id: string;
  readonly rule: string;
  readonly text: string;
  readonly due: string | null;
  readonly dueWhen: DutyDue;
  readonly citations: readonly Citation[];
  /** The notice that discharges the duty (its policy file's `notice`), or null. */
  readonly notice: DutyNotice | null;
}

/**
 * A duty the law could not yet settle because a fact its condition depends on is missing: shown as
 * waiting for those facts, never silently dropped (it becomes a duty, or nothing, when they arrive).
 */
export interface WaitingDutyOutput {
  readonly id: string;
  readonly rule: string;
  readonly text: string;
  readonly dueWhen: DutyDue;
  readonly citations: readonly Citation[];
  readonly notice: DutyNotice | null;
  /** The missing facts the duty's condition depends on, sorted. */
  readonly waitingFor: readonly string[];
}

export interface AppliedRule {
  readonly rule: string;
  readonly title: string;
  readonly version: string;
  readonly level: Level;
  readonly citations: readonly Citation[];
}

export interface RuleTrace {
  readonly rule: string;
  readonly version: string;
  readonly level: Level;
  readonly citations: readonly Citation[];
  readonly outcome: RuleOutcome;
  readonly reason: string;
  readonly factsRead: Readonly<Record<string, unknown>>;
}

export interface ActionTrace {
  readonly requested: boolean;
  readonly rules: readonly RuleTrace[];
  /** The most senior rule that required or forbade the action, if any. */
  readonly binding: { readonly rule: string; readonly level: Level } | null;
  readonly modality: Modality | null;
  readonly decision: 'comply' | 'decline' | null;
  readonly decidedBy: 'law' | 'agency-discretion' | null;
}

/** How a decision was reached, as a tree: the context, then each action and the rules that spoke to it. */
export interface DecisionTrace {
  readonly asOf: string;
  readonly localDate: string;
  readonly timeZone: string;
  readonly place: { readonly state: string; readonly countyFips: string | null };
  readonly agencyKind: string;
  readonly form: {
    readonly form: string;
    readonly edition: string;
    readonly editionFrom: 'input' | 'in-use-on-date';
    readonly asks: readonly Action[];
    readonly holdWindow: HoldWindowKind | null;
  };
  readonly rulesInForce: readonly string[];
  readonly actions: Readonly<Record<Action, ActionTrace>>;
  readonly hold: {
    readonly window: HoldWindowKind | null;
    readonly start: string | null;
    readonly capHours: number | null;
    readonly capRule: string | null;
    readonly until: string | null;
    readonly calendar: string;
  };
}

export interface Decision {
  readonly actions: Readonly<Record<Action, ActionDecision>>;
  readonly duties: readonly DutyOutput[];
  readonly applied: readonly AppliedRule[];
  readonly trace: DecisionTrace;
}
