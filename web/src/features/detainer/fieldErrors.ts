import type { ApiError } from '../../shared/api';
import type { Lang } from '../../shared/i18n';
import { serverProblems, serverProblemText, type ServerProblem } from '../../shared/problemText';

/**
 * A server's field errors (400 REQUEST.INVALID_FIELD, or 409 naming a field such as dutyId) as
 * text per field the form has: `details.problems` lists each {field, problem}; a single problem is
 * `details.field` with `details.problem`. Each is said in the reader's language by its kind; one
 * without a kind keeps the server's words. Fields the form lacks are answered apart (`other`).
 */
export interface MappedErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly other: readonly string[];
}

/** A server problem in the reader's language by its kind (the server's English when it has none). */
export function problemText(problem: ServerProblem, lang: Lang): string {
  return serverProblemText(problem, lang).text;
}

export function mapFieldErrors(error: ApiError, formFields: readonly string[], lang: Lang): MappedErrors {
  const listed = serverProblems(error.details);
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const item of listed) {
    const text = problemText(item, lang);
    const field = item.field;
    const target = formFields.find((name) => name === field || field.startsWith(`${name}.`));
    if (target && !(target in fields)) fields[target] = text;
    else other.push(`${item.field}: ${text}`);
  }
  return { fields, other };
}
