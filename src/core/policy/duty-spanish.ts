import type { Decision, DutyOutput } from './decision.types.js';
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

/** A decision as `POST /evaluate` answers it: each duty with its unofficial Spanish text. */
export interface EvaluatedDecision extends Omit<Decision, 'duties'> {
  readonly duties: readonly DutyOutputEs[];
}

/** The decision with each duty's unofficial Spanish text from the library (as the detainer view gives it). */
export function withSpanishDuties(decision: Decision, library: PolicyLibrary): EvaluatedDecision {
  return { ...decision, duties: decision.duties.map((d) => ({ ...d, textEs: dutyTextEs(d, library) })) };
}
