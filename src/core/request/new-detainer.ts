import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  actionsRequestedBy,
  type DetainerForm,
  type ProbableCauseBasis,
  type RequestedAction,
  type WarrantKind,
} from './detainer-request.js';

/** A request as it arrives at intake, already shape-checked by the adapter's schema. */
export interface NewDetainerInput {
  readonly form: DetainerForm;
  readonly formEdition?: string | undefined;
  readonly warrant?: WarrantKind | undefined;
  readonly probableCause?: readonly ProbableCauseBasis[] | undefined;
  readonly issuedAt: string;
  readonly receivedAt?: string | undefined;
  readonly issuingOffice?: string | undefined;
  readonly federalReference?: string | undefined;
  readonly facilityId?: string | undefined;
  readonly subject: {
    readonly reference: string;
    readonly fullName?: string | undefined;
    readonly birthDate?: string | undefined;
    readonly aNumber?: string | undefined;
  };
}

export interface ValidatedNewDetainer {
  readonly form: DetainerForm;
  readonly formEdition: string | null;
  readonly warrant: WarrantKind;
  readonly probableCause: readonly ProbableCauseBasis[];
  readonly requestedActions: readonly RequestedAction[];
  readonly issuedAt: Date;
  readonly receivedAt: Date;
  readonly issuingOffice: string | null;
  readonly federalReference: string | null;
  readonly facilityId: string | null;
  readonly subject: {
    readonly reference: string;
    readonly fullName: string | null;
    readonly birthDate: string | null;
    readonly aNumber: string | null;
  };
}

/** An edition as the form catalogue names it: YYYY-MM as printed, a year, or pre-2010. */
const FORM_EDITION = /^(pre-2010|\d{4}(-(0[1-9]|1[0-2]))?)$/;
const A_NUMBER = /^A?\d{8,9}$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Clocks drift: a receipt stamped a little ahead of ours is accepted, more is a typing error. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Checks what a schema cannot: instants that parse and are in order, dates that exist,
 * and identifiers in their official shape. Error messages never repeat the value, which may be personal data.
 */
export function validateNewDetainer(input: NewDetainerInput, now: Date): Result<ValidatedNewDetainer, DomainError> {
  const issuedAt = parseInstant(input.issuedAt);
  if (!issuedAt) return err(invalidField('issuedAt', 'must be an ISO 8601 instant with a time zone offset'));
  const receivedAt = input.receivedAt === undefined ? now : parseInstant(input.receivedAt);
  if (!receivedAt) return err(invalidField('receivedAt', 'must be an ISO 8601 instant with a time zone offset'));
  if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return err(invalidField('receivedAt', 'is in the future'));
  }
  if (issuedAt.getTime() > receivedAt.getTime() + FUTURE_TOLERANCE_MS) {
    return err(invalidField('issuedAt', 'is after receivedAt'));
  }
  if (input.formEdition !== undefined && !FORM_EDITION.test(input.formEdition)) {
    return err(invalidField('formEdition', 'must be an edition such as 2017-02 (as printed), 2015 or pre-2010'));
  }
  const probableCause = input.probableCause ?? [];
  if (new Set(probableCause).size !== probableCause.length) {
    return err(invalidField('probableCause', 'lists a basis more than once'));
  }
  const subject = input.subject;
  const reference = subject.reference.trim();
  if (reference.length === 0) return err(invalidField('subject.reference', 'must not be blank'));
  if (subject.birthDate !== undefined && !isCalendarDate(subject.birthDate, now)) {
    return err(invalidField('subject.birthDate', 'must be a past date written YYYY-MM-DD'));
  }
  const aNumber = subject.aNumber?.replace(/[\s-]/g, '').toUpperCase();
  if (aNumber !== undefined && !A_NUMBER.test(aNumber)) {
    return err(invalidField('subject.aNumber', 'must be an A-number: A followed by 8 or 9 digits'));
  }
  return ok({
    form: input.form,
    formEdition: input.formEdition ?? null,
    warrant: input.warrant ?? 'none',
    probableCause,
    requestedActions: actionsRequestedBy(input.form),
    issuedAt,
    receivedAt,
    issuingOffice: blankToNull(input.issuingOffice),
    federalReference: blankToNull(input.federalReference),
    facilityId: input.facilityId ?? null,
    subject: {
      reference,
      fullName: blankToNull(subject.fullName),
      birthDate: subject.birthDate ?? null,
      aNumber: aNumber === undefined ? null : aNumber.startsWith('A') ? aNumber : `A${aNumber}`,
    },
  });
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(text: string): Date | undefined {
  if (!INSTANT.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isCalendarDate(text: string, now: Date): boolean {
  if (!CALENDAR_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && date.getTime() < now.getTime();
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
