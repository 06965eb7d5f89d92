import { createHash } from 'node:crypto';
import type { PlaceCatalogueStore } from '../../core/place/place-catalogue.port.js';
import { loadReferencePlaces } from './reference-places.js';

/**
 * Stores the states and counties when the database holds another version of them (or none).
 * The version is a digest of the data itself, so any edit to the bundled tables reseeds.
 */
export async function seedPlaces(store: PlaceCatalogueStore): Promise<{ version: string; changed: boolean }> {
  const places = loadReferencePlaces();
  const version = createHash('sha256').update(JSON.stringify(places)).digest('hex').slice(0, 16);
  if ((await store.storedVersion()) === version) return { version, changed: false };
  await store.store(version, places);
  return { version, changed: true };
}
