import type { Lang } from './plain-summary.words.js';
import type { ProfileId, StandardRequest } from './person-profiles.js';
import type { Action, Citation } from './policy.types.js';

/** What the plain-language summary of a place answers (plain-summary.ts decides it, plain-summary.sentences.ts words it). */
export const OUTCOMES = ['required', 'permitted', 'forbidden', 'undecided', 'conflict', 'not-asked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ActionSummary {
  readonly action: Action;
  readonly outcome: Outcome;
  /**
   * The rule the sentence cites: the binding rule (required, forbidden), the most specific rule that
   * permits (permitted), or null. Undecided and conflicting answers cite every rule involved in `rules`.
   */
  readonly rule: string | null;
  readonly rules: readonly string[];
  /** The first citation of each rule in `rules`: what the sentence names. */
  readonly citations: readonly Citation[];
  /** Undecided: the facts that decide, sorted. */
  readonly facts: readonly string[];
}

export type Words = Readonly<Record<Lang, string>>;

export interface ProfileSummary {
  readonly profile: ProfileId;
  readonly label: Words;
  readonly actions: readonly ActionSummary[];
  readonly sentence: Words;
}

export interface PlainSummary {
  readonly at: string;
  readonly today: boolean;
  readonly agencyKind: 'county-jail';
  /** The ordinary request of that day the decisions answer; null when no form was in use. */
  readonly request: StandardRequest | null;
  /** One sentence across profiles, action by action. */
  readonly lead: Words;
  readonly profiles: readonly ProfileSummary[];
}

export interface SummaryPlace {
  readonly state: string;
  readonly stateFips: string;
  readonly stateName: string;
  readonly countyFips: string | null;
  readonly countyName: string | null;
  readonly zone: string;
}
