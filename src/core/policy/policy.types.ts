import type { AgencyKind } from '../agency/agency.js';
import type { RequestedAction } from '../request/detainer-request.js';

/** What the law says of one action: it must be done, may be done, or must not be done. */
export const MODALITIES = ['required', 'permitted', 'forbidden'] as const;
export type Modality = (typeof MODALITIES)[number];

export type Action = RequestedAction;
export const ACTIONS: readonly Action[] = ['hold', 'notify', 'transfer'];

/**
 * Levels of law, most senior first (DESIGN.md section 4). A court ruling sits at the level of the
 * law it interprets (Lunn: state statute; Miranda-Olivares: federal constitution).
 */
export const LEVELS = [
  'federal-constitution',
  'federal-statute',
  'federal-regulation',
  'federal-agency-policy',
  'state-constitution',
  'state-statute',
  'county-ordinance',
  'agency-policy',
] as const;
export type Level = (typeof LEVELS)[number];

export const SOURCE_KINDS = [
  'constitution',
  'statute',
  'regulation',
  'court-ruling',
  'ordinance',
  'agency-policy',
  'form',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Citation {
  readonly title: string;
  readonly href: string;
}

/** Where a rule applies: the whole country, a state, or some counties of a state. */
export type RulePlace =
  | { readonly kind: 'federal' }
  | { readonly kind: 'state'; readonly state: string }
  | { readonly kind: 'counties'; readonly state: string; readonly counties: readonly string[] };

/**
 * When a duty arises: whenever the rule applies, or when the agency decides an action one way
 * (`action` null: any requested action the rule speaks to).
 */
export type DutyTrigger =
  | { readonly kind: 'always' }
  | { readonly kind: 'decision'; readonly action: Action | null; readonly decision: 'comply' | 'decline' };

/** When the duty is due: at once (on receipt), at release eligibility, or when an action is carried out. */
export const DUTY_DUE = ['immediately', 'at-release-eligibility', 'when-carried-out', 'periodic-report'] as const;
export type DutyDue = (typeof DUTY_DUE)[number];

/**
 * The notices this desk renders, one per duty of the law that a written notice discharges. A policy
 * file names one of them on a duty (its `notice`); nothing else maps duties to notices.
 */
export const NOTICE_KINDS = [
  'ca-truth-copy-and-intent',
  'tx-held-on-detainer',
  'release-notification',
  'fl-detainer-notice-to-judge',
  'il-annual-report-record',
  'held-on-detainer',
  'bail-judge-notice',
  'or-commission-report',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_LANGUAGES = ['en', 'es'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** The written notice that discharges a duty (the YAML's optional `notice`), and the languages it is served in. */
export interface DutyNotice {
  readonly kind: NoticeKind;
  /** At least one, each once, in the order of NOTICE_LANGUAGES. */
  readonly languages: readonly NoticeLanguage[];
}

export interface DutyDefinition {
  readonly id: string;
  readonly text: string;
  /** An unofficial Spanish translation of `text` (the YAML's optional `textEs`), or null. */
  readonly textEs: string | null;
  readonly when: DutyTrigger;
  readonly due: DutyDue;
  /** The notice that discharges the duty; null when no notice of this desk does (it prints nothing). */
  readonly notice: DutyNotice | null;
}

export interface RuleVersion {
  readonly effectiveFrom: string; // local date of the rule's place, YYYY-MM-DD
  /** A repealed version ends the rule: nothing after it is in force. */
  readonly repealed: boolean;
  readonly formula: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly duties: readonly DutyDefinition[];
  /** Caps the hold window, in elapsed hours from release eligibility (0 = no hold at all). */
  readonly holdCapHours: number | null;
  readonly note: string | null;
  /** Line of the version in its policy file, for problems found after parsing. */
  readonly line: number | null;
}

export interface Rule {
  readonly id: string;
  readonly title: string;
  /** An unofficial Spanish translation of `title` (the YAML's optional `titleEs`), or null. */
  readonly titleEs: string | null;
  /** An unofficial Spanish translation of what the rule's formula decides (its `summaryEs`), or null. */
  readonly summaryEs: string | null;
  readonly level: Level;
  readonly place: RulePlace;
  /** The kinds of agency the rule binds; all when absent. */
  readonly agencyKinds: readonly AgencyKind[] | null;
  readonly citations: readonly Citation[];
  readonly versions: readonly RuleVersion[];
  readonly sourceFile: string;
  readonly line: number | null;
}

/**
 * What a file without rules records: that research found no law on detainers for its place, or
 * found law it could not settle from the sources (so the map can tell "no state law" and "not
 * settled" from a place the library has not researched).
 */
export const FINDINGS = ['no-detainer-law', 'unsettled'] as const;
export type Finding = (typeof FINDINGS)[number];

export interface PolicySource {
  readonly file: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly href: string;
  /** What the research could not confirm, and what was therefore left out (UNCONFIRMED items). */
  readonly notes: string;
  /**
   * The day the file's text was last checked against its sources (the file's `reviewed`); null when
   * it never was (`policy lint` warns). Rules after that day are "as last known".
   */
  readonly reviewed: string | null;
  /**
   * `no-detainer-law` for a file that records, with its evidence, that its place has no such law;
   * `unsettled` for one that records research which found law it could not settle enough to encode.
   */
  readonly finding: Finding | null;
  /** One line per point the research left unsettled (the notes explain each). */
  readonly unconfirmed: readonly string[];
  readonly rules: readonly Rule[];
}

export const LEVEL_RANK: Readonly<Record<Level, number>> = Object.fromEntries(LEVELS.map((l, i) => [l, i])) as Record<
  Level,
  number
>;
