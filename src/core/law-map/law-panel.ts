import { addDays } from '../clock/local-calendar.js';
import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { ruleBindsAgency, ruleCoversPlace } from '../policy/library.js';
import { ACTIONS, type Action } from '../policy/policy.types.js';
import { ADMINISTRATIVE_WARRANT_FROM } from '../research/replay-request.js';
import { FORM_CATALOGUE } from '../request/form-catalogue.js';
import { libraryCurrency, type LibraryCurrency } from './library-currency.js';
import type { LawPanelQuery } from './law-map-query.js';
import {
  decideCounty,
  MAP_AGENCY_KIND,
  ruleReference,
  type ActionLaw,
  type LawMapDeps,
  type MapCounty,
  type MapModality,
  type RuleReference,
} from './law-map.js';
import { PROFILE_INFO, profileSubject, standardRequest, type ProfileInfo } from './profiles.js';

/** One period over which an action's law is constant in a county: from and to inclusive. */
export interface PanelPeriod {
  readonly fips: string;
  readonly action: Action;
  readonly from: string;
  readonly to: string;
  readonly modality: MapModality;
  readonly rule: string | null;
  readonly missing: readonly string[];
  readonly conflict: readonly string[];
}

export interface PanelForm {
  readonly from: string;
  readonly to: string;
  readonly form: string;
  readonly edition: string;
  readonly warrant: string;
}

export interface LawPanel {
  readonly from: string;
  readonly to: string;
  readonly profile: ProfileInfo;
  readonly agencyKind: typeof MAP_AGENCY_KIND;
  readonly actions: readonly Action[];
  readonly library: LibraryCurrency;
  /** The standard request form over the panel's days. */
  readonly forms: readonly PanelForm[];
  readonly rules: Readonly<Record<string, RuleReference>>;
  readonly periods: readonly PanelPeriod[];
}

/**
 * The days on which the standard request can change (form editions, the warrant policy): the same
 * boundaries as a replay's assumed request (src/core/research/replay-request.ts).
 */
export const REQUEST_CHANGE_DAYS: readonly string[] = [
  ...new Set([
    ADMINISTRATIVE_WARRANT_FROM,
    ...FORM_CATALOGUE.flatMap((e) => [e.inUseFrom, e.inUseUntil]).filter((d): d is string => d !== null),
  ]),
].sort();

/**
 * The days on which the law a county jail applies in a county can change: every version's start of
 * every rule that covers the county and binds county jails (a repeal is a version), and the
 * standard request's changes. The profiles are the same person on every day (a serious felony is
 * dated a year before the day asked, inside every lookback), so nothing else moves the answer.
 */
export function changeDays(deps: Pick<LawMapDeps, 'library'>, county: MapCounty): string[] {
  const days = new Set(REQUEST_CHANGE_DAYS);
  for (const rule of deps.library.ordered) {
    if (!ruleCoversPlace(rule, county.state, county.fips) || !ruleBindsAgency(rule, MAP_AGENCY_KIND)) continue;
    for (const version of rule.versions) days.add(version.effectiveFrom);
  }
  return [...days].sort();
}

function sameLaw(a: ActionLaw, b: ActionLaw): boolean {
  return (
    a.modality === b.modality &&
    a.rule === b.rule &&
    a.missing.join(',') === b.missing.join(',') &&
    a.conflict.join(',') === b.conflict.join(',')
  );
}

/**
 * One county's periods for the chosen actions between `from` and `to` (inclusive): decided once at
 * the start and at each change day inside the range, and merged where the law stays the same.
 */
