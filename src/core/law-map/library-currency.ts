import type { PolicyLibrary } from '../policy/library.js';
import { libraryReviewedThrough } from '../policy/policy-catalogue.js';

/**
 * Up to when the law library is known to be current: the earliest day a policy file was checked
 * against its sources (`reviewed`; the same reading as the place pages' `reviewedThrough`). Where no file records
 * one, what is used instead: the research it encodes says "The latest sources seen date from mid-2026,
 * so 'in force now' means 'in force according to the latest source read'" (the domain addendum,
 * shared/domain/addendum.md, its opening note); mid-2026 is taken as the end of June 2026. A day after
 * it is answered with the law as the library has it, and the answer says so.
 */
export const RESEARCH_CURRENT_TO = '2026-06-30';
const RESEARCH_BASIS =
  'No policy file records a review date; the research notes say the latest sources read date from mid-2026 (taken as 2026-06-30).';

export interface LibraryCurrency {
  /** The last day the library is known to be current. */
  readonly currentTo: string;
  readonly basis: string;
  /** True when the day asked (or the panel's last day) is after `currentTo`. */
  readonly beyondCurrent: boolean;
}

export function libraryCurrency(library: PolicyLibrary, day: string): LibraryCurrency {
  const reviewed = libraryReviewedThrough(library) ?? undefined;
  const currentTo = reviewed ?? RESEARCH_CURRENT_TO;
  return {
    currentTo,
    basis:
      reviewed === undefined
        ? RESEARCH_BASIS
        : 'The earliest day a policy file was checked against its sources (its review date).',
    beyondCurrent: day > currentTo,
  };
}
