/** What the engine needs to know about places: their time zones, and which county is in which state. */
export interface PlaceDirectory {
  /** IANA zone of the state (its seat of government), or undefined for an unknown USPS code. */
  stateZone(state: string): string | undefined;
  /** IANA zone and state of a county, or undefined for an unknown FIPS code. */
  county(fips: string): { readonly state: string; readonly zone: string } | undefined;
}
