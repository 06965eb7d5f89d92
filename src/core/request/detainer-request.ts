import type { DetainerStatus } from '../lifecycle/detainer-status.js';
import type { AgencyId, DetainerId, FacilityId, SubjectId, UserId } from '../shared/ids.js';
import type { IdentityConflict, SubmittedSubject } from './identity.js';

/** ICE detainer forms (brief 1.2). Editions and their hold windows live in the form catalogue. */
export const DETAINER_FORMS = ['I-247', 'I-247D', 'I-247N', 'I-247X', 'I-247A'] as const;
export type DetainerForm = (typeof DETAINER_FORMS)[number];

/** `administrative` = an ICE officer's I-200 or I-205; `judicial` = signed by a judge. */
export const WARRANT_KINDS = ['none', 'administrative', 'judicial'] as const;
export type WarrantKind = (typeof WARRANT_KINDS)[number];

/** Probable-cause boxes of the I-247D/I-247A, plus the pre-2012 "investigation initiated" box. */
export const PROBABLE_CAUSE_BASES = [
  'final-order',
  'pending-proceedings',
  'biometric-database',
  'statements',
  'investigation-initiated',
] as const;
export type ProbableCauseBasis = (typeof PROBABLE_CAUSE_BASES)[number];

export const REQUESTED_ACTIONS = ['hold', 'notify', 'transfer'] as const;
export type RequestedAction = (typeof REQUESTED_ACTIONS)[number];

/**
 * What each form asks of the agency: the I-247N asks for notification only (brief 1.2,
 * "It does not request or authorize detention"); the I-247X for transfer; the others for all three.
 */
export function actionsRequestedBy(form: DetainerForm): readonly RequestedAction[] {
  switch (form) {
    case 'I-247N':
      return ['notify'];
    case 'I-247X':
      return ['transfer'];
    default:
      return REQUESTED_ACTIONS;
  }
}

/** The person the request is about. Personal fields stay inside the agency's tenant. */
export interface Subject {
  readonly id: SubjectId;
  /** The agency's own reference for the person, e.g. a booking number. */
  readonly reference: string;
  readonly fullName: string | null;
  readonly birthDate: string | null; // YYYY-MM-DD
  readonly aNumber: string | null; // A + 8 or 9 digits
}

export interface DetainerRequest {
  readonly id: DetainerId;
  readonly agencyId: AgencyId;
  readonly facilityId: FacilityId | null;
  readonly form: DetainerForm;
  readonly formEdition: string | null; // YYYY-MM as printed on the form
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
  readonly requestedActions: readonly RequestedAction[];
  readonly issuedAt: Date;
  readonly receivedAt: Date;
  readonly issuingOffice: string | null;
  readonly federalReference: string | null;
  /** The person: the record on file for staff who may read it; for a submitter, what it submitted. */
  readonly subject: Subject;
  readonly submittedBy: UserId;
  readonly createdAt: Date;
  /** The subject as this request submitted it (absent for requests logged before it was kept). */
  readonly submittedSubject?: SubmittedSubject | null;
  /** A difference between the submitted subject and the record on file, flagged for staff. */
  readonly identityConflict?: IdentityConflict | null;
}

/**
 * A request as overviews show it: the subject only by the agency's reference, no personal data;
 * with its projected state: the status as of the listing's `now` (a hold past its deadline is
 * already release-due), the version to name when recording the next event, and the hold deadline.
 */
export type DetainerSummary = Omit<DetainerRequest, 'subject'> & {
  readonly subject: Pick<Subject, 'id' | 'reference'>;
  readonly status: DetainerStatus;
  readonly version: number;
  readonly holdDeadline: Date | null;
  /** The duties owed and not yet done (none while waiting for a fact), and the soonest due of them. */
  readonly openDuties: { readonly count: number; readonly nextDue: Date | null };
};
