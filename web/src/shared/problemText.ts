import { translate, type Lang } from './i18n';
import { PROBLEM_KINDS_SAID } from './messages/problems';
import type { ProblemKind } from './types';

/** A field problem as the server reports it (details.problem / details.problems[] / a bulk row's errors). */
export interface ServerProblem {
  readonly field: string;
  readonly problem: string;
  readonly kind?: string;
  readonly limit?: number;
  readonly allowed?: readonly string[];
  readonly years?: { readonly from: number; readonly to: number };
  readonly date?: string;
  readonly other?: string;
}

/** Words, and the language they are in (a problem of a kind this app does not know is the server's English). */
export interface Said {
  readonly text: string;
  readonly lang: Lang;
}

const isKind = (kind: unknown): kind is ProblemKind =>
  typeof kind === 'string' && (PROBLEM_KINDS_SAID as readonly string[]).includes(kind);

/** The server's problem in the reader's language by its kind; the server's English for a kind it does not know. */
export function serverProblemText(p: ServerProblem, lang: Lang): Said {
  if (!isKind(p.kind)) return { text: p.problem, lang: 'en' };
  const text = translate(lang, `problem.${p.kind}`, {
    problem: p.problem,
    ...(p.limit !== undefined && { limit: p.limit.toLocaleString(lang) }),
    ...(p.allowed && { allowed: p.allowed.join(', ') }),
    ...(p.years && { from: p.years.from, to: p.years.to }),
    ...(p.date !== undefined && { date: p.date }),
    ...(p.other !== undefined && { other: p.other }),
  });
  return { text, lang };
}

/** The problems an API error's details list (details.problems, else details.field with details.problem). */
export function serverProblems(details: Readonly<Record<string, unknown>>): ServerProblem[] {
  const listed = Array.isArray(details.problems) ? (details.problems as unknown[]) : [details];
  return listed.flatMap((item) => {
    const p = (item ?? {}) as Partial<ServerProblem>;
    return typeof p.field === 'string' && typeof p.problem === 'string' ? [p as ServerProblem] : [];
  });
}
