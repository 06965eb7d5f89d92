import type { PolicyCase } from '../core/policy/cases.js';
import type { EngineError } from '../core/policy/engine-errors.js';
import type { EngineContext } from '../core/policy/evaluate.js';
import { loadPolicies } from '../core/policy/load-policies.js';
import { referencePlaceDirectory } from '../ingest/reference/reference-place-directory.js';
import { US_STATES } from '../ingest/reference/states.data.js';
import { federalHolidayCalendar } from '../platform/federal-holiday-calendar.js';
import { readPolicyFiles } from '../platform/policy-files.js';

export const POLICIES_ROOT = new URL('../../policies/', import.meta.url).pathname;

export class PolicyLoadError extends Error {
  constructor(readonly problems: readonly EngineError[]) {
    super(`The policy library does not load:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
  }
}

export interface Law {
  readonly engine: EngineContext;
  readonly cases: readonly PolicyCase[];
  readonly files: readonly string[];
  /** A state's (or territory's) name by its USPS code, for what people read. */
  readonly stateName: (code: string) => string | undefined;
}

const STATE_NAMES = new Map(US_STATES.map((s) => [s.code, s.name]));

let cached: Law | undefined;

/** The law library from `policies/`, with places and the federal holiday calendar. Loaded once. */
export function loadLaw(root: string = POLICIES_ROOT): Law {
  if (cached && root === POLICIES_ROOT) return cached;
  const files = readPolicyFiles(root);
  const loaded = loadPolicies(files);
  if (!loaded.ok) throw new PolicyLoadError(loaded.error);
  const law: Law = {
    engine: { library: loaded.value.library, places: referencePlaceDirectory(), calendar: federalHolidayCalendar },
    cases: loaded.value.cases,
    files: files.map((f) => f.path),
    stateName: (code) => STATE_NAMES.get(code),
  };
  if (root === POLICIES_ROOT) cached = law;
  return law;
}
