import type { PolicyCase } from './cases.js';
import { parseCases } from './cases.js';
import type { EngineError } from './engine-errors.js';
import { invalidPolicy } from './engine-errors.js';
import { buildLibrary, type PolicyLibrary } from './library.js';
import { parsePolicy } from './parse-policy.js';
import type { PolicySource } from './policy.types.js';

/** A file of the policies folder: its path relative to that folder (with "/"), and its text. */
export interface PolicyFile {
  readonly path: string;
  readonly text: string;
}

export interface LoadedPolicies {
  readonly library: PolicyLibrary;
  readonly cases: readonly PolicyCase[];
}

export const POLICY_SUFFIX = '.policy.yaml';
export const CASES_SUFFIX = '.cases.yaml';

/**
 * Parses every policy and case file and builds the library. Any problem in any file fails the
 * whole load: a law library that half-loads would answer wrongly without saying so.
 */
export function loadPolicies(
  files: readonly PolicyFile[],
): { ok: true; value: LoadedPolicies } | { ok: false; error: EngineError[] } {
  const problems: EngineError[] = [];
  const sources: PolicySource[] = [];
  const cases: PolicyCase[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (file.path.endsWith(POLICY_SUFFIX)) {
      const parsed = parsePolicy(file.path, file.text);
      if (parsed.ok) sources.push(parsed.value);
      else problems.push(parsed.error);
    } else if (file.path.endsWith(CASES_SUFFIX)) {
      const parsed = parseCases(file.path, file.text);
      if (parsed.ok) cases.push(...parsed.value);
      else problems.push(parsed.error);
    } else {
      problems.push(invalidPolicy(file.path, null, `is neither a *${POLICY_SUFFIX} nor a *${CASES_SUFFIX} file`));
    }
  }
  const library = buildLibrary(sources);
  if (!library.ok) problems.push(...library.error);
  if (problems.length > 0 || !library.ok) return { ok: false, error: problems };
  return { ok: true, value: { library: library.value, cases } };
}
