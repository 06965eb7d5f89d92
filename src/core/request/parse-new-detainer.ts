import { isUuid } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  DETAINER_FORMS,
  PROBABLE_CAUSE_BASES,
  WARRANT_KINDS,
  type DetainerForm,
  type ProbableCauseBasis,
  type WarrantKind,
} from './detainer-request.js';
import type { NewDetainerInput } from './new-detainer.js';

/** What is wrong with one field; `problem` never repeats the value, which may be personal data. */
export interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

const TOP_FIELDS = [
  'form',
  'formEdition',
  'warrant',
  'probableCause',
  'issuedAt',
  'receivedAt',
  'issuingOffice',
  'federalReference',
  'facilityId',
  'subject',
] as const;
const SUBJECT_FIELDS = ['reference', 'fullName', 'birthDate', 'aNumber'] as const;

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of an intake request that did not come through the HTTP schema (the CLI's JSON
 * file, a CSV row): known fields only, the right types, values from the closed lists, lengths. It
 * reports every problem it finds, each naming its field. What a shape cannot say (instants in
 * order, real dates, A-number format) is `validateNewDetainer`'s job.
 */
export function parseNewDetainer(raw: unknown): Result<NewDetainerInput, FieldProblem[]> {
  if (!isObject(raw)) return err([{ field: 'body', problem: 'must be a JSON object' }]);
  const problems: FieldProblem[] = [];
  const problem = (field: string, text: string) => problems.push({ field, problem: text });

  for (const key of Object.keys(raw))
    if (!(TOP_FIELDS as readonly string[]).includes(key)) problem(key, 'is not a known field');

  const text = (value: unknown, field: string, max: number, required = false): string | undefined => {
    if (value === undefined) {
      if (required) problem(field, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') problem(field, 'must be text');
    else if (required && value.trim().length === 0) problem(field, 'must not be blank');
    else if (value.length > max) problem(field, `must be at most ${max} characters`);
    else return value;
    return undefined;
  };
  const member = <T extends string>(
    value: unknown,
    field: string,
    values: readonly T[],
    required = false,
  ): T | undefined => {
    if (value === undefined) {
      if (required) problem(field, 'is required');
      return undefined;
    }
    if (typeof value === 'string' && values.includes(value as T)) return value as T;
    problem(field, `must be one of ${values.join(', ')}`);
    return undefined;
  };

  const form = member<DetainerForm>(raw.form, 'form', DETAINER_FORMS, true);
  const formEdition = text(raw.formEdition, 'formEdition', 16);
  const warrant = member<WarrantKind>(raw.warrant, 'warrant', WARRANT_KINDS);
  let probableCause: ProbableCauseBasis[] | undefined;
  if (raw.probableCause !== undefined) {
    if (!Array.isArray(raw.probableCause)) problem('probableCause', 'must be a list');
    else {
      probableCause = [];
      raw.probableCause.forEach((basis, i) => {
        const known = member<ProbableCauseBasis>(basis, `probableCause[${i}]`, PROBABLE_CAUSE_BASES);
        if (known) probableCause!.push(known);
      });
    }
  }
  const issuedAt = text(raw.issuedAt, 'issuedAt', 64, true);
  const receivedAt = text(raw.receivedAt, 'receivedAt', 64);
  const issuingOffice = text(raw.issuingOffice, 'issuingOffice', 200);
  const federalReference = text(raw.federalReference, 'federalReference', 64);
  if (federalReference !== undefined && federalReference.trim().length === 0)
    problem('federalReference', 'must not be blank');
  const facilityId = text(raw.facilityId, 'facilityId', 64);
  if (facilityId !== undefined && !isUuid(facilityId)) problem('facilityId', 'must be a facility id (UUID)');

  let subject: NewDetainerInput['subject'] | undefined;
  if (raw.subject === undefined) problem('subject', 'is required');
  else if (!isObject(raw.subject)) problem('subject', 'must be an object');
  else {
    const s = raw.subject;
    for (const key of Object.keys(s)) {
      if (!(SUBJECT_FIELDS as readonly string[]).includes(key)) problem(`subject.${key}`, 'is not a known field');
    }
    const reference = text(s.reference, 'subject.reference', 64, true);
    const fullName = text(s.fullName, 'subject.fullName', 200);
    const birthDate = text(s.birthDate, 'subject.birthDate', 10);
    const aNumber = text(s.aNumber, 'subject.aNumber', 16);
    if (reference !== undefined) subject = { reference, fullName, birthDate, aNumber };
  }

  if (problems.length > 0 || !form || issuedAt === undefined || !subject) return err(problems);
  return ok({
    form,
    formEdition,
    warrant,
    probableCause,
    issuedAt,
    receivedAt,
    issuingOffice,
    federalReference,
    facilityId,
    subject,
  });
}
