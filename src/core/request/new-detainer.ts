import type { ProblemKind } from '../shared/problem-kinds.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  actionsRequestedBy,
  type DetainerForm,
  type ProbableCauseBasis,
  type RequestedAction,
  type WarrantKind,
} from './detainer-request.js';
import { FORM_CATALOGUE } from './form-catalogue.js';
import { NewDetainerSchema, type NewDetainerInput } from './new-detainer.schema.js';
import type { ScannedDocument } from './scanned-document.schema.js';
import type { CustodyFacts } from '../lifecycle/detainer-event.js';
import { custodyFacts } from '../lifecycle/parse-command.js';
import { fieldProblems, invalidFields, validateInput, type FieldProblem } from '../shared/validate-input.js';

export type { NewDetainerInput } from './new-detainer.schema.js';

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
  /** The scanned request's fingerprint, when one was attached (recorded on the `received` event). */
  readonly document: ScannedDocument | null;
  /** Custody facts known at intake (e.g. proof of lawful status): recorded as facts-updated, read by the first decision. */
  readonly facts: CustodyFacts | null;
  readonly subject: {
    readonly reference: string;
    readonly fullName: string | null;
    readonly birthDate: string | null;
    readonly aNumber: string | null;
  };
}

const A_NUMBER = /^A?\d{8,9}$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Clocks drift: a receipt stamped a little ahead of ours is accepted, more is a typing error. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Checks what a schema cannot (the shape is NewDetainerSchema's, checked before): instants in
 * order, a form edition the catalogue knows for that form and issued when it existed, dates in the
 * past, and identifiers in their official shape. Error messages never repeat the value, which may be personal data.
 */
export function validateNewDetainer(input: NewDetainerInput, now: Date): Result<ValidatedNewDetainer, DomainError> {
  // Every adapter checks the shape first; this makes the use case safe whoever calls it (cached, cheap).
  const shape = validateInput(NewDetainerSchema, input);
  if (!shape.ok) return shape;
  // Every problem is reported, not only the first (a bulk intake row names each one).
  const problems: FieldProblem[] = [];
  const problem = (field: string, text: string, kind: ProblemKind) => problems.push({ field, problem: text, kind });
  const issuedAt = parseInstant(input.issuedAt);
  if (!issuedAt) problem('issuedAt', 'must be an ISO 8601 instant with a time zone offset', 'instant');
  const receivedAt = input.receivedAt === undefined ? now : parseInstant(input.receivedAt);
  if (!receivedAt) problem('receivedAt', 'must be an ISO 8601 instant with a time zone offset', 'instant');
  else if (receivedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS)
    problem('receivedAt', 'is in the future', 'future');
  if (issuedAt && receivedAt && issuedAt.getTime() > receivedAt.getTime() + FUTURE_TOLERANCE_MS) {
    problem('issuedAt', 'is after receivedAt', 'afterReceived');
  }
  problems.push(...editionProblems(input.form, input.formEdition, input.issuedAt));
  const probableCause = input.probableCause ?? [];
  if (new Set(probableCause).size !== probableCause.length)
    problem('probableCause', 'lists a basis more than once', 'duplicate');
  const subject = input.subject;
  const reference = subject.reference.trim();
  if (reference.length === 0) problem('subject.reference', 'must not be blank', 'blank');
  if (subject.birthDate !== undefined && !isCalendarDate(subject.birthDate, now)) {
    problem('subject.birthDate', 'must be a past date written YYYY-MM-DD', 'birthDate');
  }
  const aNumber = subject.aNumber?.replace(/[\s-]/g, '').toUpperCase();
  if (aNumber !== undefined && !A_NUMBER.test(aNumber)) {
    problem('subject.aNumber', 'must be an A-number: A followed by 8 or 9 digits', 'aNumber');
  }
  let facts: CustodyFacts | null = null;
  if (input.facts !== undefined) {
    const parsed = custodyFacts(input.facts, 'facts');
    if (parsed.ok) facts = parsed.value;
    else problems.push(...fieldProblems(parsed.error));
  }
  if (problems.length > 0 || !issuedAt || !receivedAt) return err(invalidFields(problems));
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
    document: input.document ? { ...input.document } : null,
    facts,
    subject: {
      reference,
      fullName: blankToNull(subject.fullName),
      birthDate: subject.birthDate ?? null,
      aNumber: aNumber === undefined ? null : aNumber.startsWith('A') ? aNumber : `A${aNumber}`,
    },
  });
}

/**
 * The form catalogue bounds the date a request was issued (the date as written in `issuedAt`, the
 * issuing office's own date):
 * - a named edition must be one the catalogue lists for the form (the error lists them);
 * - an edition cannot be issued before its edition month (2017-02) or year (2015);
 * - a form cannot be issued before its earliest edition, nor after the last date any edition of it
 *   was in use when every edition of it is retired (I-247 after 2015-07-02; I-247D/N/X after
 *   2017-04-02). A single edition's end dates are "about" dates (form-catalogue.ts), so they do not
 *   bound it: only the whole form's retirement does.
 */
export function checkEdition(
  form: DetainerForm,
  formEdition: string | undefined,
  issuedAt: string,
): Result<null, DomainError> {
  const problems = editionProblems(form, formEdition, issuedAt);
  return problems.length > 0 ? err(invalidFields(problems)) : ok(null);
}

/** Every problem checkEdition finds, in order. */
function editionProblems(form: DetainerForm, formEdition: string | undefined, issuedAt: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const editions = FORM_CATALOGUE.filter((e) => e.form === form);
  const issuedOn = issuedAt.slice(0, 10);
  if (formEdition !== undefined) {
    const known = editions.find((e) => e.edition === formEdition);
    if (!known) {
      const names = editions.map((e) => e.edition);
      // The one 400 shape (details: field and problem): the problem itself lists the editions.
      problems.push({
        field: 'formEdition',
        problem: `is not an edition of ${form} (its editions: ${names.join(', ')})`,
        kind: 'edition',
        allowed: names,
      });
    } else {
      const printed = editionStart(known.edition);
      if (printed !== null && issuedOn < printed) {
        problems.push({
          field: 'issuedAt',
          problem: `is before ${form} edition ${known.edition} existed (${printed})`,
          kind: 'beforeEdition',
          date: printed,
        });
      }
    }
  }
  const starts = editions.map((e) => editionStart(e.edition));
  const earliest = starts.includes(null) ? null : starts.sort()[0]!;
  // A date before its edition is also before the form's earliest edition: said once.
  const beforeEdition = problems.some((p) => p.field === 'issuedAt');
  if (earliest !== null && issuedOn < earliest && !beforeEdition) {
    problems.push({
      field: 'issuedAt',
      problem: `is before form ${form} existed (${earliest})`,
      kind: 'beforeForm',
      date: earliest,
    });
  }
  const ends = editions.map((e) => e.inUseUntil);
  if (!ends.includes(null)) {
    const retired = (ends as string[]).sort().at(-1)!;
    if (issuedOn >= retired)
      problems.push({
        field: 'issuedAt',
        problem: `is after form ${form} was retired (${retired})`,
        kind: 'afterRetired',
        date: retired,
      });
  }
  return problems;
}

/** The first day of an edition as it is named: 2017-02 -> 2017-02-01, 2015 -> 2015-01-01, pre-2010 -> none. */
function editionStart(edition: string): string | null {
  if (/^\d{4}-\d{2}$/.test(edition)) return `${edition}-01`;
  if (/^\d{4}$/.test(edition)) return `${edition}-01-01`;
  return null;
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
