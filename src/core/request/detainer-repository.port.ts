import type { DetainerStatus } from '../lifecycle/detainer-status.js';
import type { AppendBatch } from '../lifecycle/lifecycle.ports.js';
import type { AgencyId, DetainerId, FacilityId, UserId } from '../shared/ids.js';
import type { DetainerForm, DetainerRequest, DetainerSummary } from './detainer-request.js';

export interface DetainerPage {
  readonly items: readonly DetainerSummary[];
  readonly total: number;
}

/** The inbox's filters and order; every filter is optional. */
export interface DetainerListFilters {
  /**
   * The status as of the query's `now`: 'holding' is a hold whose deadline is still ahead;
   * 'release-due' includes holds whose deadline has passed, even before the sweeper records it.
   */
  readonly status?: DetainerStatus;
  readonly form?: DetainerForm;
  readonly facilityId?: FacilityId;
  /** Received at or after this instant. */
  readonly receivedFrom?: Date;
  /** Received before this instant (exclusive). */
  readonly receivedTo?: Date;
  /** 'received' (default): newest first; 'deadline': soonest hold deadline, then soonest duty, none last. */
  readonly sort?: 'received' | 'deadline';
}

export interface DetainerListQuery extends DetainerListFilters {
  readonly agencyId: AgencyId;
  /** Only the requests this user submitted (federal liaisons). */
  readonly submittedBy?: UserId;
  /** The instant statuses are derived at. */
  readonly now: Date;
  readonly limit: number;
  readonly offset: number;
}

export interface DetainerRepository {
  /**
   * Stores the request, its subject (reusing the agency's subject with the same reference) and its
   * first events (`initial`, expectedVersion 0) in one transaction.
   */
  insert(request: DetainerRequest, initial: AppendBatch): Promise<'inserted' | 'duplicate-reference'>;
  findById(agencyId: AgencyId, id: DetainerId): Promise<DetainerRequest | undefined>;
  list(query: DetainerListQuery): Promise<DetainerPage>;
  /** Ids of the agency's detainers that are still open (not transferred, released, lifted or cancelled). */
  openIds(agencyId: AgencyId): Promise<DetainerId[]>;
  facilityBelongsTo(agencyId: AgencyId, facilityId: FacilityId): Promise<boolean>;
}
