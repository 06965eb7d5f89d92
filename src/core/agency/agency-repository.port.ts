import type { AgencyId } from '../shared/ids.js';
import type { Agency, Facility } from './agency.js';

export interface AgencyRepository {
  findById(id: AgencyId): Promise<Agency | undefined>;
  list(): Promise<Agency[]>;
  /** Inserts unless an agency with this id exists; never overwrites. */
  insertIfAbsent(agency: Agency, createdAt: Date): Promise<'inserted' | 'exists'>;
  listFacilities(agencyId: AgencyId): Promise<Facility[]>;
  insertFacilityIfAbsent(facility: Facility, createdAt: Date): Promise<'inserted' | 'exists'>;
}
