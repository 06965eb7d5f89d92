/**
 * The dimensions researchers ask for (issue 14, point 5), as categories a release's raw text falls
 * into: the person's criminality (criminality.ts), the most serious conviction's category, whether
 * the detainer was lifted because the person is (or claims to be) a U.S. citizen, and the
 * citizenship country and area of responsibility as written (normalised for grouping). Pure.
 *
 * Most serious conviction: the 2025 release gives the charge as text (`Most Serious Conviction (MSC)
 * Charge`) and as an NCIC offense code (`MSC Charge Code`). NCIC offense codes are four digits whose
 * first two name the offense group (a code ending in 99 is the group's general code, e.g. 2399
 * "Larceny"). The groups below are those of the FBI's NCIC Code Manual, "Uniform Offense
 * Classifications" (the OFF field), as NIEM publishes the code list: `ncic:OFFCodeSimpleType`,
 * http://datypic.com/sc/niem30/e-j_ChargeNCICCode.html (NIEM 3.0), also
 * https://docs.oasis-open.org/niemopen/niem-model/v6.0/ps01/xsd/codes/ncic.xsd (NIEM 6.0), and the
 * NCIC Code Manual as republished by the Alabama Criminal Justice Information Center (section 3,
 * "OFF, OOC and CRR field codes"). A code whose group is not in this table, or that is not an NCIC
 * code at all, is `unknown-code`: the charge text is not classified (no documented mapping from
 * ICE's charge texts to NCIC groups was found), so a blank code with a charge text is `unknown-code`
 * too. A record with neither has no category (the release does not record it, or it was redacted).
 */

/** NCIC offense groups by the code's first two digits (NCIC Code Manual, Uniform Offense Classifications), in code order. */
const NCIC_GROUP_LIST = [
  ['01', 'sovereignty'],
  ['02', 'military'],
  ['03', 'immigration'],
  ['09', 'homicide'],
  ['10', 'kidnapping'],
  ['11', 'sexual-assault'],
  ['12', 'robbery'],
  ['13', 'assault'],
  ['14', 'abortion'],
  ['20', 'arson'],
  ['21', 'extortion'],
  ['22', 'burglary'],
  ['23', 'larceny'],
  ['24', 'stolen-vehicle'],
  ['25', 'forgery'],
  ['26', 'fraud'],
  ['27', 'embezzlement'],
  ['28', 'stolen-property'],
  ['29', 'damage-property'],
  ['35', 'dangerous-drugs'],
  ['36', 'sex-offenses'],
  ['37', 'obscenity'],
  ['38', 'family-offenses'],
  ['39', 'gambling'],
  ['40', 'commercialized-sex'],
  ['41', 'liquor'],
  ['48', 'obstructing-police'],
  ['49', 'flight-escape'],
  ['50', 'obstructing-judiciary'],
  ['51', 'bribery'],
  ['52', 'weapons'],
  ['53', 'public-peace'],
  ['54', 'traffic'],
  ['55', 'health-safety'],
  ['56', 'civil-rights'],
  ['57', 'invasion-of-privacy'],
  ['58', 'smuggling'],
  ['59', 'election-laws'],
  ['60', 'antitrust'],
  ['61', 'tax-revenue'],
  ['62', 'conservation'],
  ['70', 'crimes-against-person'],
  ['71', 'property-crimes'],
  ['72', 'morals-decency'],
  ['73', 'public-order'],
] as const;

export type NcicOffenseGroup = (typeof NCIC_GROUP_LIST)[number][1];

/** The group of each two-digit prefix. */
export const NCIC_OFFENSE_GROUPS: ReadonlyMap<string, NcicOffenseGroup> = new Map(NCIC_GROUP_LIST);

/** A conviction recorded whose code names no group of the table (or is not an NCIC code). */
export const UNKNOWN_CODE = 'unknown-code';

/** The most serious conviction's categories, in the NCIC groups' order, then `unknown-code`. */
export const CONVICTION_CATEGORIES: readonly ConvictionCategory[] = [
  ...NCIC_GROUP_LIST.map(([, group]) => group),
  UNKNOWN_CODE,
];
export type ConvictionCategory = NcicOffenseGroup | typeof UNKNOWN_CODE;

/** An NCIC offense code: four digits (a release may add text after them, e.g. "2399 LARCENY"). */
const NCIC_CODE = /^(\d{2})\d{2}(?!\d)/;

/**
 * The most serious conviction's category from its NCIC code (first two digits), or `unknown-code`
 * when a conviction is recorded (a code or a charge text) that the table does not place; null when
 * neither is recorded.
 */
export function convictionCategoryOf(code: string | null, charge: string | null): ConvictionCategory | null {
  const text = code?.trim() ?? '';
  if (text !== '') {
    const group = NCIC_CODE.exec(text)?.[1];
    return (group !== undefined && NCIC_OFFENSE_GROUPS.get(group)) || UNKNOWN_CODE;
  }
  return (charge?.trim() ?? '') === '' ? null : UNKNOWN_CODE;
}

/**
 * The lift reasons that say the person is, or claims to be, a U.S. citizen (the 2025 and later
 * releases' `USC or Presumptive Claim to US Citizenship`; the NPR era's `United States Citizen
 * Interviewed`), compared trimmed and in any case.
 */
export const US_CITIZEN_LIFT_REASONS = [
  'USC or Presumptive Claim to US Citizenship',
  'United States Citizen Interviewed',
];

const US_CITIZEN_KEYS = new Set(US_CITIZEN_LIFT_REASONS.map((r) => r.toLowerCase()));

/** Whether the detainer was lifted because the person is (or claims to be) a U.S. citizen. */
export function isUsCitizenLift(liftReason: string | null): boolean {
  return liftReason !== null && US_CITIZEN_KEYS.has(liftReason.trim().replace(/\s+/g, ' ').toLowerCase());
}

/**
 * A country or area of responsibility as written, normalised for grouping: trimmed, runs of spaces
 * as one, upper case (releases write "MEXICO" and "Mexico"); null when blank.
 */
export function groupingText(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim().replace(/\s+/g, ' ').toUpperCase();
  return text === '' ? null : text;
}
