import { href, type Href } from '../../shared/routes';
import type { RulePlaceDto } from './ruleTypes';

/** The page of a state or county, at a date (?at=) or today. */
export function placeHref(state: string, countyFips: string | null, at: string | null = null): Href {
  return countyFips === null
    ? href('state', { code: state }, { at })
    : href('county', { code: state, fips: countyFips }, { at });
}

/** The places a rule covers, as links to their pages. */
export function placesOf(place: RulePlaceDto): { readonly label: string; readonly href: Href | null }[] {
  switch (place.kind) {
    case 'federal':
      return [{ label: '', href: null }];
    case 'state':
      return [{ label: place.state, href: placeHref(place.state, null) }];
    case 'counties':
      return place.counties.map((fips) => ({ label: `${place.state} ${fips}`, href: placeHref(place.state, fips) }));
  }
}
