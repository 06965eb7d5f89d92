import { href, type Href } from '../../shared/routes';
import {
  filterSearch,
  optional,
  parseFilters,
  readChoice,
  readLocalDate,
  withDefault,
  type FilterSpec,
  type SearchText,
} from '../../shared/urlFilters';

/**
 * The map page's whole state as its address keeps it (`/map?at=2014-06-01&action=hold&
 * profile=no-record&q=alameda&class=forbidden&offset=50`): the date, the action and the profile the
 * map shows, and the table's search, class and page. Pure: the shared URL filters
 * (shared/urlFilters.ts) with the map's parameters; "today" is given, never read here.
 */

export const ACTIONS = ['hold', 'notify', 'transfer'] as const;
export type MapAction = (typeof ACTIONS)[number];
export const PROFILES = ['no-record', 'pending-misdemeanor', 'serious-felony', 'lawful-status'] as const;
export type MapProfile = (typeof PROFILES)[number];
export const MODALITIES = ['required', 'permitted', 'forbidden', 'undecided'] as const;
export type Modality = (typeof MODALITIES)[number];

/** The first day the slider offers (issue 12: the law in force on any date since 2008). */
export const FIRST_DAY = '2008-01-01';
export const TABLE_PAGE_SIZE = 50;
const MAX_QUERY = 100;

/** A date the map can show: a real calendar date from FIRST_DAY to today. */
export const readMapDate =
  (today: string) =>
  (text: string): string | null => {
    const date = readLocalDate(text);
    return date !== null && date >= FIRST_DAY && date <= today ? date : null;
  };

const readQuery = (text: string): string | null => (text.length <= MAX_QUERY ? text : null);

/** The map's parameters; `at` absent means today. */
export function mapSearchSpec(today: string) {
  const params = {
    at: optional(readMapDate(today)),
    action: withDefault(readChoice(ACTIONS), 'hold'),
    profile: withDefault(readChoice(PROFILES), 'no-record'),
    q: withDefault(readQuery, ''),
    class: optional(readChoice(MODALITIES)),
  };
  return { params, offsetParam: 'offset' } satisfies FilterSpec<typeof params>;
}
export type MapSearchSpec = ReturnType<typeof mapSearchSpec>;

export interface MapState {
  /** The date shown (today when the address has none). */
  readonly at: string;
  /** Whether the address names the date (otherwise it follows today). */
  readonly atGiven: boolean;
  readonly action: MapAction;
  readonly profile: MapProfile;
  /** The table's search text ('' for all). */
  readonly q: string;
  /** The table's class filter (undefined for every class). */
  readonly modality?: Modality;
  /** The table's offset. */
  readonly offset: number;
}

export type MapParam = 'at' | 'action' | 'profile' | 'q' | 'class' | 'offset';

export interface ParsedMapSearch {
  readonly state: MapState;
  /** Parameters present with a value the map cannot use: ignored (their default shown), named to the reader. */
  readonly ignored: readonly MapParam[];
  /** The text of an unusable date as asked (so the page can say what was asked and what is shown). */
  readonly askedAt: string | null;
}

export function parseMapSearch(search: URLSearchParams, today: string): ParsedMapSearch {
  const { filters, offset, ignored } = parseFilters(mapSearchSpec(today), search);
  const state: MapState = {
    at: filters.at ?? today,
    atGiven: filters.at !== undefined,
    action: filters.action,
    profile: filters.profile,
    q: filters.q,
    ...(filters.class === undefined ? {} : { modality: filters.class }),
    offset,
  };
  const bad = ignored as readonly MapParam[];
  return { state, ignored: bad, askedAt: bad.includes('at') ? search.get('at') : null };
}

/** The map's address for search parameters. */
export const mapAt = (search: SearchText): Href => href('map', {}, search);

/**
 * The address of a map state. Once the reader has chosen anything (`atGiven`), the date, action and
 * profile are all written out (`/map?at=2014-06-01&action=hold&profile=no-record`), so the address
 * names the whole view and shows the same map on any later day; the table's defaults are left out.
 * Untouched, the address is just `/map` (the law today).
 */
export function mapHref(state: MapState, today: string): Href {
  const { at, atGiven, action, profile, modality, offset, ...rest } = state;
  const search = filterSearch(mapSearchSpec(today), { ...rest, class: modality }, offset);
  const view = atGiven || at !== today ? { at, action, profile } : viewBeyondDefaults(action, profile);
  return mapAt({ ...search, ...view });
}

const viewBeyondDefaults = (action: MapAction, profile: MapProfile): SearchText =>
  action === 'hold' && profile === 'no-record' ? {} : { action, profile };

/** Changing what the map shows names the whole view, and keeps the table's search and class, back on its first page. */
export function withView(state: MapState, change: Partial<Pick<MapState, 'at' | 'action' | 'profile'>>): MapState {
  return { ...state, ...change, atGiven: true, offset: 0 };
}

/**
 * Today as the API counts it (the date in UTC, its last day answered), YYYY-MM-DD: in every U.S.
 * zone that is today or tomorrow, never a day the API would refuse as future.
 */
export const apiToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
