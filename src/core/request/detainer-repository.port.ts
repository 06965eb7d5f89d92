import type { AgencyId, DetainerId, FacilityId, UserId } from '../shared/ids.js';
import type { DetainerRequest, DetainerSummary } from './detainer-request.js';

export interface DetainerPage {
  readonly items: readonly DetainerSummary[];
  readonly total: number;
}

export interface DetainerListQuery {
  readonly agencyId: AgencyId;
  /** Only the requests this user submitted (federal liaisons). */
  readonly submittedBy?: UserId;
  readonly limit: number;
  readonly offset: number;
}

export interface DetainerRepository {
  /** Stores the request and its subject (reusing the agency's subject with the same reference) in one transaction. */
  insert(request: DetainerRequest): Promise<'inserted' | 'duplicate-reference'>;
  findById(agencyId: AgencyId, id: DetainerId): Promise<DetainerRequest | undefined>;
  list(query: DetainerListQuery): Promise<DetainerPage>;
  facilityBelongsTo(agencyId: AgencyId, facilityId: FacilityId): Promise<boolean>;
}
