import type { RulePlaceDto } from './ruleTypes';

/** API paths of the law library, for useApiGet. */
export const rulePath = (id: string) => `/policies/${encodeURIComponent(id)}`;

export function placeRulesPath(state: string, countyFips: string | null, at: string | null): string {
  const place =
    countyFips === null ? encodeURIComponent(state) : `${encodeURIComponent(state)}/${encodeURIComponent(countyFips)}`;
  return `/places/${place}/policies${at === null ? '' : `?at=${encodeURIComponent(at)}`}`;
}

/** Web addresses. */
export const ruleHref = (id: string) => `/policies/${encodeURIComponent(id)}`;

export function placeHref(state: string, countyFips: string | null, at: string | null = null): string {
  const path = countyFips === null ? `/places/${state}` : `/places/${state}/${countyFips}`;
  return at === null ? path : `${path}?at=${at}`;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date the reader chose (?at=YYYY-MM-DD in the address), or null for today. */
export function atFrom(search: URLSearchParams): string | null {
  const at = search.get('at');
  return at !== null && LOCAL_DATE.test(at) ? at : null;
}

/** The places a rule covers, as links to their pages. */
export function placesOf(place: RulePlaceDto): { readonly label: string; readonly href: string | null }[] {
  switch (place.kind) {
    case 'federal':
      return [{ label: '', href: null }];
    case 'state':
      return [{ label: place.state, href: placeHref(place.state, null) }];
    case 'counties':
      return place.counties.map((fips) => ({ label: `${place.state} ${fips}`, href: placeHref(place.state, fips) }));
  }
}
