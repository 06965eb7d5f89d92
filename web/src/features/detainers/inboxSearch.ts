import { href, type Href } from '../../shared/routes';
import type { DetainerForm, DetainerListQueryDto, DetainerStatus } from '../../shared/types';

/**
 * The inbox's filters, order and page as the page address keeps them (`/desk?state=holding&
 * sort=received&offset=50`), so back, forward and reload show the same list. Pure: parsing a
 * search string answers the API query and the names of the parameters it had to ignore.
 */

export const STATUSES = [
  'pending',
  'holding',
  'release-due',
  'transferred',
  'released',
  'lifted',
  'cancelled',
] as const satisfies readonly DetainerStatus[];
export const FORMS = ['I-247', 'I-247D', 'I-247N', 'I-247X', 'I-247A'] as const satisfies readonly DetainerForm[];
export const SORTS = ['deadline', 'received'] as const;
export type InboxSort = (typeof SORTS)[number];

// Every status and form the API knows is offered: a new one fails to compile here.
type Assert<T extends true> = T;
type Covers<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export type _EveryStatus = Assert<Covers<DetainerStatus, (typeof STATUSES)[number]>>;
export type _EveryForm = Assert<Covers<DetainerForm, (typeof FORMS)[number]>>;

export const PAGE_SIZE = 50;
const MAX_LIMIT = 200;
const MAX_OFFSET = 1_000_000;

/** What the address may carry; `sort` defaults to deadline (the most urgent first). */
export interface InboxFilters {
  readonly state?: DetainerStatus;
  readonly form?: DetainerForm;
  readonly facility?: string;
  readonly from?: string;
  readonly to?: string;
  readonly sort: InboxSort;
  readonly limit: number;
  readonly offset: number;
}

export type InboxParam = 'state' | 'form' | 'facility' | 'from' | 'to' | 'sort' | 'limit' | 'offset';

export interface ParsedInboxSearch {
  readonly filters: InboxFilters;
  /** Parameters present with a value the inbox cannot use: ignored, and named to the reader. */
  readonly ignored: readonly InboxParam[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar date YYYY-MM-DD in the years the API accepts (1990-2100). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function integer(value: string, min: number, max: number): number | null {
  if (!/^\d{1,7}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseInboxSearch(search: URLSearchParams): ParsedInboxSearch {
  const ignored: InboxParam[] = [];
  const read = <T>(name: InboxParam, accept: (value: string) => T | null): T | undefined => {
    const value = search.get(name);
    if (value === null || value === '') return undefined;
    const accepted = accept(value);
    if (accepted === null) {
      ignored.push(name);
      return undefined;
    }
    return accepted;
  };
  const state = read('state', (v) => (oneOf(STATUSES, v) ? v : null));
  const form = read('form', (v) => (oneOf(FORMS, v) ? v : null));
  const facility = read('facility', (v) => (UUID.test(v) ? v.toLowerCase() : null));
  let from = read('from', (v) => (isLocalDate(v) ? v : null));
  let to = read('to', (v) => (isLocalDate(v) ? v : null));
  if (from !== undefined && to !== undefined && from > to) {
    ignored.push('from', 'to');
    from = undefined;
    to = undefined;
  }
  const sort = read('sort', (v) => (oneOf(SORTS, v) ? v : null)) ?? 'deadline';
  const limit = read('limit', (v) => integer(v, 1, MAX_LIMIT)) ?? PAGE_SIZE;
  const offset = read('offset', (v) => integer(v, 0, MAX_OFFSET)) ?? 0;
  const filters: InboxFilters = {
    ...(state !== undefined && { state }),
    ...(form !== undefined && { form }),
    ...(facility !== undefined && { facility }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    sort,
    limit,
    offset,
  };
  return { filters, ignored };
}

/** The API query for the filters (the inbox endpoint's own parameter names). */
export function toApiQuery(filters: InboxFilters): DetainerListQueryDto {
  const { sort, limit, offset, ...rest } = filters;
  return { ...rest, sort, limit, offset };
}

/** The page address of the filters; defaults are left out so addresses stay short. */
export function inboxHref(filters: InboxFilters): Href {
  return href(
    'desk',
    {},
    {
      state: filters.state,
      form: filters.form,
      facility: filters.facility,
      from: filters.from,
      to: filters.to,
      sort: filters.sort === 'deadline' ? null : filters.sort,
      limit: filters.limit === PAGE_SIZE ? null : filters.limit,
      offset: filters.offset > 0 ? filters.offset : null,
    },
  );
}

/** Whether any filter narrows the list (the empty message then says so). */
export const isFiltered = (f: InboxFilters) =>
  f.state !== undefined ||
  f.form !== undefined ||
  f.facility !== undefined ||
  f.from !== undefined ||
  f.to !== undefined;
