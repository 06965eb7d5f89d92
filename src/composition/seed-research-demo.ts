import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importResearchRelease } from '../core/research/import-release.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SYNTHETIC_DEMO_RELEASE } from '../ingest/generator/seed-synthetic-research.js';
import { writeNprFile } from '../ingest/generator/write-npr.js';
import type { Services } from './services.js';

/**
 * The demo's public-data release: generated records (never ICE data), imported through the real
 * importer as the release `synthetic-demo` from a file named as generated. Once per database.
 */
export async function seedResearchDemo(handle: DatabaseHandle, services: Services): Promise<{ imported: boolean }> {
  const existing = await handle.db
    .selectFrom('research_releases')
    .select('id')
    .where('id', '=', SYNTHETIC_DEMO_RELEASE.id)
    .executeTakeFirst();
  if (existing) return { imported: false };
  const dir = mkdtempSync(join(tmpdir(), 'dd-synthetic-'));
  try {
    const path = join(dir, 'synthetic-demo-generated-not-ice-data.csv');
    await writeNprFile({ records: SYNTHETIC_DEMO_RELEASE.records, seed: SYNTHETIC_DEMO_RELEASE.seed }, path);
    await importResearchRelease(services.researchImport, { dataset: 'npr', path, release: SYNTHETIC_DEMO_RELEASE.id });
    // Read as an NPR-format file, but generated: recorded as `synthetic`, so that every figure made
    // from it says so (README "Synthetic generator"; issue 12).
    await handle.db
      .updateTable('research_releases')
      .set({ dataset: SYNTHETIC_DEMO_RELEASE.dataset })
      .where('id', '=', SYNTHETIC_DEMO_RELEASE.id)
      .execute();
    return { imported: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
