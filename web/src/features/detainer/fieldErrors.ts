import type { ApiError } from '../../shared/api';
import { type Lang, translate } from '../../shared/i18n';

/**
 * A server's field errors (400 REQUEST.INVALID_FIELD, or 409 naming a field such as dutyId) as
 * text per field the form has: `details.problems` lists each {field, problem}; a single problem is
 * `details.field` with `details.problem`. Problems the page knows are said in the reader's
 * language; others keep the server's words. Fields the form lacks are answered apart (`other`).
 */
export interface MappedErrors {
  readonly fields: Readonly<Record<string, string>>;
  readonly other: readonly string[];
}

const KNOWN: ReadonlyArray<readonly [RegExp, 'detainer.problem.required' | 'detainer.problem.future']> = [
  [/^(is required|must say why, in words|must not be empty)$/, 'detainer.problem.required'],
  [/^is in the future$/, 'detainer.problem.future'],
];

export function problemText(problem: string, lang: Lang): string {
  for (const [pattern, key] of KNOWN) if (pattern.test(problem)) return translate(lang, key);
  return lang === 'en' ? problem : translate(lang, 'detainer.problem.other', { problem });
}

export function mapFieldErrors(error: ApiError, formFields: readonly string[], lang: Lang): MappedErrors {
  const details = error.details as { field?: unknown; problem?: unknown; problems?: unknown };
  const listed = Array.isArray(details.problems)
    ? (details.problems as Array<{ field?: unknown; problem?: unknown }>)
    : typeof details.field === 'string'
      ? [{ field: details.field, problem: details.problem }]
      : [];
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const item of listed) {
    if (typeof item.field !== 'string') continue;
    const text = problemText(typeof item.problem === 'string' ? item.problem : '', lang);
    const field = item.field;
    const target = formFields.find((name) => name === field || field.startsWith(`${name}.`));
    if (target && !(target in fields)) fields[target] = text;
    else other.push(`${item.field}: ${text}`);
  }
  return { fields, other };
}
