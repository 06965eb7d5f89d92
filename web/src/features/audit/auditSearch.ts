/**
 * The audit page's filters as they stand in its URL (so a filtered view can be linked and the
 * back button works): reads by `user`, `detainer`, `from`, `to` (local dates of the agency) and
 * `offset`; security events by `kind` and `eventsOffset` (the shared URL filters, shared/urlFilters.ts).
 */
import { SECURITY_EVENT_KINDS, type SecurityEventKind } from '../../shared/messages/securityEvents';
import { href, type Href } from '../../shared/routes';
import { zoneOffsetMinutes } from '../../shared/zoneOffset';
import {
  readChoice,
  readLocalDate,
  readUuid,
  withDefault,
  type FilterSpec,
  type FilterValues,
  type SearchParams,
  type SearchText,
} from '../../shared/urlFilters';

export const READS_PAGE = 50;
export const EVENTS_PAGE = 50;

/** The reads log's filters: '' is "any". */
const READ_PARAMS = {
  user: withDefault(readUuid, ''),
  detainer: withDefault(readUuid, ''),
  from: withDefault(readLocalDate, ''),
  to: withDefault(readLocalDate, ''),
};
export const READS_SEARCH: FilterSpec<typeof READ_PARAMS> = { params: READ_PARAMS, offsetParam: 'offset' };
export type ReadFilters = FilterValues<typeof READ_PARAMS>;

/** The security events' filter: a kind the server declares, '' for any. */
export const EVENTS_SEARCH = {
  params: { kind: withDefault<SecurityEventKind | ''>(readChoice(SECURITY_EVENT_KINDS), '') },
  offsetParam: 'eventsOffset',
} as const satisfies FilterSpec<SearchParams>;

/** The audit page's address for search parameters. */
export const auditAt = (search: SearchText): Href => href('audit', {}, search);

/** The API's query for the reads (the shape of GET /audit/reads; pure here, so it is tested without the web app). */
export interface ReadsQuery {
  readonly userId?: string;
  readonly detainerId?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The API query for the reads: local dates become instants in the agency's zone; `to` includes its day. */
export function readsQuery(filters: ReadFilters, offset: number, timeZone: string): ReadsQuery {
  return {
    ...(filters.user ? { userId: filters.user } : {}),
    ...(filters.detainer ? { detainerId: filters.detainer } : {}),
    ...(filters.from ? { from: startOfLocalDay(filters.from, timeZone) } : {}),
    ...(filters.to ? { to: startOfLocalDay(nextDay(filters.to), timeZone) } : {}),
    limit: READS_PAGE,
    offset,
  };
}

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The instant a local date begins in a time zone, e.g. 2026-12-01 in America/Los_Angeles → 08:00Z. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  let guess = utcMidnight - offsetMs(utcMidnight, timeZone);
  guess = utcMidnight - offsetMs(guess, timeZone); // once more, across a change of offset
  return new Date(guess).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
const offsetMs = (instant: number, timeZone: string): number => zoneOffsetMinutes(instant, timeZone) * 60_000;
