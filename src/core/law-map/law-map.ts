import type { AgencyKind } from '../agency/agency.js';
import {
  compileLaw,
  FAST_CONFLICT,
  FAST_UNDECIDED,
  type FastActionOutcome,
  type FastRequest,
} from '../policy/compile.js';
import type { SubjectFacts } from '../policy/facts.js';
import { FORBIDDEN, PERMITTED, REQUIRED } from '../policy/formula.js';
import type { PolicyLibrary } from '../policy/library.js';
import type { PlaceDirectory } from '../policy/place-directory.port.js';
import { ACTIONS, type Action, type Citation, type Level } from '../policy/policy.types.js';
import { libraryCurrency, type LibraryCurrency } from './library-currency.js';
import { stateResearch, type StateResearch } from './state-research.js';
import type { LawMapQuery } from './law-map-query.js';
import { PROFILE_INFO, profileSubject, standardRequest, type ProfileInfo, type StandardForm } from './profiles.js';

/** The kind of agency the map and panel answer for: the county jail (as a replay of ICE's records). */
export const MAP_AGENCY_KIND = 'county-jail' satisfies AgencyKind;

export const MAP_MODALITIES = ['required', 'permitted', 'forbidden', 'undecided'] as const;
export type MapModality = (typeof MAP_MODALITIES)[number];

export interface MapCounty {
  readonly fips: string;
  readonly state: string;
}

export interface LawMapDeps {
  readonly library: PolicyLibrary;
  readonly places: PlaceDirectory;
  /** Every county the map shows (us-atlas), sorted by FIPS. */
  readonly counties: readonly MapCounty[];
}

/** What the law says of one action in one county. */
export interface ActionLaw {
  readonly modality: MapModality;
  /** The rule that binds (required or forbidden), else null. */
  readonly rule: string | null;
  /** Undecided for lack of facts: the facts the rules asked and the profile does not give. */
  readonly missing: readonly string[];
  /** Undecided because two rules of one level bind opposite ways: both. */
  readonly conflict: readonly string[];
}

export interface LawMapEntry {
  readonly fips: string;
  readonly modality: MapModality;
  readonly rule: string | null;
  readonly missing?: readonly string[];
  readonly conflict?: readonly string[];
}

export interface RuleReference {
  readonly title: string;
  readonly level: Level;
  readonly citations: readonly Citation[];
}

export interface LawMap {
  readonly at: string;
  readonly action: Action;
  readonly profile: ProfileInfo;
  readonly agencyKind: typeof MAP_AGENCY_KIND;
  readonly form: StandardForm;
  readonly library: LibraryCurrency;
  readonly counts: Readonly<Record<MapModality, number>>;
  /** Every rule named by an entry, once. */
  readonly rules: Readonly<Record<string, RuleReference>>;
  /** Per state (USPS code): whether the library found a state law, found none, or has not researched it. */
  readonly states: Readonly<Record<string, StateResearch>>;
  readonly counties: readonly LawMapEntry[];
}

const UNKNOWN_PLACE: ActionLaw = { modality: 'undecided', rule: null, missing: ['place'], conflict: [] };

/** The instant decided for a local date: noon UTC is that same date in every US zone (UTC-11 to UTC+10). */
export function noonOf(localDate: string): Date {
  return new Date(`${localDate}T12:00:00Z`);
}

function actionLaw(outcome: FastActionOutcome): ActionLaw {
  switch (outcome.code) {
    case REQUIRED:
      return { modality: 'required', rule: outcome.binding, missing: [], conflict: [] };
    case FORBIDDEN:
      return { modality: 'forbidden', rule: outcome.binding, missing: [], conflict: [] };
    case PERMITTED:
      return { modality: 'permitted', rule: null, missing: [], conflict: [] };
    case FAST_UNDECIDED:
      return { modality: 'undecided', rule: null, missing: outcome.missing, conflict: [] };
    case FAST_CONFLICT:
      return {
        modality: 'undecided',
        rule: null,
        missing: [],
        conflict: [outcome.binding!, outcome.conflictWith!],
      };
    default:
      // Not asked by the form: every standard form asks all three actions; said as undecided if not.
      return { modality: 'undecided', rule: null, missing: ['request.form'], conflict: [] };
  }
}

/**
 * The law for every action in one county on one local date, for a request and person, through the
 * compiled fast path. In ACTIONS order (hold, notify, transfer).
 */
export function decideCounty(
  deps: Pick<LawMapDeps, 'library' | 'places'>,
  county: MapCounty,
  localDate: string,
  request: FastRequest,
  subject: SubjectFacts,
): readonly ActionLaw[] {
  const compiled = compileLaw(
    deps.library,
    deps.places,
    { state: county.state, countyFips: county.fips, agencyKind: MAP_AGENCY_KIND },
    noonOf(localDate),
  );
  const outcomes = compiled?.explain(request, subject);
  if (outcomes === undefined) return ACTIONS.map(() => UNKNOWN_PLACE);
  return outcomes.map(actionLaw);
}

export function ruleReference(library: PolicyLibrary, id: string): RuleReference | undefined {
  const rule = library.rules.get(id);
  return rule && { title: rule.title, level: rule.level, citations: rule.citations };
}

const researchByLibrary = new WeakMap<PolicyLibrary, Readonly<Record<string, StateResearch>>>();

/** Each state's research standing: the same for every map of a library, so worked out once. */
function statesOf(deps: LawMapDeps): Readonly<Record<string, StateResearch>> {
  let states = researchByLibrary.get(deps.library);
  if (states === undefined) {
    states = stateResearch(deps.library, new Set(deps.counties.map((c) => c.state)));
    researchByLibrary.set(deps.library, states);
  }
  return states;
}

/** The law map: one entry per county for a day, an action and a profile (issue 12, point 1). */
export function lawMap(deps: LawMapDeps, query: LawMapQuery): LawMap {
  const { request, form } = standardRequest(query.at);
  const subject = profileSubject(query.profile, query.at);
  const index = ACTIONS.indexOf(query.action);
  const counts: Record<MapModality, number> = { required: 0, permitted: 0, forbidden: 0, undecided: 0 };
  const rules: Record<string, RuleReference> = {};
  const counties = deps.counties.map((county): LawMapEntry => {
    const law = decideCounty(deps, county, query.at, request, subject)[index]!;
    counts[law.modality]++;
    for (const id of law.rule === null ? law.conflict : [law.rule]) {
      if (!(id in rules)) {
        const reference = ruleReference(deps.library, id);
        if (reference) rules[id] = reference;
      }
    }
    return {
      fips: county.fips,
      modality: law.modality,
      rule: law.rule,
      ...(law.missing.length > 0 ? { missing: law.missing } : {}),
      ...(law.conflict.length > 0 ? { conflict: law.conflict } : {}),
    };
  });
  return {
    at: query.at,
    action: query.action,
    profile: PROFILE_INFO[query.profile],
    agencyKind: MAP_AGENCY_KIND,
    form,
    library: libraryCurrency(deps.library, query.at),
    counts,
    rules,
    states: statesOf(deps),
    counties,
  };
}
