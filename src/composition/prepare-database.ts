import type { DatabaseHandle } from '../db/engine.js';
import { migrateToLatest } from '../db/migrations/migrate.js';
import { seedDemo, type DemoSeedSummary } from '../ingest/demo/seed-demo.js';
import { seedPlaces } from '../ingest/reference/seed-places.js';
import type { Services } from './services.js';

export interface PreparedDatabase {
  readonly migrationsApplied: readonly string[];
  readonly placesVersion: string;
  readonly placesChanged: boolean;
  readonly demo: DemoSeedSummary | undefined;
}

/** Migrates, seeds reference places and, when asked, the synthetic demo. Safe to run at every start. */
export async function prepareDatabase(
  handle: DatabaseHandle,
  services: Services,
  options: { demo: boolean },
): Promise<PreparedDatabase> {
  const migrationsApplied = await migrateToLatest(handle);
  const places = await seedPlaces(services.placeCatalogue);
  const demo = options.demo ? await seedDemo(services) : undefined;
  return { migrationsApplied, placesVersion: places.version, placesChanged: places.changed, demo };
}
