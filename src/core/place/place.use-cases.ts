import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { COUNTY_FIPS, USPS_CODE, type County, type State } from './place.js';
import type { PlaceRepository } from './place-repository.port.js';

export function listStates(places: PlaceRepository): Promise<State[]> {
  return places.listStates();
}

export async function getState(places: PlaceRepository, code: string): Promise<Result<State, DomainError>> {
  const normalised = code.toUpperCase();
  if (!USPS_CODE.test(normalised)) return err(invalidField('state', 'must be a two-letter USPS code', 'stateCode'));
  const state = await places.findState(normalised);
  return state
    ? ok(state)
    : err(domainError('PLACE.NOT_FOUND', 'No state or territory with this USPS code.', { field: 'state' }));
}

export async function listCountiesOf(places: PlaceRepository, code: string): Promise<Result<County[], DomainError>> {
  const state = await getState(places, code);
  return state.ok ? ok(await places.listCounties(state.value.code)) : state;
}

export async function getCounty(places: PlaceRepository, fips: string): Promise<Result<County, DomainError>> {
  if (!COUNTY_FIPS.test(fips)) return err(invalidField('countyFips', 'must be a 5-digit FIPS code', 'countyFips'));
  const county = await places.findCounty(fips);
  return county
    ? ok(county)
    : err(domainError('PLACE.NOT_FOUND', 'No county with this FIPS code.', { field: 'countyFips' }));
}
