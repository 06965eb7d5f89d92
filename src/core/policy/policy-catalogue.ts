import type { AgencyKind } from '../agency/agency.js';
import { formatInstant, isLocalDate, localDate } from '../clock/local-calendar.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { PolicyCase } from './cases.js';
import { FORMULAS } from './formulas/index.js';
import {
  ruleBindsAgency,
  ruleCoversPlace,
  rulesInForceAtPlace,
  versionInForce,
  type PolicyLibrary,
} from './library.js';
import type { PlaceDirectory } from './place-directory.port.js';
import type {
  Citation,
  DutyDefinition,
  Level,
  PolicySource,
  Rule,
  RulePlace,
  RuleVersion,
  SourceKind,
} from './policy.types.js';

/** One version of a rule as the catalogue shows it: when it runs, what it decides, what it asks. */
export interface VersionView {
  readonly effectiveFrom: string;
  /** The day the next version starts (this one's last day is the day before); null for the latest. */
  readonly until: string | null;
  readonly repealed: boolean;
  readonly formula: string | null;
  /** One line saying what the formula decides. */
  readonly formulaSummary: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly duties: readonly DutyDefinition[];
  readonly holdCapHours: number | null;
  readonly note: string | null;
}

export interface SourceView {
  readonly file: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly href: string;
  /** The day the file was last checked against its sources, or null when it never was. */
  readonly reviewed: string | null;
  /** One line per point the research left unsettled. */
  readonly unconfirmed: readonly string[];
}

export type RuleStatus = 'in-force' | 'repealed' | 'not-yet-in-force';

/** Where a rule stands on a day: in force (`version` in force), repealed (`version` repealing it) or not yet. */
export interface RuleStanding {
  /** The local date of the rule's place the standing is for. */
  readonly localDate: string;
  readonly status: RuleStatus;
  readonly version: string | null;
}

export interface RuleSummary {
  readonly id: string;
  readonly title: string;
  /** An unofficial Spanish translation of the title, or null. */
  readonly titleEs: string | null;
  /** An unofficial Spanish translation of what the rule's formula decides (its versions' formulaSummary), or null. */
  readonly summaryEs: string | null;
  readonly level: Level;
  readonly place: RulePlace;
  /** The kinds of agency the rule binds; null for all. */
  readonly agencyKinds: readonly AgencyKind[] | null;
  readonly citations: readonly Citation[];
  readonly source: SourceView;
  /** Every version, oldest first: the rule's timeline. */
  readonly versions: readonly VersionView[];
  /** Only when listed with a clock. */
  readonly current?: RuleStanding;
}

export interface CaseView {
  readonly file: string;
  readonly line: number | null;
  readonly sentence: string;
  /** The decision instant, in the case place's zone when known. */
  readonly asOf: string;
  readonly place: { readonly state: string; readonly countyFips: string | null };
  readonly agencyKind: AgencyKind;
  readonly expect: PolicyCase['expect'];
  /** True when the case names the rule (applied, notApplied or the rules of an expected error). */
  readonly mentions: boolean;
}

export interface RuleDetail extends Omit<RuleSummary, 'source' | 'current'> {
  readonly source: SourceView & { readonly notes: string };
  readonly cases: readonly CaseView[];
}

export interface RuleInForce extends Omit<RuleSummary, 'current'> {
  /** The version in force at the place on the date. */
  readonly inForce: VersionView;
}

export interface PlaceRules {
  readonly place: { readonly state: string; readonly countyFips: string | null; readonly timeZone: string };
  /** The local date of the place the rules are in force on. */
  readonly at: string;
  /** Most senior first. */
  readonly rules: readonly RuleInForce[];
  /** Up to when the law library is known to be current (`libraryReviewedThrough`); later dates show the law as last known. */
  readonly reviewedThrough: string | null;
}

export interface CatalogueClock {
  readonly now: Date;
  readonly places: PlaceDirectory;
}

const STATE_CODE = /^[A-Z]{2}$/;
const COUNTY_FIPS = /^\d{5}$/;

