/** A US state, the District of Columbia or a territory, keyed by its USPS code. */
export type StateKind = 'state' | 'district' | 'territory';

export interface State {
  readonly code: string; // USPS, e.g. "CA"
  readonly fips: string; // 2 digits, e.g. "06"
  readonly name: string;
  readonly kind: StateKind;
  /** IANA zone of the state's seat of government; counties may differ (see County.timeZone). */
  readonly timeZone: string;
}

export interface County {
  readonly fips: string; // 5 digits, e.g. "06001"
  readonly name: string; // as published by the Census Bureau, without "County"
  readonly stateCode: string;
  /** IANA zone used for this county's local calendar (hold clocks, effective dates). */
  readonly timeZone: string;
}

export const USPS_CODE = /^[A-Z]{2}$/;
export const COUNTY_FIPS = /^\d{5}$/;
