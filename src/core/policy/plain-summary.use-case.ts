import { isLocalDate, localDate } from '../clock/local-calendar.js';
import type { PlaceRepository } from '../place/place-repository.port.js';
import { getCounty, getState } from '../place/place.use-cases.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { EngineContext } from './evaluate.js';
import { plainSummary } from './plain-summary.js';
import type { PlainSummary } from './plain-summary.types.js';

export interface PlaceSummary extends PlainSummary {
  readonly place: {
    readonly state: string;
    readonly countyFips: string | null;
    readonly name: string;
    readonly timeZone: string;
  };
}

/**
 * The plain-language summary of the law in a state or county on a local date (today in the
 * place's zone when `at` is absent). Unknown places and bad dates are errors naming the field.
 */
export async function summarisePlaceLaw(
  engine: EngineContext,
  places: PlaceRepository,
  where: { readonly state: string; readonly countyFips?: string | null },
  at: string | undefined,
  now: Date,
): Promise<Result<PlaceSummary, DomainError>> {
  const state = await getState(places, where.state);
  if (!state.ok) return state;
  const countyFips = where.countyFips ?? null;
  let countyName: string | null = null;
  let zone = state.value.timeZone;
  if (countyFips !== null) {
    const county = await getCounty(places, countyFips);
    if (!county.ok) return county;
    if (county.value.stateCode !== state.value.code) {
      return err(
        domainError('PLACE.NOT_FOUND', 'No county with this FIPS code in this state.', { field: 'countyFips' }),
      );
    }
    countyName = county.value.name;
    zone = county.value.timeZone;
  }
  if (at !== undefined && !isLocalDate(at)) {
    return err(invalidField('at', 'must be a calendar date written YYYY-MM-DD', 'calendarDate'));
  }
  const today = localDate(now, zone);
  const date = at ?? today;
  const summary = plainSummary(
    engine,
    {
      state: state.value.code,
      stateFips: state.value.fips,
      stateName: state.value.name,
      countyFips,
      countyName,
      zone,
    },
    date,
    date === today,
  );
  const name = countyName === null ? state.value.name : `${countyName}, ${state.value.name}`;
  return ok({ place: { state: state.value.code, countyFips, name, timeZone: zone }, ...summary });
}
