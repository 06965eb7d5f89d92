/**
 * Small SYNTHETIC releases in the Deportation Data Project's layout with ICE's facility code, for the
 * tests of facilities as stable identities (research, web component and browser tests).
 */
export const CODED_FACILITY_HEADER = [
  'Detainer Prepare Date',
  'Detainer Lift Reason',
  'Detainer Type',
  'Detention Facility',
  'Detention Facility Code',
  'Facility City',
  'Facility State',
];

/** The rows under the header as CSV, every cell quoted (default header: CODED_FACILITY_HEADER). */
export function codedFacilityCsv(
  rows: readonly (readonly string[])[],
  header: readonly string[] = CODED_FACILITY_HEADER,
): string {
  return `${[header, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n')}\n`;
}
