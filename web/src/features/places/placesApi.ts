export const USPS_CODE = /^[A-Za-z]{2}$/;
export const COUNTY_FIPS = /^\d{5}$/;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date in the address (?at=YYYY-MM-DD), or null for today. */
export function atOf(search: URLSearchParams): string | null {
  const at = search.get('at');
  return at !== null && LOCAL_DATE.test(at) ? at : null;
}
