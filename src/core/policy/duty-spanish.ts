import type { AppliedRule, Decision, DutyOutput } from './decision.types.js';
import type { PolicyLibrary } from './library.js';

/**
 * The library's unofficial Spanish translation of a duty, only where the library's English text is
 * the one given (a translation of a later or earlier wording is never shown against this one).
 */
export function dutyTextEs(
  duty: { readonly id: string; readonly text: string },
  library: PolicyLibrary,
): string | null {
  for (const rule of library.rules.values()) {
    for (const version of rule.versions) {
      const same = version.duties.find((d) => d.id === duty.id && d.text === duty.text);
      if (same?.textEs) return same.textEs;
    }
  }
  return null;
}

/** A duty of a decision as the API answers it: with the library's unofficial Spanish, or null. */
export interface DutyOutputEs extends DutyOutput {
  readonly textEs: string | null;
}

/** An applied rule as the API answers it: with the library's unofficial Spanish title, or null. */
export interface AppliedRuleEs extends AppliedRule {
  readonly titleEs: string | null;
}

/** The library's unofficial Spanish title of a rule, only while the library's English title is the one given. */
export function ruleTitleEs(applied: { readonly rule: string; readonly title: string }, library: PolicyLibrary) {
  const rule = library.rules.get(applied.rule);
  return rule && rule.title === applied.title ? rule.titleEs : null;
}

/** A decision as `POST /evaluate` answers it: each duty with its unofficial Spanish text, each rule its title's. */
export interface EvaluatedDecision extends Omit<Decision, 'duties' | 'applied'> {
  readonly duties: readonly DutyOutputEs[];
  readonly applied: readonly AppliedRuleEs[];
}

/** The decision with each duty's unofficial Spanish text from the library (as the detainer view gives it). */
export function withSpanishDuties(decision: Decision, library: PolicyLibrary): EvaluatedDecision {
  return {
    ...decision,
    duties: decision.duties.map((d) => ({ ...d, textEs: dutyTextEs(d, library) })),
    applied: decision.applied.map((a) => ({ ...a, titleEs: ruleTitleEs(a, library) })),
  };
}
