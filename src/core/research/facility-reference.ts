/**
 * Research facilities as stable identities (issue 14, point 6): the facility reference list, and the
 * facilities across releases.
 *
 * A facility reference is a table keyed by ICE's facility code (for example the Deportation Data
 * Project's tab-delimited `facility-locations-*.txt`, see docs/research/foia-release-layouts.md,
 * "Facility reference"): columns found by their header (code, name, city, state, and optionally a
 * county FIPS). Loading one replaces the one loaded before, and places every coded facility that no
 * release has placed (TRAC's release gives codes without a city or state); imports after it place
 * their coded facilities from it too. Nothing is fetched from the internet: the file is the user's.
 */
import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { ResearchGazetteer } from './research-record.js';

/** One facility of the reference, as stored. */
export interface FacilityReferenceEntry {
  readonly code: string;
  readonly name: string | null;
  readonly city: string | null;
  /** USPS code; null when the list gives no state (such a row places nothing). */
  readonly state: string | null;
  /** 5-digit county FIPS: the list's own, else the gazetteer's for the city and state. */
  readonly countyFips: string | null;
}

/** Accepted header names (lower case, non-alphanumerics as `_`) per column, first found wins. */
export const REFERENCE_COLUMNS = {
  code: ['code', 'detention_facility_code', 'facility_code', 'detainer_facility_code'],
  name: ['name', 'detention_facility_name', 'facility_name', 'detention_facility', 'facility'],
  city: ['city', 'facility_city'],
  state: ['state', 'facility_state'],
  // Not `county`: DDP's facilities dataset has `county` (a name) beside `county_fips_code`.
  countyFips: ['county_fips', 'county_fips_code', 'fips'],
} as const;
type ReferenceColumn = keyof typeof REFERENCE_COLUMNS;
const REQUIRED: readonly ReferenceColumn[] = ['code', 'name', 'city', 'state'];

/** A facility reference file's rows of text cells (the first is the header). */
export interface FacilityReferenceTable {
  readonly fileName: string;
  readonly rows: readonly (readonly string[])[];
}

export interface FacilityReferenceStore {
  /**
   * Replaces the reference with these entries and places the coded facilities without a place (or a
   * county) from it, giving earlier releases' records what they lacked; one transaction. Answers how
   * many facilities it placed.
   */
  replaceReference(entries: readonly FacilityReferenceEntry[]): Promise<{ facilitiesPlaced: number }>;
}

export interface FacilityReferenceDeps {
  readonly store: FacilityReferenceStore;
  readonly gazetteer: ResearchGazetteer;
}

export interface FacilityReferenceLoaded {
  readonly file: string;
  readonly entries: number;
  /** Rows without a code: skipped (nothing can match them). */
  readonly withoutCode: number;
  readonly withCounty: number;
  /** Rows that name no state: kept, but they place nothing. */
  readonly withoutState: number;
  readonly facilitiesPlaced: number;
}

