import { isLocalDate } from '../../shared/urlFilters';
import type { DetainerStatsQueryDto } from '../../shared/types';

/**
 * The explorer's whole state as its address holds it (`/data?groupBy=fiscalYear,outcome&state=CA&release=a`):
 * the parameters are the API's own (GET /stats/detainers), plus `fy`, a fiscal year that sets from/to.
 * Pure: read, write, and the API query it asks.
 */
export const DIMENSIONS = [
  'fiscalYear',
  'year',
  'month',
  'state',
  'county',
  'facility',
  'outcome',
  'liftReason',
  'form',
  // What the records say followed a decline, and the person's criminality (where a release has them).
  'followed',
  'criminality',
  // Issue 14's dimensions (src/core/research/dimensions.ts), where a release records them.
  'citizenship',
  'usCitizen',
  'convictionCategory',
  'aor',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const TIME_DIMENSIONS: readonly Dimension[] = ['fiscalYear', 'year', 'month'];

import { OUTCOMES, type Outcome } from '../../shared/outcomes';

export { OUTCOMES, type Outcome };

export const CRIMINALITY = ['convicted', 'pending-charges', 'no-criminal-record'] as const;
export type Criminality = (typeof CRIMINALITY)[number];

/** The most serious conviction's NCIC offense groups, as the API names them (src/core/research/dimensions.ts). */
export const CONVICTION_CATEGORIES = [
  'sovereignty',
  'military',
  'immigration',
  'homicide',
  'kidnapping',
  'sexual-assault',
  'robbery',
  'assault',
  'abortion',
  'arson',
  'extortion',
  'burglary',
  'larceny',
  'stolen-vehicle',
  'forgery',
  'fraud',
  'embezzlement',
  'stolen-property',
  'damage-property',
  'dangerous-drugs',
  'sex-offenses',
  'obscenity',
  'family-offenses',
  'gambling',
  'commercialized-sex',
  'liquor',
  'obstructing-police',
  'flight-escape',
  'obstructing-judiciary',
  'bribery',
  'weapons',
  'public-peace',
  'traffic',
  'health-safety',
  'civil-rights',
  'invasion-of-privacy',
  'smuggling',
  'election-laws',
  'antitrust',
  'tax-revenue',
  'conservation',
  'crimes-against-person',
  'property-crimes',
  'morals-decency',
  'public-order',
  'unknown-code',
] as const;
export type ConvictionCategory = (typeof CONVICTION_CATEGORIES)[number];

export interface ExplorerState {
  /** One or two dimensions (the first drawn on the chart's axis, the second stacked). */
  readonly groupBy: readonly Dimension[];
  readonly fy?: number;
  readonly from?: string;
  readonly to?: string;
  readonly state?: string;
  readonly county?: string;
  readonly facility?: number;
  readonly outcome?: Outcome;
  readonly form?: string;
  readonly liftReason?: string;
  readonly criminality?: Criminality;
  /** As the API groups it: upper case. */
  readonly citizenship?: string;
  readonly usCitizen?: boolean;
  readonly convictionCategory?: ConvictionCategory;
  readonly aor?: string;
  /** The releases ticked; none: every release (each month counted from one of them, the newest covering it). */
  readonly release: readonly string[];
  /** Count re-issues (duplicates, superseding forms) as detainers too; off by default, as the API. */
  readonly includeReissues: boolean;
}

export const DEFAULT_GROUP_BY: readonly Dimension[] = ['fiscalYear'];
export const FIRST_FISCAL_YEAR = 2000;
export const LAST_FISCAL_YEAR = 2030;

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || trimmed.length > max ? undefined : trimmed;
};

