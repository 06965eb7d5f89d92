import type { Lang } from '../../shared/i18n';
import { serverProblems, serverProblemText } from '../../shared/problemText';
import { BODY_PATH, FIELD_IDS, type FieldId } from './intakeFields.js';

/**
 * The API's field errors (details.field with details.problem, or details.problems: [{field,
 * problem}]) placed on the form's fields: "subject.reference" → subjectReference, "issuedAt" →
 * its date, "probableCause[1]" → probableCause. Errors naming no field of the form stay general.
 * Each problem is said in the reader's language by its kind (the server's English when it has none).
 */
export interface PlacedErrors {
  readonly fields: Partial<Record<FieldId, string>>;
  readonly general: readonly string[];
}

const FIELD_OF_PATH = new Map<string, FieldId>();
for (const id of FIELD_IDS) if (!FIELD_OF_PATH.has(BODY_PATH[id])) FIELD_OF_PATH.set(BODY_PATH[id], id);

export function fieldOfPath(path: string): FieldId | null {
  // The scan's digest, type and size are one control: the file picked.
  if (path.startsWith('document.')) return 'document';
  return FIELD_OF_PATH.get(path.replace(/\[\d+\]$/, '')) ?? null;
}

export function placeServerErrors(
  details: Readonly<Record<string, unknown>>,
  message: string,
  lang: Lang = 'en',
): PlacedErrors {
  const fields: Partial<Record<FieldId, string>> = {};
  const general: string[] = [];
  const problems = serverProblems(details).map((p) => ({ field: p.field, problem: serverProblemText(p, lang).text }));
  if (problems.length === 0 && typeof details.field === 'string') {
    problems.push({
      field: details.field,
      problem: typeof details.problem === 'string' ? details.problem : message,
    });
  }
  for (const { field, problem } of problems) {
    const id = fieldOfPath(field);
    if (id === null) general.push(`${field}: ${problem}`);
    else fields[id] ??= problem;
  }
  if (problems.length === 0) general.push(message);
  return { fields, general };
}
