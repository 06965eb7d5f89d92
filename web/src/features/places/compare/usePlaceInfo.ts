import { toApiError, type ApiError } from '../../../shared/api';
import { useCounty, usePlaceState } from '../../../shared/api/hooks';
import type { Side } from './compareParams';

/** A side of the comparison, once the API has named it. */
export interface PlaceInfo {
  /** Its code in the address: "CA" or "06001". */
  readonly code: string;
  readonly state: string;
  readonly stateName: string;
  readonly countyFips: string | null;
  /** "Alameda County, California" or "California". */
  readonly name: string;
}

export type PlaceLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'notFound'; readonly code: string }
  | { readonly kind: 'error'; readonly error: ApiError }
  | { readonly kind: 'found'; readonly place: PlaceInfo };

/** Names a side from the API (a state by its code, a county by its FIPS code); a 404 is `notFound`. */
export function usePlaceInfo(side: Side): PlaceLookup {
  const place = side.kind === 'place' ? side.place : null;
  const state = usePlaceState(place?.kind === 'state' ? place.state : null);
  const county = useCounty(place?.kind === 'county' ? place.fips : null);
  if (place === null) return { kind: 'none' };
  const answer = place.kind === 'state' ? state : county;
  const code = place.kind === 'state' ? place.state : place.fips;
  if (answer.isPending) return { kind: 'pending' };
  if (answer.isError) {
    const error = toApiError(answer.error);
    return error.status === 404 || error.status === 400 ? { kind: 'notFound', code } : { kind: 'error', error };
  }
  if (place.kind === 'state' && state.data) {
    const s = state.data.state;
    return { kind: 'found', place: { code, state: s.code, stateName: s.name, countyFips: null, name: s.name } };
  }
  const c = county.data!;
  return {
    kind: 'found',
    place: {
      code,
      state: c.state.code,
      stateName: c.state.name,
      countyFips: c.county.fips,
      name: `${c.county.name}, ${c.state.name}`,
    },
  };
}