export function countyPeriods(
  deps: LawMapDeps,
  county: MapCounty,
  query: Pick<LawPanelQuery, 'from' | 'to' | 'profile' | 'actions'>,
): PanelPeriod[] {
  const starts = [query.from, ...changeDays(deps, county).filter((d) => d > query.from && d <= query.to)];
  const indexes = query.actions.map((a) => ACTIONS.indexOf(a));
  const open: Array<{ from: string; law: ActionLaw } | undefined> = indexes.map(() => undefined);
  const periods: PanelPeriod[][] = indexes.map(() => []);
  const close = (k: number, to: string) => {
    const current = open[k]!;
    periods[k]!.push({
      fips: county.fips,
      action: query.actions[k]!,
      from: current.from,
      to,
      modality: current.law.modality,
      rule: current.law.rule,
      missing: current.law.missing,
      conflict: current.law.conflict,
    });
  };
  for (const start of starts) {
    const { request } = standardRequest(start);
    const laws = decideCounty(deps, county, start, request, profileSubject(query.profile, start));
    indexes.forEach((index, k) => {
      const law = laws[index]!;
      const current = open[k];
      if (current !== undefined && sameLaw(current.law, law)) return;
      if (current !== undefined) close(k, addDays(start, -1));
      open[k] = { from: start, law };
    });
  }
  indexes.forEach((_, k) => close(k, query.to));
  return periods.flat();
}

/** The standard request's periods over the range. */
function formPeriods(from: string, to: string): PanelForm[] {
  const starts = [from, ...REQUEST_CHANGE_DAYS.filter((d) => d > from && d <= to)];
  const out: PanelForm[] = [];
  for (const start of starts) {
    const { form } = standardRequest(start);
    const last = out[out.length - 1];
    if (last && last.form === form.form && last.edition === form.edition && last.warrant === form.warrant) continue;
    if (last) out[out.length - 1] = { ...last, to: addDays(start, -1) };
    out.push({ from: start, to, form: form.form, edition: form.edition, warrant: form.warrant });
  }
  return out;
}

/** The query back when every county it names by FIPS code is one of the panel's; else the first that is not, named. */
export function panelCountiesKnown(
  deps: Pick<LawMapDeps, 'counties'>,
  query: LawPanelQuery,
): Result<LawPanelQuery, DomainError> {
  const unknown = query.fips?.find((fips) => !deps.counties.some((c) => c.fips === fips));
  return unknown === undefined ? ok(query) : err(invalidField('fips', `names no county: ${unknown}`, 'countyFips'));
}

/**
 * The law as a research panel (issue 12, point 2): for every county, the periods over which each
 * action's modality and binding rule stay the same, found from the library's change points, not
 * by deciding every day.
 */
export function lawPanel(deps: LawMapDeps, query: LawPanelQuery): LawPanel {
  const asked = query.fips === undefined ? null : new Set(query.fips);
  const counties = asked === null ? deps.counties : deps.counties.filter((c) => asked.has(c.fips));
  const periods = counties.flatMap((county) => countyPeriods(deps, county, query));
  const rules: Record<string, RuleReference> = {};
  for (const period of periods) {
    for (const id of period.rule === null ? period.conflict : [period.rule]) {
      if (id in rules) continue;
      const reference = ruleReference(deps.library, id);
      if (reference) rules[id] = reference;
    }
  }
  return {
    from: query.from,
    to: query.to,
    profile: PROFILE_INFO[query.profile],
    agencyKind: MAP_AGENCY_KIND,
    actions: query.actions,
    library: libraryCurrency(deps.library, query.to),
    forms: formPeriods(query.from, query.to),
    rules,
    periods,
  };
}

export const PANEL_CSV_HEADER = 'fips,state,action,from,to,modality,rule,missing,conflict';

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The panel as CSV lines (with the header first), one period a line; lists are joined by `;`. */
export function* panelCsvLines(panel: LawPanel, stateOf: (fips: string) => string): Generator<string> {
  yield `${PANEL_CSV_HEADER}\n`;
  for (const p of panel.periods) {
    yield (
      [
        p.fips,
        stateOf(p.fips),
        p.action,
        p.from,
        p.to,
        p.modality,
        p.rule ?? '',
        p.missing.join(';'),
        p.conflict.join(';'),
      ]
        .map(csvCell)
        .join(',') + '\n'
    );
  }
}