function versionView(version: RuleVersion, next: RuleVersion | undefined): VersionView {
  return {
    effectiveFrom: version.effectiveFrom,
    until: next?.effectiveFrom ?? null,
    repealed: version.repealed,
    formula: version.formula,
    formulaSummary: (version.formula !== null && FORMULAS.get(version.formula)?.summary) || null,
    params: version.params,
    duties: version.duties,
    holdCapHours: version.holdCapHours,
    note: version.note,
  };
}

const versionsOf = (rule: Rule): VersionView[] => rule.versions.map((v, i) => versionView(v, rule.versions[i + 1]));

function sourceOf(library: PolicyLibrary, rule: Rule): PolicySource {
  const source = library.sources.find((s) => s.file === rule.sourceFile);
  if (!source) throw new Error(`rule ${rule.id} has no source ${rule.sourceFile} in the library`);
  return source;
}

const sourceView = (source: PolicySource): SourceView => ({
  file: source.file,
  title: source.title,
  kind: source.kind,
  href: source.href,
  reviewed: source.reviewed,
  unconfirmed: source.unconfirmed,
});

/**
 * The day up to which the whole library is known to be current: the earliest `reviewed` of its
 * files (a file without one is not dated by any source and does not count); null when none has one.
 */
export function libraryReviewedThrough(library: PolicyLibrary): string | null {
  const dates = library.sources.flatMap((s) => (s.reviewed === null ? [] : [s.reviewed])).sort();
  return dates[0] ?? null;
}

function base(library: PolicyLibrary, rule: Rule): Omit<RuleSummary, 'current'> {
  const source = sourceOf(library, rule);
  return {
    id: rule.id,
    title: rule.title,
    titleEs: rule.titleEs,
    summaryEs: rule.summaryEs,
    level: rule.level,
    place: rule.place,
    agencyKinds: rule.agencyKinds,
    citations: rule.citations,
    source: sourceView(source),
    versions: versionsOf(rule),
  };
}

/**
 * The zone whose calendar dates a rule: its state's (the first county's, for county rules), and for
 * federal rules the seat of government's (DC). Used only to say where a rule stands "today".
 */
function zoneOfRule(rule: Rule, places: PlaceDirectory): string {
  switch (rule.place.kind) {
    case 'federal':
      return places.stateZone('DC') ?? 'America/New_York';
    case 'state':
      return places.stateZone(rule.place.state) ?? 'UTC';
    case 'counties': {
      const first = rule.place.counties[0];
      return (first && places.county(first)?.zone) ?? places.stateZone(rule.place.state) ?? 'UTC';
    }
  }
}

/** Where a rule stands on a local date. */
export function standingOn(rule: Rule, date: string): RuleStanding {
  const inForce = versionInForce(rule, date);
  if (inForce) return { localDate: date, status: 'in-force', version: inForce.effectiveFrom };
  const started = rule.versions.filter((v) => v.effectiveFrom <= date);
  const last = started[started.length - 1];
  if (last?.repealed) return { localDate: date, status: 'repealed', version: last.effectiveFrom };
  return { localDate: date, status: 'not-yet-in-force', version: rule.versions[0]?.effectiveFrom ?? null };
}

/**
 * Every rule of the library, most senior first, with its source and its versions. With `state`,
 * only the rules that reach that state (federal rules, its own, its counties'). With `clock`, each
 * says where it stands today in its own place.
 */
export function listRules(
  library: PolicyLibrary,
  options: { readonly state?: string; readonly clock?: CatalogueClock } = {},
): RuleSummary[] {
  const state = options.state?.toUpperCase();
  return library.ordered
    .filter((rule) => state === undefined || rule.place.kind === 'federal' || rule.place.state === state)
    .map((rule) => {
      const summary = base(library, rule);
      if (!options.clock) return summary;
      const today = localDate(options.clock.now, zoneOfRule(rule, options.clock.places));
      return { ...summary, current: standingOn(rule, today) };
    });
}

/** A USPS code the place directory knows, in capitals; else an error naming `field`. */
export function checkStateCode(places: PlaceDirectory, code: string, field = 'state'): Result<string, DomainError> {
  const state = code.toUpperCase();
  if (!STATE_CODE.test(state)) return err(invalidField(field, 'must be a two-letter USPS code', 'stateCode'));
  if (places.stateZone(state) === undefined) {
    return err(domainError('PLACE.NOT_FOUND', 'No state or territory with this USPS code.', { field }));
  }
  return ok(state);
}

