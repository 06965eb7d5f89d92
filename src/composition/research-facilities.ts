import type {
  FacilityReferenceDeps,
  FacilityReferenceTable,
  ResearchFacilityLister,
} from '../core/research/facility-reference.js';
import type { ResearchGazetteer } from '../core/research/research-record.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlResearchFacilitiesRepository } from '../db/repositories/research-facilities.repository.js';
import { readFacilityReferenceFile } from '../ingest/research/facility-reference-file.js';
import { createResearchGazetteer } from '../ingest/research/research-gazetteer.js';

/** Research facilities across releases (`facilities` commands): the reference list and the listing. */
export interface ResearchFacilitiesDeps extends FacilityReferenceDeps {
  readonly lister: ResearchFacilityLister;
  /** Reads a facility reference file into rows (rejects with ResearchFileError naming the file). */
  readTable(path: string): Promise<FacilityReferenceTable>;
}

export function researchFacilitiesDeps(handle: DatabaseHandle): ResearchFacilitiesDeps {
  const repository = new SqlResearchFacilitiesRepository(handle.db);
  // Built on first use: the gazetteer reads the postal list (a few hundred ms).
  let built: ResearchGazetteer | undefined;
  const gazetteer: ResearchGazetteer = {
    stateCode: (text) => (built ??= createResearchGazetteer()).stateCode(text),
    countyFips: (city, state, name) => (built ??= createResearchGazetteer()).countyFips(city, state, name),
  };
  return { store: repository, lister: repository, gazetteer, readTable: readFacilityReferenceFile };
}
