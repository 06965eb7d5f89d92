import type { LawMapDto } from '../../shared/api/mapEndpoints';
import type { MapAction, MapProfile, Modality } from './mapState';

/**
 * The law map as the page uses it: one entry per county (its class and the rule that binds, or
 * none), the rules once by id, the counts per class, the request form and the date the library is
 * current to. `fromApi` is the one place that reads the API's answer.
 */

export interface CountyLaw {
  readonly fips: string;
  readonly modality: Modality;
  /** The rule that binds, or null when none does (the action is left to the agency: permitted). */
  readonly ruleId: string | null;
  /** The facts the law needs and the profile does not give (undecided). */
  readonly missing: readonly string[];
  /** Two rules of one level that bind opposite ways (undecided). */
  readonly conflict: readonly string[];
}

export interface Citation {
  readonly title: string;
  readonly href?: string;
}

export interface RuleRef {
  readonly id: string;
  readonly title: string;
  readonly citations: readonly Citation[];
}

/** What the law library knows of a state's own law on detainers (the API's `states`). */
export type StateResearch = 'law-found' | 'no-detainer-law' | 'unsettled' | 'not-researched';

export interface MapData {
  readonly at: string;
  readonly action: MapAction;
  readonly profile: MapProfile;
  readonly counties: readonly CountyLaw[];
  readonly byFips: ReadonlyMap<string, CountyLaw>;
  readonly rules: ReadonlyMap<string, RuleRef>;
  readonly counts: Readonly<Record<Modality, number>>;
  /** The standard request form in use that day ("I-247A (2017-03)"). */
  readonly form: string;
  /** The date up to which the law library is known to be current. */
  readonly currentTo: string;
  /** Per state (USPS code): a state law found, none found, or not researched. */
  readonly states: ReadonlyMap<string, StateResearch>;
}

export function fromApi(dto: LawMapDto): MapData {
  const counties = dto.counties.map((c): CountyLaw => ({
    fips: c.fips,
    modality: c.modality,
    ruleId: c.rule,
    missing: c.missing ?? [],
    conflict: c.conflict ?? [],
  }));
  const rules = new Map(
    Object.entries(dto.rules).map(([id, rule]) => [id, { id, title: rule.title, citations: rule.citations }]),
  );
  return {
    at: dto.at,
    action: dto.action,
    profile: dto.profile.id,
    counties,
    byFips: new Map(counties.map((c) => [c.fips, c])),
    rules,
    counts: dto.counts,
    form: `${dto.form.form} (${dto.form.edition})`,
    currentTo: dto.library.currentTo,
    states: new Map(Object.entries(dto.states).map(([code, research]) => [code, research.status])),
  };
}