function mentions(policyCase: PolicyCase, id: string): boolean {
  const expect = policyCase.expect;
  const named =
    expect.kind === 'error' ? (expect.rules ?? []) : [...(expect.applied ?? []), ...(expect.notApplied ?? [])];
  return named.includes(id);
}

function caseView(policyCase: PolicyCase, id: string, places: PlaceDirectory | undefined): CaseView {
  const { asOf, state, countyFips, agencyKind } = policyCase.input;
  const zone = places && (countyFips === null ? places.stateZone(state) : places.county(countyFips)?.zone);
  return {
    file: policyCase.file,
    line: policyCase.line,
    sentence: policyCase.sentence,
    asOf: zone ? formatInstant(asOf, zone) : asOf.toISOString(),
    place: { state, countyFips },
    agencyKind,
    expect: policyCase.expect,
    mentions: mentions(policyCase, id),
  };
}

/**
 * One rule with its source (and the source's notes: what was left out and why), its versions, and
 * the cases that bear on it: those that name it (first), and those set in a place and agency it
 * binds, each group in the order of time.
 * With `places`, case instants are shown in their place's zone.
 */
export function describeRule(
  library: PolicyLibrary,
  cases: readonly PolicyCase[],
  id: string,
  places?: PlaceDirectory,
): Result<RuleDetail, DomainError> {
  const rule = library.rules.get(id);
  if (!rule) return err(domainError('POLICY.NOT_FOUND', 'No rule with this id in the law library.', { field: 'id' }));
  const source = sourceOf(library, rule);
  const relevant = cases
    .filter((c) => {
      const { state, countyFips, agencyKind } = c.input;
      return mentions(c, id) || (ruleCoversPlace(rule, state, countyFips) && ruleBindsAgency(rule, agencyKind));
    })
    // Those naming the rule first, then in the order of time.
    .map((c) => ({ c, named: mentions(c, id) }))
    .sort((a, b) => Number(b.named) - Number(a.named) || a.c.input.asOf.getTime() - b.c.input.asOf.getTime())
    .map(({ c }) => c);
  return ok({
    ...base(library, rule),
    source: { ...sourceView(source), notes: source.notes },
    cases: relevant.map((c) => caseView(c, id, places)),
  });
}

/**
 * The rules in force in a state or county on a local date (or, given an instant, on that instant's
 * local date there), for any kind of agency, most senior first; each with the version in force and
 * its whole timeline. Unknown places and bad dates are errors naming the field.
 */
export function rulesInForceAt(
  engine: { readonly library: PolicyLibrary; readonly places: PlaceDirectory },
  where: { readonly state: string; readonly countyFips?: string | null },
  at: string | Date,
): Result<PlaceRules, DomainError> {
  const { library, places } = engine;
  const state = checkStateCode(places, where.state);
  if (!state.ok) return state;
  let zone = places.stateZone(state.value)!;
  const countyFips = where.countyFips ?? null;
  if (countyFips !== null) {
    if (!COUNTY_FIPS.test(countyFips))
      return err(invalidField('countyFips', 'must be a 5-digit FIPS code', 'countyFips'));
    const county = places.county(countyFips);
    if (!county || county.state !== state.value) {
      return err(
        domainError('PLACE.NOT_FOUND', 'No county with this FIPS code in this state.', { field: 'countyFips' }),
      );
    }
    zone = county.zone;
  }
  if (typeof at === 'string' && !isLocalDate(at)) {
    return err(invalidField('at', 'must be a calendar date written YYYY-MM-DD', 'calendarDate'));
  }
  const date = typeof at === 'string' ? at : localDate(at, zone);
  const rules: RuleInForce[] = [];
  for (const { rule, version } of rulesInForceAtPlace(library, { state: state.value, countyFips }, date)) {
    const index = rule.versions.indexOf(version);
    rules.push({ ...base(library, rule), inForce: versionView(version, rule.versions[index + 1]) });
  }
  return ok({
    place: { state: state.value, countyFips, timeZone: zone },
    at: date,
    rules,
    reviewedThrough: libraryReviewedThrough(library),
  });
}
