import { optional, type FilterSpec } from '../../shared/urlFilters';

/** Counties shown per page on a state page (Texas has 254). */
export const COUNTIES_PER_PAGE = 50;

/** The longest search kept from the address (a county name is far shorter). */
const MAX_QUERY = 80;

/** The state page's county search in the address: ?county=harr&countiesFrom=50 (the page's ?at= kept). */
export const COUNTY_SEARCH = {
  params: { county: optional((text: string) => (text.length <= MAX_QUERY ? text : null)) },
  offsetParam: 'countiesFrom',
} satisfies FilterSpec<{ county: ReturnType<typeof optional<string>> }>;

/** Text folded for matching: no accents (Doña, Mayagüez), no case, single spaces. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The counties matching a search, in their order: by name (any part of it, accents and case
 * ignored) or by FIPS code (its start, or the county's three digits). An empty search matches all.
 */
export function searchCounties<C extends { readonly name: string; readonly fips: string }>(
  counties: readonly C[],
  query: string,
): readonly C[] {
  const q = fold(query);
  if (q === '') return counties;
  if (/^\d+$/.test(q)) return counties.filter((c) => c.fips.startsWith(q) || c.fips.slice(2).startsWith(q));
  return counties.filter((c) => fold(c.name).includes(q));
}
