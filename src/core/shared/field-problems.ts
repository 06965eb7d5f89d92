import type { DomainError } from './errors.js';
import type { ProblemKind, ProblemParams } from './problem-kinds.js';

// A field's problems as errors carry them, apart from the schema validator (validate-input.ts, which
// re-exports them), so that what only reads or names problems does not load TypeBox.

/**
 * What is wrong with one field; `problem` (English) never repeats the value, which may be personal
 * data. `kind` and its parameters say the same for a machine (a client words it in its language).
 */
export interface FieldProblem extends ProblemParams {
  readonly field: string;
  readonly problem: string;
  readonly kind: ProblemKind;
}

export interface ValidateOptions {
  /** Prefixed to every field named (e.g. `facts` for the facts of a command). */
  readonly prefix?: string;
  /** The name of the whole value, when the value itself is wrong (default `body`). */
  readonly root?: string;
  /** What an unknown field is told (default `is not a known field`). */
  readonly unknownField?: string;
}

/** The problems an input error names, one per field (a single problem, or each of details.problems). */
export function fieldProblems(error: DomainError): FieldProblem[] {
  const details = (error.details ?? {}) as { field?: unknown; problem?: unknown; problems?: unknown };
  if (Array.isArray(details.problems)) return details.problems as FieldProblem[];
  if (typeof details.field === 'string' && typeof details.problem === 'string') {
    const { kind, ...params } = details as ProblemParams & { kind?: ProblemKind };
    return [{ ...params, kind: kind ?? 'invalid', field: details.field, problem: details.problem }];
  }
  return [{ field: 'body', problem: error.message, kind: 'invalid' }];
}

/**
 * The field's path as the errors name it: `subject.reference`, `probableCause[1]`, `convictions[0].date`;
 * an entry of a value that is itself a list by the root and its index (`body[99]`, `input[99].form`).
 */
export function fieldName(segments: readonly (string | number)[], options: ValidateOptions = {}): string {
  const root = options.root ?? 'body';
  let field = options.prefix ?? '';
  for (const segment of segments) {
    if (typeof segment === 'number') field += `${field === '' ? root : ''}[${segment}]`;
    else field += field === '' ? segment : `.${segment}`;
  }
  return field === '' ? root : field;
}
