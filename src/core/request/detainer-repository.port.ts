import type { DetainerStatus } from '../lifecycle/detainer-status.js';
import type { AppendBatch } from '../lifecycle/lifecycle.ports.js';
import type { AgencyId, DetainerId, FacilityId, SubjectId, UserId } from '../shared/ids.js';
import type { DetainerForm, DetainerRequest, DetainerSummary } from './detainer-request.js';
import type { IdentityChoice, IdentityField } from './identity.js';

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
  /**
   * 'received' (default): newest first. 'deadline': as of `now`, release-due and holds past their deadline
   * first (by when release became due), then holds by their deadline, then other open requests by their
   * soonest duty due, then the rest; ties newest receipt first, then id (`urgencyOf` in the lifecycle).
   */
  readonly sort?: 'received' | 'deadline';
}

export interface DetainerListQuery extends DetainerListFilters {
  readonly agencyId: AgencyId;
  /** Only the requests this user submitted (federal liaisons). */
  readonly submittedBy?: UserId;
  /**
   * Which subject id the items carry: the record on file's (staff), or the id of the subject as
   * each request submitted it (a submitter, who must learn nothing about the records on file).
   */
  readonly subjectAs?: 'on-file' | 'submitted';
  /** The instant statuses are derived at. */
  readonly now: Date;
  readonly limit: number;
  readonly offset: number;
}

/** An open identity conflict as the desk lists it: field names only, never the values. */
export interface IdentityConflictItem {
  readonly detainerId: DetainerId;
  readonly subjectId: SubjectId;
  readonly reference: string;
  readonly fields: readonly IdentityField[];
  readonly detectedAt: Date;
}

/** What resolving a conflict writes, with the `identity-resolved` event, in one transaction. */
export interface IdentityResolution {
  readonly agencyId: AgencyId;
  readonly detainerId: DetainerId;
  readonly choice: IdentityChoice;
  /** The fields to take from the submission (use-submitted). */
  readonly fields: readonly IdentityField[];
  /** separate-person: the new record for the person the request names. */
  readonly separate: { readonly id: SubjectId; readonly reference: string } | null;
  readonly by: UserId;
  readonly at: Date;
}

export interface DetainerRepository {
  /**
   * Stores the request, its subject (reusing the agency's subject with the same reference) and its
   * first events (`initial`, expectedVersion 0) in one transaction. The subject as submitted is
   * kept with the request; where it differs from the record on file (`identityDifferences`), an
   * identity conflict is flagged in the same transaction.
   */
  insert(request: DetainerRequest, initial: AppendBatch): Promise<'inserted' | 'duplicate-reference'>;
  /** The agency's open identity conflicts, oldest first. */
  identityConflicts(
    agencyId: AgencyId,
    page: { limit: number; offset: number },
  ): Promise<{ items: IdentityConflictItem[]; total: number }>;
  /** Closes the open conflict of a detainer as chosen, with its event (`event`, one `identity-resolved`). */
  resolveIdentity(
    resolution: IdentityResolution,
    event: AppendBatch,
  ): Promise<'resolved' | 'not-in-conflict' | 'version-conflict' | 'reference-taken'>;
  findById(agencyId: AgencyId, id: DetainerId): Promise<DetainerRequest | undefined>;
  list(query: DetainerListQuery): Promise<DetainerPage>;
  /**
   * Ids of the agency's detainers that are still open (not transferred, released, lifted or cancelled):
   * what the alarms were folded from before the projection carried them (kept to compare the two).
   */
  openIds(agencyId: AgencyId): Promise<DetainerId[]>;
  facilityBelongsTo(agencyId: AgencyId, facilityId: FacilityId): Promise<boolean>;
  /** Which of these federal references the agency has already logged (a bulk intake's dry run). */
  loggedReferences(agencyId: AgencyId, references: readonly string[]): Promise<string[]>;
}
