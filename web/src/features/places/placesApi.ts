export const USPS_CODE = /^[A-Za-z]{2}$/;
export const COUNTY_FIPS = /^\d{5}$/;
