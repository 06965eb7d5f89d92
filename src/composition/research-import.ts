import type { ResearchImportDeps } from '../core/research/import-release.js';
import type { ResearchGazetteer } from '../core/research/research-record.js';
import type { Clock } from '../core/shared/ports.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlResearchStore } from '../db/repositories/research-store.js';
import { createResearchGazetteer } from '../ingest/research/research-gazetteer.js';
import { fileResearchSources } from '../ingest/research/research-source.js';

/** The public-data importer's ports: files from disk, the gazetteer (built on first use), the research tables. */
export function researchImportDeps(handle: DatabaseHandle, clock: Clock): ResearchImportDeps {
  let gazetteer: ResearchGazetteer | undefined;
  const places = () => (gazetteer ??= createResearchGazetteer());
  return {
    sources: fileResearchSources,
    store: new SqlResearchStore(handle.db),
    gazetteer: {
      stateCode: (nameOrCode) => places().stateCode(nameOrCode),
      countyFips: (city, state, facilityName) => places().countyFips(city, state, facilityName),
    },
    clock,
  };
}
