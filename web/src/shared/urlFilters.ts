/**
 * Filters kept in a page's address (`/desk/audit?user=…&from=2026-12-01&offset=50`), so a filtered
 * view can be linked, reloaded and gone back to. A spec names each search parameter, how its text is
 * read (null: unusable, so ignored and named) and its value when absent; and the parameter holding
 * the list's offset, which goes back to the first page whenever the filters change. Pure: the hook
 * that reads and writes the address is useUrlFilters.ts.
 */

/** One filter in the address. */
export interface SearchParam<T> {
  readonly read: (text: string) => T | null;
  readonly fallback: T;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each parameter has its own value type
export type SearchParams = Readonly<Record<string, SearchParam<any>>>;

export type FilterValues<P extends SearchParams> = {
  readonly [K in keyof P]: P[K] extends SearchParam<infer T> ? T : never;
};

export interface FilterSpec<P extends SearchParams> {
  readonly params: P;
  /** The parameter of the list's offset (two lists on one page page apart). */
  readonly offsetParam: string;
  /** Values that are fine alone but not together (a reversed date range): their names, to be ignored. */
  readonly conflicts?: (values: FilterValues<P>) => readonly (keyof P & string)[];
}

export interface ParsedFilters<P extends SearchParams> {
  readonly filters: FilterValues<P>;
  readonly offset: number;
  /** Parameters present with a value that cannot be used: ignored (their fallback is used), named to the reader. */
  readonly ignored: readonly string[];
}

/** A filter that is absent unless given. */
export const optional = <T>(read: (text: string) => T | null): SearchParam<T | undefined> => ({
  read,
  fallback: undefined,
});

/** A filter with a value when absent (a sort order, a page size, '' for "any"). */
export const withDefault = <T>(read: (text: string) => T | null, fallback: T): SearchParam<T> => ({ read, fallback });

export const readChoice =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | null =>
    (values as readonly string[]).includes(text) ? (text as T) : null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string) => UUID.test(text);
export const readUuid = (text: string): string | null => (isUuid(text) ? text.toLowerCase() : null);

/** A real calendar date YYYY-MM-DD in the years the API accepts (1990-2100). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
export const readLocalDate = (text: string): string | null => (isLocalDate(text) ? text : null);

export const readInteger =
  (min: number, max: number) =>
  (text: string): number | null => {
    if (!/^\d{1,7}$/.test(text)) return null;
    const n = Number(text);
    return n >= min && n <= max ? n : null;
  };

const readOffset = readInteger(0, 1_000_000);

export function parseFilters<P extends SearchParams>(spec: FilterSpec<P>, search: URLSearchParams): ParsedFilters<P> {
  const ignored: string[] = [];
  const values: Record<string, unknown> = {};
  const take = <T>(name: string, param: SearchParam<T>): T => {
    const text = search.get(name);
    if (text === null || text === '') return param.fallback;
    const value = param.read(text);
    if (value !== null) return value;
    ignored.push(name);
    return param.fallback;
  };
  for (const [name, param] of Object.entries(spec.params)) values[name] = take(name, param);
  for (const name of spec.conflicts?.(values as FilterValues<P>) ?? []) {
    ignored.push(name);
    values[name] = spec.params[name]?.fallback;
  }
  const offset = take(spec.offsetParam, withDefault(readOffset, 0));
  for (const [name, value] of Object.entries(values)) if (value === undefined) delete values[name];
  return { filters: values as FilterValues<P>, offset, ignored };
}

export type SearchText = Readonly<Record<string, string | null>>;

/**
 * The search parameters of filters and an offset, over the address's others (kept as they are):
 * a value equal to its fallback, and offset 0, are left out so addresses stay short.
 */
export function filterSearch<P extends SearchParams>(
  spec: FilterSpec<P>,
  values: Partial<FilterValues<P>>,
  offset: number,
  others: SearchText = {},
): SearchText {
  const search: Record<string, string | null> = { ...others };
  for (const [name, param] of Object.entries(spec.params)) {
    const value: unknown = values[name];
    search[name] = value === undefined || value === '' || value === param.fallback ? null : String(value);
  }
  search[spec.offsetParam] = offset > 0 ? String(offset) : null;
  return search;
}

/** The address's parameters that the spec does not own (another list's filters on the same page). */
export function otherParams<P extends SearchParams>(spec: FilterSpec<P>, search: URLSearchParams): SearchText {
  const others: Record<string, string> = {};
  for (const [name, value] of search) {
    if (!Object.hasOwn(spec.params, name) && name !== spec.offsetParam) others[name] = value;
  }
  return others;
}
