import type { SubjectId } from '../shared/ids.js';

/**
 * Identity conflicts (CJIS 5.5, ASVS V4): a request names a person by the agency's reference
 * (a booking number) and may carry personal details. When the reference is already on file with
 * other details, neither side is dropped: the request keeps what it was sent with, the person on
 * file keeps what the agency recorded, and the difference is flagged for staff to resolve.
 */

export const IDENTITY_FIELDS = ['fullName', 'birthDate', 'aNumber'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** The personal details that identify a person. */
export interface IdentityDetails {
  readonly fullName: string | null;
  readonly birthDate: string | null;
  readonly aNumber: string | null;
}

/** The subject as a request named it, kept with the request (never replaced by the record on file). */
export interface SubmittedSubject extends IdentityDetails {
  /** Its own id: what the submitter sees as the subject's id, so the id says nothing about the record on file. */
  readonly id: SubjectId;
  readonly reference: string;
}

export const IDENTITY_CHOICES = ['keep-on-file', 'use-submitted', 'separate-person'] as const;
/**
 * keep-on-file: the record on file is right (the request's details were wrong);
 * use-submitted: the request's details replace the differing fields on file;
 * separate-person: the request concerns another person, recorded under a reference of their own.
 */
export type IdentityChoice = (typeof IDENTITY_CHOICES)[number];

/** A flagged difference between what a request submitted and the record on file. */
export interface IdentityConflict {
  readonly fields: readonly IdentityField[];
  readonly detectedAt: Date;
  readonly resolution: { readonly choice: IdentityChoice; readonly at: Date; readonly by: string } | null;
}

/** How names are compared: letter case, runs of spaces and surrounding blanks do not make a difference. */
function normalised(field: IdentityField, value: string): string {
  const trimmed = value.trim();
  return field === 'fullName' ? trimmed.replace(/\s+/g, ' ').toLocaleUpperCase('en-US') : trimmed.toUpperCase();
}

/**
 * The fields where a submission says something other than the record on file. A field the
 * submission leaves out says nothing and never conflicts; a field the record lacks but the
 * submission gives is a difference too (staff decide whether to take it).
 */
export function identityDifferences(submitted: IdentityDetails, onFile: IdentityDetails): IdentityField[] {
  return IDENTITY_FIELDS.filter((field) => {
    const sent = submitted[field];
    if (sent === null || sent.trim() === '') return false;
    const kept = onFile[field];
    return kept === null || normalised(field, sent) !== normalised(field, kept);
  });
}
