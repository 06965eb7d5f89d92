/**
 * Up to when the law library is known to be current. The library records no review date of its own
 * (no policy file or catalogue field carries one). What is used instead: the research it encodes says
 * "The latest sources seen date from mid-2026, so 'in force now' means 'in force according to the
 * latest source read'" (the domain addendum, shared/domain/addendum.md, its opening note). Mid-2026 is
 * taken as the end of June 2026. A day after it is answered with the law as the library has it, and
 * the answer says it is beyond the library's known currency.
 */
export const LIBRARY_CURRENT_TO = '2026-06-30';
export const LIBRARY_CURRENT_BASIS =
  'The library records no review date; its research notes say the latest sources read date from mid-2026 (taken as 2026-06-30).';

export interface LibraryCurrency {
  /** The last day the library is known to be current. */
  readonly currentTo: string;
  readonly basis: string;
  /** True when the day asked (or the panel's last day) is after `currentTo`. */
  readonly beyondCurrent: boolean;
}

export function libraryCurrency(day: string): LibraryCurrency {
  return { currentTo: LIBRARY_CURRENT_TO, basis: LIBRARY_CURRENT_BASIS, beyondCurrent: day > LIBRARY_CURRENT_TO };
}
