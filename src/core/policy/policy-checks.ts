import { runCase, type PolicyCase } from './cases.js';
import type { EngineError } from './engine-errors.js';
import type { EngineContext } from './evaluate.js';
import { lintPolicies, lintWarnings } from './lint.js';

export interface CaseFailure {
  readonly file: string;
  readonly line: number | null;
  readonly sentence: string;
  readonly failures: readonly string[];
}

export interface CaseReport {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly CaseFailure[];
}

/** Runs every case of the library through the traced engine, in file order. */
export function runAllCases(engine: EngineContext, cases: readonly PolicyCase[]): CaseReport {
  const failures: CaseFailure[] = [];
  for (const policyCase of cases) {
    const result = runCase(engine, policyCase);
    if (result.failures.length > 0) {
      const { file, line, sentence } = policyCase;
      failures.push({ file, line, sentence, failures: result.failures });
    }
  }
  return { total: cases.length, passed: cases.length - failures.length, failed: failures.length, failures };
}

export interface LintProblem {
  readonly file: string;
  readonly line: number | null;
  /** What is wrong, without the file and line. */
  readonly problem: string;
  /** `file[:line]: problem`. */
  readonly message: string;
  readonly rules: readonly string[];
  /** An error fails `policy lint`; a warning is printed and counted (the library keeps none). */
  readonly severity: 'error' | 'warning';
}

/**
 * The library's lint problems (files where their place says, a case each side of every date), then
 * its warnings (files never checked against their sources, or checked before a version took effect).
 */
export function lintLibrary(
  engine: EngineContext,
  cases: readonly PolicyCase[],
  files: readonly string[],
): LintProblem[] {
  const problem = (severity: LintProblem['severity']) => (error: EngineError) => {
    const file = error.kind === 'InvalidPolicy' ? error.file : '';
    const line = error.kind === 'InvalidPolicy' ? error.line : null;
    const prefix = `${file}${line === null ? '' : `:${line}`}: `;
    const text = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { file, line, problem: text, message: error.message, rules: error.rules, severity };
  };
  return [
    ...lintPolicies(engine.library, cases, engine.places, files).map(problem('error')),
    ...lintWarnings(engine.library).map(problem('warning')),
  ];
}
