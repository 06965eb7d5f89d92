import type { ResearchImportDeps } from '../core/research/import-release.js';
import type { ResearchGazetteer } from '../core/research/research-record.js';
import type { Clock } from '../core/shared/ports.js';
import type { DatabaseHandle } from '../db/engine.js';
import { sqlResearchStore } from '../db/repositories/research-store.js';
import { createResearchGazetteer } from '../ingest/research/research-gazetteer.js';
import { fileResearchSources } from '../ingest/research/research-source.js';

/** The public-data importer's ports: files from disk (large ones read on a worker thread), the research tables. */
export function researchImportDeps(
  handle: DatabaseHandle,
  clock: Clock,
  options: { workerFromBytes?: number } = {},
): ResearchImportDeps {
  let made: ResearchGazetteer | undefined;
  const gazetteer = () => (made ??= createResearchGazetteer());
  return {
    sources: fileResearchSources({ gazetteer, ...options }),
    store: sqlResearchStore(handle),
    clock,
    gazetteer,
  };
}
