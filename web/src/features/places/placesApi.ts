import type { CountyDto, StateDto } from '../../shared/types';

/** API paths, for useApiGet. */
export const statesPath = () => '/places/states';
export const statePath = (code: string) => `/places/states/${encodeURIComponent(code)}`;
export const countyPath = (fips: string) => `/places/counties/${encodeURIComponent(fips)}`;

export interface StatesAnswer {
  readonly states: readonly StateDto[];
}
export interface StateAnswer {
  readonly state: StateDto;
  readonly counties: readonly CountyDto[];
}
export interface CountyAnswer {
  readonly county: CountyDto;
  readonly state: StateDto;
}

export const USPS_CODE = /^[A-Za-z]{2}$/;
export const COUNTY_FIPS = /^\d{5}$/;

/** Web addresses of the place pages. */
export const stateHref = (code: string) => `/places/${code}`;
export const countyHref = (code: string, fips: string) => `/places/${code}/${fips}`;
