import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { State, County } from '../../core/place/place.js';
import { COUNTY_FIPS } from '../../core/place/place.js';
import { US_STATES } from './states.data.js';
import { COUNTY_TIME_ZONE_OVERRIDES } from './county-time-zones.data.js';

export interface ReferencePlaces {
  states: State[];
  counties: County[];
}

interface AtlasCountyGeometry {
  id: string;
  properties: { name: string };
}

interface AtlasTopology {
  objects: { counties: { geometries: AtlasCountyGeometry[] } };
}

let cached: ReferencePlaces | undefined;

/** Reads every county id and name from the us-atlas package (not imported as a module: it is ~800 kB). */
export function readAtlasCounties(): AtlasCountyGeometry[] {
  const path = createRequire(import.meta.url).resolve('us-atlas/counties-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as AtlasTopology;
  return topology.objects.counties.geometries;
}

export function loadReferencePlaces(): ReferencePlaces {
  if (cached) return cached;

  const stateByFips = new Map(US_STATES.map((s) => [s.fips, s]));
  const counties: County[] = [];
  for (const { id, properties } of readAtlasCounties()) {
    if (!COUNTY_FIPS.test(id)) throw new Error(`us-atlas county id is not 5 digits: ${JSON.stringify(id)}`);
    const state = stateByFips.get(id.slice(0, 2));
    if (!state) continue;
    counties.push({
      fips: id,
      name: properties.name,
      stateCode: state.code,
      timeZone: COUNTY_TIME_ZONE_OVERRIDES[id] ?? state.timeZone,
    });
  }

  cached = {
    states: [...US_STATES].sort((a, b) => compare(a.code, b.code)),
    counties: counties.sort((a, b) => compare(a.fips, b.fips)),
  };
  return cached;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
