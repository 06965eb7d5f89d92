import type { PlaceDirectory } from '../../core/policy/place-directory.port.js';
import { loadReferencePlaces } from './reference-places.js';

/** The engine's view of places, from the bundled reference data (no database needed). */
export function referencePlaceDirectory(): PlaceDirectory {
  const { states, counties } = loadReferencePlaces();
  const stateZones = new Map(states.map((s) => [s.code, s.timeZone]));
  const countyMap = new Map(counties.map((c) => [c.fips, { state: c.stateCode, zone: c.timeZone }]));
  return {
    stateZone: (state) => stateZones.get(state),
    county: (fips) => countyMap.get(fips),
  };
}