const headerName = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Reads the reference's rows into entries; the first problem found is an error naming its line and column. */
export function readFacilityReference(
  table: FacilityReferenceTable,
  gazetteer: ResearchGazetteer,
): Result<{ entries: FacilityReferenceEntry[]; withoutCode: number }, DomainError> {
  const [header, ...rows] = table.rows;
  const problem = (text: string) => err(invalidField('file', `${table.fileName}: ${text}`, 'invalid'));
  if (!header) return problem('empty file: the first line must be the header');
  const names = header.map(headerName);
  const index = {} as Record<ReferenceColumn, number>;
  for (const column of Object.keys(REFERENCE_COLUMNS) as ReferenceColumn[]) {
    const found = REFERENCE_COLUMNS[column].find((synonym) => names.includes(synonym));
    index[column] = found === undefined ? -1 : names.indexOf(found);
  }
  const missing = REQUIRED.filter((c) => index[c] < 0);
  if (missing.length > 0) {
    return problem(
      `the header has no ${missing.join(', ')} column (columns by header: code, name, city, state[, county_fips])`,
    );
  }
  const entries: FacilityReferenceEntry[] = [];
  let withoutCode = 0;
  const lineOf = new Map<string, number>();
  for (const [i, cells] of rows.entries()) {
    const line = i + 2;
    const cell = (column: ReferenceColumn) => {
      const text = index[column] < 0 ? '' : (cells[index[column]] ?? '').trim();
      return text === '' || text.toUpperCase() === 'NA' ? null : text;
    };
    if (cells.every((c) => c.trim() === '')) continue;
    const code = cell('code');
    if (code === null) {
      // A facility the list has no code for (DDP's list keeps such placeholders) cannot be matched.
      withoutCode++;
      continue;
    }
    const seen = lineOf.get(code);
    if (seen !== undefined) return problem(`line ${line}: code ${code} is listed again (first on line ${seen})`);
    lineOf.set(code, line);
    const rawState = cell('state');
    const state = rawState === null ? null : gazetteer.stateCode(rawState);
    if (rawState !== null && state === null) {
      return problem(`line ${line}: state "${rawState}" is not a U.S. state or territory`);
    }
    const city = cell('city');
    const name = cell('name');
    let countyFips = cell('countyFips');
    // A FIPS written as a number loses its leading zero (Alabama's 01001 as 1001).
    if (countyFips !== null && /^\d{4}$/.test(countyFips)) countyFips = `0${countyFips}`;
    if (countyFips !== null && !/^\d{5}$/.test(countyFips)) {
      return problem(`line ${line}: county FIPS "${countyFips}" is not 5 digits`);
    }
    if (countyFips === null && state !== null && city !== null) {
      countyFips = gazetteer.countyFips(city, state, name ?? undefined);
    }
    entries.push({ code, name, city, state, countyFips: state === null ? null : countyFips });
  }
  return ok({ entries, withoutCode });
}

/** `facilities reference FILE`: reads the reference and replaces the stored one, placing facilities. */
export async function loadFacilityReference(
  deps: FacilityReferenceDeps,
  table: FacilityReferenceTable,
): Promise<Result<FacilityReferenceLoaded, DomainError>> {
  const read = readFacilityReference(table, deps.gazetteer);
  if (!read.ok) return read;
  const { entries, withoutCode } = read.value;
  const { facilitiesPlaced } = await deps.store.replaceReference(entries);
  return ok({
    file: table.fileName,
    entries: entries.length,
    withoutCode,
    withCounty: entries.filter((e) => e.countyFips !== null).length,
    withoutState: entries.filter((e) => e.state === null).length,
    facilitiesPlaced,
  });
}

/** One spelling of a facility: as a release wrote it, with the first and last release (by import) that did. */
export interface FacilityName {
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly firstRelease: string | null;
  readonly lastRelease: string | null;
}

/**
 * The spellings to show beside a facility's own: each name the releases wrote other than the one shown,
 * once (its first spelling, in the given order), and the shown name where a release placed it elsewhere
 * (a spelling that gives no place differs by its name only). The one rule the CLI's `facilities list`
 * and the portal's "also written" follow.
 */
export function otherSpellings(facility: {
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly names: readonly FacilityName[];
}): FacilityName[] {
  const seen = new Set<string>();
  return facility.names.filter((n) => {
    const elsewhere = n.state !== null && (n.city !== facility.city || n.state !== facility.state);
    const key = n.name === facility.name ? JSON.stringify([n.name, n.city, n.state]) : n.name;
    if ((n.name === facility.name && !elsewhere) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A research facility across releases, as `facilities list` shows it. */
export interface ResearchFacilityListing {
  readonly id: number;
  readonly code: string | null;
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly countyFips: string | null;
  /** Records naming it, in every release. */
  readonly rows: number;
  readonly releases: number;
  readonly names: readonly FacilityName[];
}

export interface ResearchFacilityLister {
  /** Facilities, most records first (then by id); only those without a county when `unmapped`. */
  facilityListing(filter: { readonly unmapped: boolean }): Promise<ResearchFacilityListing[]>;
}

/** `facilities list [--unmapped]`: the research facilities across releases, or those that stay without a county. */
export async function listResearchFacilities(
  lister: ResearchFacilityLister,
  filter: { readonly unmapped: boolean },
): Promise<ResearchFacilityListing[]> {
  return lister.facilityListing(filter);
}
