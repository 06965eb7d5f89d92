/**
 * The intake form's fields, what each sends in the body of POST /detainers, and the checks made
 * before submit. The constraints are not restated here: they are read from the body's JSON Schema
 * (NewDetainerSchema, served by GET /intake/form). Pure; no imports, so the unit tests run in Node.
 */

export const FIELD_IDS = [
  'form',
  'formEdition',
  'warrant',
  'probableCause',
  'issuedDate',
  'issuedTime',
  'receivedDate',
  'receivedTime',
  'issuingOffice',
  'federalReference',
  'facilityId',
  'subjectReference',
  'subjectFullName',
  'subjectBirthDate',
  'subjectANumber',
  'document',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Where a field's value goes in the body (a JSON path as the API names fields in its errors). */
export const BODY_PATH: Readonly<Record<FieldId, string>> = {
  form: 'form',
  formEdition: 'formEdition',
  warrant: 'warrant',
  probableCause: 'probableCause',
  issuedDate: 'issuedAt',
  issuedTime: 'issuedAt',
  receivedDate: 'receivedAt',
  receivedTime: 'receivedAt',
  issuingOffice: 'issuingOffice',
  federalReference: 'federalReference',
  facilityId: 'facilityId',
  subjectReference: 'subject.reference',
  subjectFullName: 'subject.fullName',
  subjectBirthDate: 'subject.birthDate',
  subjectANumber: 'subject.aNumber',
  document: 'document',
};

/** A problem found before submit, told in the reader's language by its kind. */
export type Problem =
  | { readonly kind: 'required' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'tooMany'; readonly max: number }
  | { readonly kind: 'pattern' }
  | { readonly kind: 'choice' }
  | { readonly kind: 'date' }
  | { readonly kind: 'time' }
  | { readonly kind: 'nonexistentTime' }
  | { readonly kind: 'future' }
  | { readonly kind: 'afterReceived' }
  | { readonly kind: 'beforeEdition'; readonly date: string }
  | { readonly kind: 'editionNotInUse' }
  | { readonly kind: 'notPast' }
  | { readonly kind: 'documentType' }
  | { readonly kind: 'documentEmpty' }
  /** From the server: its own words (English), shown as given. */
  | { readonly kind: 'server'; readonly problem: string };

/** The part of JSON Schema the body's schema uses. */
export interface JsonSchema {
  readonly type?: string;
  readonly enum?: readonly unknown[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly maxItems?: number;
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
}

/** The schema of a body path ("subject.reference") and whether it is required there. */
export function schemaAt(root: JsonSchema, path: string): { schema: JsonSchema; required: boolean } | null {
  let schema: JsonSchema | undefined = root;
  let required = true;
  for (const key of path.split('.')) {
    const parent: JsonSchema | undefined = schema;
    schema = parent?.properties?.[key];
    if (!schema) return null;
    required = required && (parent?.required ?? []).includes(key);
  }
  return schema ? { schema, required } : null;
}

/** The first problem of a value under its schema: required, length, pattern, choices, list size. */
export function checkAgainstSchema(
  entry: { schema: JsonSchema; required: boolean },
  value: string | readonly string[],
): Problem | null {
  const { schema, required } = entry;
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      return { kind: 'tooMany', max: schema.maxItems };
    const allowed = schema.items?.enum;
    if (allowed && value.some((v) => !allowed.includes(v))) return { kind: 'choice' };
    return null;
  }
  const text = (value as string).trim();
  if (text === '') return required ? { kind: 'required' } : null;
  if (schema.enum && !schema.enum.includes(text)) return { kind: 'choice' };
  if (schema.maxLength !== undefined && [...text].length > schema.maxLength)
    return { kind: 'tooLong', max: schema.maxLength };
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) return { kind: 'pattern' };
  return null;
}

/** A catalogue edition, as GET /intake/form lists it. */
export interface Edition {
  readonly form: string;
  readonly edition: string;
  readonly inUseFrom: string | null;
  readonly inUseUntil: string | null;
}

/** The editions of a form issued on a local date (in use then; an unknown start counts as in use). */
export function editionsOn<E extends Edition>(catalogue: readonly E[], form: string, localDate: string): E[] {
  return catalogue.filter(
    (e) =>
      e.form === form &&
      (localDate === '' ||
        ((e.inUseFrom === null || e.inUseFrom <= localDate) && (e.inUseUntil === null || localDate < e.inUseUntil))),
  );
}

/** The first day of an edition as named: 2017-02 → 2017-02-01, 2015 → 2015-01-01, pre-2010 → none (as the server). */
export function editionStart(edition: string): string | null {
  if (/^\d{4}-\d{2}$/.test(edition)) return `${edition}-01`;
  if (/^\d{4}$/.test(edition)) return `${edition}-01-01`;
  return null;
}

/** The A-number check the server makes after removing spaces and dashes: A and 8 or 9 digits. */
export function isANumber(text: string): boolean {
  return /^A?\d{8,9}$/.test(text.replace(/[\s-]/g, '').toUpperCase());
}
