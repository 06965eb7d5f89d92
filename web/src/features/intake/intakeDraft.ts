import {
  BODY_PATH,
  checkAgainstSchema,
  editionStart,
  editionsOn,
  isANumber,
  schemaAt,
  type Edition,
  type FieldId,
  type JsonSchema,
  type Problem,
} from './intakeFields.js';
import { zonedInstant } from './zonedTime.js';

/** What the officer has typed: every field as text, the bases as a list. */
export interface Draft {
  readonly form: string;
  readonly formEdition: string;
  readonly warrant: string;
  readonly probableCause: readonly string[];
  readonly issuedDate: string;
  readonly issuedTime: string;
  readonly receivedDate: string;
  readonly receivedTime: string;
  readonly issuingOffice: string;
  readonly federalReference: string;
  readonly facilityId: string;
  readonly subjectReference: string;
  readonly subjectFullName: string;
  readonly subjectBirthDate: string;
  readonly subjectANumber: string;
  /** The scanned request's fingerprint, hashed in the browser (the file is not sent). */
  readonly document: { readonly sha256: string; readonly mediaType: string; readonly bytes: number } | null;
}

/** The server accepts a receipt stamped a little ahead of its clock (new-detainer.ts). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const TEXT_FIELDS = [
  'form',
  'formEdition',
  'warrant',
  'issuingOffice',
  'federalReference',
  'facilityId',
  'subjectReference',
  'subjectFullName',
  'subjectBirthDate',
  'subjectANumber',
] as const satisfies readonly FieldId[];

export interface Context {
  readonly schema: JsonSchema;
  readonly catalogue: readonly Edition[];
  readonly timeZone: string;
  readonly now: number;
}

/**
 * Every field's first problem, before submit: the schema's constraints, then what the server
 * checks beyond them (times that exist in the zone and are in order, the edition in use on the
 * issue date, an A-number's digits, a birth date in the past).
 */
export function checkDraft(draft: Draft, ctx: Context): Partial<Record<FieldId, Problem>> {
  const problems: Partial<Record<FieldId, Problem>> = {};
  for (const id of TEXT_FIELDS) {
    const entry = schemaAt(ctx.schema, BODY_PATH[id]);
    const problem = entry && checkAgainstSchema(entry, draft[id]);
    if (problem) problems[id] = problem;
  }
  const bases = schemaAt(ctx.schema, 'probableCause');
  const basesProblem = bases && checkAgainstSchema(bases, draft.probableCause);
  if (basesProblem) problems.probableCause = basesProblem;

  const issued = instantOf(
    draft.issuedDate,
    draft.issuedTime,
    ctx.timeZone,
    true,
    problems,
    'issuedDate',
    'issuedTime',
  );
  const received = instantOf(
    draft.receivedDate,
    draft.receivedTime,
    ctx.timeZone,
    false,
    problems,
    'receivedDate',
    'receivedTime',
  );
  const receivedAt = received === undefined ? ctx.now : received;
  if (received !== null && received !== undefined && received > ctx.now + FUTURE_TOLERANCE_MS) {
    problems.receivedDate ??= { kind: 'future' };
  }
  if (issued !== null && issued !== undefined && receivedAt !== null && issued > receivedAt + FUTURE_TOLERANCE_MS) {
    problems.issuedDate ??= { kind: 'afterReceived' };
  }
  if (draft.form !== '' && draft.issuedDate !== '' && !problems.issuedDate) {
    if (draft.formEdition !== '') {
      const start = editionStart(draft.formEdition);
      if (start !== null && draft.issuedDate < start) problems.issuedDate = { kind: 'beforeEdition', date: start };
    } else if (editionsOn(ctx.catalogue, draft.form, draft.issuedDate).length === 0) {
      problems.issuedDate = { kind: 'editionNotInUse' };
    }
  }
  if (!problems.subjectANumber && draft.subjectANumber.trim() !== '' && !isANumber(draft.subjectANumber)) {
    problems.subjectANumber = { kind: 'pattern' };
  }
  if (draft.document) {
    const types = schemaAt(ctx.schema, 'document.mediaType')?.schema.enum;
    if (types && !types.includes(draft.document.mediaType)) problems.document = { kind: 'documentType' };
    else if (draft.document.bytes < 1) problems.document = { kind: 'documentEmpty' };
  }
  const birth = draft.subjectBirthDate.trim();
  if (!problems.subjectBirthDate && birth !== '' && !(Date.parse(`${birth}T00:00:00Z`) < ctx.now)) {
    problems.subjectBirthDate = { kind: 'notPast' };
  }
  return problems;
}

/** The instant of a date and time (null: a problem was recorded; undefined: left empty and optional). */
function instantOf(
  date: string,
  time: string,
  timeZone: string,
  required: boolean,
  problems: Partial<Record<FieldId, Problem>>,
  dateId: FieldId,
  timeId: FieldId,
): number | null | undefined {
  if (date === '' && time === '') {
    if (!required) return undefined;
    problems[dateId] = { kind: 'required' };
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    problems[dateId] = date === '' ? { kind: 'required' } : { kind: 'date' };
    return null;
  }
  if (!/^\d{2}:\d{2}$/.test(time)) {
    problems[timeId] = time === '' ? { kind: 'required' } : { kind: 'time' };
    return null;
  }
  const zoned = zonedInstant(date, time, timeZone);
  if (!zoned.ok) {
    if (zoned.problem === 'nonexistent') problems[timeId] = { kind: 'nonexistentTime' };
    else problems[dateId] = { kind: 'date' };
    return null;
  }
  return Date.parse(zoned.iso);
}

/** The body of POST /detainers (call after checkDraft found nothing); empty optional fields are left out. */
export function toBody(draft: Draft, timeZone: string): Record<string, unknown> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const at = (date: string, time: string) => {
    const zoned = date === '' ? null : zonedInstant(date, time, timeZone);
    return zoned?.ok ? zoned.iso : undefined;
  };
  const subject = {
    reference: draft.subjectReference.trim(),
    fullName: text(draft.subjectFullName),
    birthDate: text(draft.subjectBirthDate),
    aNumber: text(draft.subjectANumber),
  };
  return JSON.parse(
    JSON.stringify({
      form: draft.form,
      formEdition: text(draft.formEdition),
      warrant: text(draft.warrant),
      probableCause: draft.probableCause.length > 0 ? draft.probableCause : undefined,
      issuedAt: at(draft.issuedDate, draft.issuedTime),
      receivedAt: at(draft.receivedDate, draft.receivedTime),
      issuingOffice: text(draft.issuingOffice),
      federalReference: text(draft.federalReference),
      facilityId: text(draft.facilityId),
      subject,
      document: draft.document ?? undefined,
    }),
  ) as Record<string, unknown>;
}

/** The request part of an evaluate input, once the form is chosen (null: too little to ask the law). */
export function previewRequest(draft: Draft): Record<string, unknown> | null {
  if (draft.form === '') return null;
  return JSON.parse(
    JSON.stringify({
      form: draft.form,
      formEdition: draft.formEdition === '' ? undefined : draft.formEdition,
      warrant: draft.warrant === '' ? undefined : draft.warrant,
      probableCause: draft.probableCause.length > 0 ? [...draft.probableCause].sort() : undefined,
    }),
  ) as Record<string, unknown>;
}
