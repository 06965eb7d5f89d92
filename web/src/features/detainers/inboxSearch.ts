import { href, type Href } from '../../shared/routes';
import {
  filterSearch,
  optional,
  parseFilters,
  readChoice,
  readInteger,
  readLocalDate,
  readUuid,
  withDefault,
  type FilterSpec,
  type SearchText,
} from '../../shared/urlFilters';
import type { DetainerForm, DetainerListQueryDto, DetainerStatus } from '../../shared/types';

/**
 * The inbox's filters, order and page as the page address keeps them (`/desk?state=holding&
 * sort=received&offset=50`), so back, forward and reload show the same list: the shared URL filters
 * (shared/urlFilters.ts) with the inbox's parameters. Pure: parsing a search string answers the API
 * query and the names of the parameters it had to ignore.
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

/** The inbox's parameters; `sort` defaults to deadline (the most urgent first). */
const PARAMS = {
  state: optional(readChoice(STATUSES)),
  form: optional(readChoice(FORMS)),
  facility: optional(readUuid),
  from: optional(readLocalDate),
  to: optional(readLocalDate),
  sort: withDefault(readChoice(SORTS), 'deadline'),
  limit: withDefault(readInteger(1, MAX_LIMIT), PAGE_SIZE),
};

export const INBOX_SEARCH: FilterSpec<typeof PARAMS> = {
  params: PARAMS,
  offsetParam: 'offset',
  // A reversed date range is ignored whole.
  conflicts: ({ from, to }) => (from !== undefined && to !== undefined && from > to ? ['from', 'to'] : []),
};

/** What the address may carry. */
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

export interface ParsedInboxSearch {
  readonly filters: InboxFilters;
  /** Parameters present with a value the inbox cannot use: ignored, and named to the reader. */
  readonly ignored: readonly InboxParam[];
}

export type InboxParam = keyof typeof PARAMS | 'offset';

export function parseInboxSearch(search: URLSearchParams): ParsedInboxSearch {
  const { filters, offset, ignored } = parseFilters(INBOX_SEARCH, search);
  return { filters: { ...filters, offset }, ignored: ignored as readonly InboxParam[] };
}

/** The API query for the filters (the inbox endpoint's own parameter names). */
export function toApiQuery(filters: InboxFilters): DetainerListQueryDto {
  const { sort, limit, offset, ...rest } = filters;
  return { ...rest, sort, limit, offset };
}

/** The inbox's address for search parameters. */
export const inboxAt = (search: SearchText): Href => href('desk', {}, search);

/** The page address of the filters; defaults are left out so addresses stay short. */
export function inboxHref(filters: InboxFilters): Href {
  const { offset, ...values } = filters;
  return inboxAt(filterSearch(INBOX_SEARCH, values, offset));
}

/** Whether any filter narrows the list (the empty message then says so). */
export const isFiltered = (f: InboxFilters) =>
  f.state !== undefined ||
  f.form !== undefined ||
  f.facility !== undefined ||
  f.from !== undefined ||
  f.to !== undefined;
