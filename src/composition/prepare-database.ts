import type { DatabaseHandle } from '../db/engine.js';
import { migrateToLatest } from '../db/migrations/migrate.js';
import type { DemoSeedSummary } from '../ingest/demo/seed-demo.js';
import { SqlPlaceCatalogueStore } from '../db/repositories/place-catalogue.store.js';
import { seedPlaces } from '../ingest/reference/seed-places.js';
import type { Services } from './services.js';

export interface PreparedDatabase {
  readonly migrationsApplied: readonly string[];
  readonly placesVersion: string;
  readonly placesChanged: boolean;
  readonly demo: DemoSeedSummary | undefined;
  /** True when the synthetic public-data release was imported now. */
  readonly researchDemoImported: boolean;
}

/**
 * Migrates, seeds reference places and, when asked, the synthetic demo. Safe to run at every start.
 * The services (and the law they load) are asked for, and the demo's modules loaded, only when the
 * demo is seeded: `import` prepares its database without them.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  services: () => Services | Promise<Services>,
  options: { demo: boolean; researchDemo?: boolean },
): Promise<PreparedDatabase> {
  const migrationsApplied = await migrateToLatest(handle);
  const places = await seedPlaces(new SqlPlaceCatalogueStore(handle.db));
  const demoServices = options.demo ? await services() : undefined;
  const demo = demoServices ? await (await import('../ingest/demo/seed-demo.js')).seedDemo(demoServices) : undefined;
  // The 20,000 generated FOIA-style records for the portal's statistics: `npm start` only, not tests.
  const research =
    demoServices && options.researchDemo
      ? await (await import('./seed-research-demo.js')).seedResearchDemo(handle, demoServices)
      : { imported: false };
  return {
    migrationsApplied,
    placesVersion: places.version,
    placesChanged: places.changed,
    demo,
    researchDemoImported: research.imported,
  };
}
