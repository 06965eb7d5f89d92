import { useMemo } from 'react';
import { navigate, useLocation } from './router';
import type { Href } from './routes';
import {
  filterSearch,
  otherParams,
  parseFilters,
  type FilterSpec,
  type FilterValues,
  type ParsedFilters,
  type SearchParams,
  type SearchText,
} from './urlFilters';

export interface UrlFilters<P extends SearchParams> extends ParsedFilters<P> {
  /** The address of these filters (missing ones at their fallback) at an offset; the page's other parameters kept. */
  readonly hrefWith: (values: Partial<FilterValues<P>>, offset?: number) => Href;
  /** The address of the current filters at another offset (for the pager). */
  readonly pageHref: (offset: number) => Href;
  /** Goes to the filters given, on the first page (a form's submit). */
  readonly apply: (values: Partial<FilterValues<P>>) => void;
}

/**
 * A list's filters as the page's address holds them: read with the spec's parsers (defaults for
 * what is absent or unusable), written back on submit or reset with the offset back to 0, and the
 * page's other search parameters (another list's) left as they are. `at` makes the page's address.
 */
export function useUrlFilters<P extends SearchParams>(
  spec: FilterSpec<P>,
  at: (search: SearchText) => Href,
): UrlFilters<P> {
  const { search } = useLocation();
  const text = search.toString();
  return useMemo(() => {
    const current = new URLSearchParams(text);
    const parsed = parseFilters(spec, current);
    const others = otherParams(spec, current);
    const hrefWith = (values: Partial<FilterValues<P>>, offset = 0) => at(filterSearch(spec, values, offset, others));
    return {
      ...parsed,
      hrefWith,
      pageHref: (offset: number) => hrefWith(parsed.filters, offset),
      apply: (values: Partial<FilterValues<P>>) => navigate(hrefWith(values, 0)),
    };
  }, [spec, at, text]);
}