/** The state in the address; values that cannot be used are left out and named in `ignored`. */
export function parseExplorerSearch(search: URLSearchParams): { state: ExplorerState; ignored: string[] } {
  const ignored: string[] = [];
  const take = <T>(name: string, read: (raw: string) => T | undefined): T | undefined => {
    const raw = search.get(name);
    if (raw === null || raw === '') return undefined;
    const value = read(raw);
    if (value === undefined) ignored.push(name);
    return value;
  };
  const groupBy = take('groupBy', (raw) => {
    const names = raw.split(',').filter((n) => n !== '');
    const valid = names.length <= 2 && names.every((n) => (DIMENSIONS as readonly string[]).includes(n));
    return valid && new Set(names).size === names.length ? (names as Dimension[]) : undefined;
  });
  const fy = take('fy', (raw) => {
    const n = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    return n >= FIRST_FISCAL_YEAR && n <= LAST_FISCAL_YEAR ? n : undefined;
  });
  let from = take('from', (raw) => (isLocalDate(raw) ? raw : undefined));
  let to = take('to', (raw) => (isLocalDate(raw) ? raw : undefined));
  if (from !== undefined && to !== undefined && from > to) {
    ignored.push('to');
    to = undefined;
  }
  if (fy !== undefined) [from, to] = [undefined, undefined];
  const state = take('state', (raw) => (/^[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : undefined));
  const county = take('county', (raw) => (/^\d{5}$/.test(raw) ? raw : undefined));
  const facility = take('facility', (raw) => (/^\d{1,10}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined));
  const outcome = take('outcome', (raw) =>
    (OUTCOMES as readonly string[]).includes(raw) ? (raw as Outcome) : undefined,
  );
  const form = take('form', (raw) => text(raw, 200));
  const liftReason = take('liftReason', (raw) => text(raw, 200));
  const criminality = take('criminality', (raw) =>
    (CRIMINALITY as readonly string[]).includes(raw) ? (raw as Criminality) : undefined,
  );
  const citizenship = take('citizenship', (raw) => text(raw, 100)?.toUpperCase());
  const usCitizen = take('usCitizen', (raw) => (raw === 'true' ? true : raw === 'false' ? false : undefined));
  const convictionCategory = take('convictionCategory', (raw) =>
    (CONVICTION_CATEGORIES as readonly string[]).includes(raw) ? (raw as ConvictionCategory) : undefined,
  );
  const aor = take('aor', (raw) => text(raw, 100)?.toUpperCase());
  const release =
    take('release', (raw) => {
      const ids = raw.split(',').map((id) => id.trim());
      return ids.every((id) => id !== '' && id.length <= 128) && new Set(ids).size === ids.length ? ids : undefined;
    }) ?? [];
  const includeReissues = take('includeReissues', (raw) => (raw === 'true' ? true : undefined)) ?? false;
  const state_: ExplorerState = {
    groupBy: groupBy ?? DEFAULT_GROUP_BY,
    ...(fy === undefined ? {} : { fy }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(state === undefined ? {} : { state }),
    ...(county === undefined ? {} : { county }),
    ...(facility === undefined ? {} : { facility }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(form === undefined ? {} : { form }),
    ...(liftReason === undefined ? {} : { liftReason }),
    ...(criminality === undefined ? {} : { criminality }),
    ...(citizenship === undefined ? {} : { citizenship }),
    ...(usCitizen === undefined ? {} : { usCitizen }),
    ...(convictionCategory === undefined ? {} : { convictionCategory }),
    ...(aor === undefined ? {} : { aor }),
    release,
    includeReissues,
  };
  return { state: state_, ignored };
}

/** The address's search parameters of a state (defaults left out, so addresses stay short). */
export function explorerSearch(state: ExplorerState): Record<string, string | undefined> {
  const groupBy = state.groupBy.join(',');
  return {
    groupBy: groupBy === DEFAULT_GROUP_BY.join(',') ? undefined : groupBy === '' ? undefined : groupBy,
    fy: state.fy === undefined ? undefined : String(state.fy),
    from: state.fy === undefined ? state.from : undefined,
    to: state.fy === undefined ? state.to : undefined,
    state: state.state,
    county: state.county,
    facility: state.facility === undefined ? undefined : String(state.facility),
    outcome: state.outcome,
    form: state.form,
    liftReason: state.liftReason,
    criminality: state.criminality,
    citizenship: state.citizenship,
    usCitizen: state.usCitizen === undefined ? undefined : String(state.usCitizen),
    convictionCategory: state.convictionCategory,
    aor: state.aor,
    release: state.release.length === 0 ? undefined : state.release.join(','),
    includeReissues: state.includeReissues ? 'true' : undefined,
  };
}

/** US federal fiscal year's days: FY2014 is 2013-10-01 to 2014-09-30. */
export const fiscalYearDays = (fy: number) => ({ from: `${fy - 1}-10-01`, to: `${fy}-09-30` });

/** The dates the state asks for (a fiscal year's, or from/to). */
export function datesOf(state: ExplorerState): { from?: string; to?: string } {
  if (state.fy !== undefined) return fiscalYearDays(state.fy);
  return {
    ...(state.from === undefined ? {} : { from: state.from }),
    ...(state.to === undefined ? {} : { to: state.to }),
  };
}

/** GET /stats/detainers's query for the state (parameters in a fixed order, so the API URL reads the same). */
export function statsQuery(state: ExplorerState): DetainerStatsQueryDto {
  const query: Record<string, string | number | boolean> = {};
  if (state.groupBy.length > 0) query.groupBy = state.groupBy.join(',');
  const { from, to } = datesOf(state);
  if (from !== undefined) query.from = from;
  if (to !== undefined) query.to = to;
  if (state.state !== undefined) query.state = state.state;
  if (state.county !== undefined) query.county = state.county;
  if (state.facility !== undefined) query.facility = state.facility;
  if (state.outcome !== undefined) query.outcome = state.outcome;
  if (state.form !== undefined) query.form = state.form;
  if (state.liftReason !== undefined) query.liftReason = state.liftReason;
  if (state.criminality !== undefined) query.criminality = state.criminality;
  if (state.citizenship !== undefined) query.citizenship = state.citizenship;
  if (state.usCitizen !== undefined) query.usCitizen = String(state.usCitizen);
  if (state.convictionCategory !== undefined) query.convictionCategory = state.convictionCategory;
  if (state.aor !== undefined) query.aor = state.aor;
  if (state.release.length > 0) query.release = state.release.join(',');
  if (state.includeReissues) query.includeReissues = true;
  return query as DetainerStatsQueryDto;
}
