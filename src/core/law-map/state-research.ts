import type { PolicyLibrary } from '../policy/library.js';

/**
 * What the law library knows of a state's own law on detainers: it encodes rules of the state
 * (`law-found`, even if none is in force on a given day), it records with evidence that none was
 * found (`no-detainer-law`: a `finding` file), or it has not researched the state (`not-researched`).
 * So the map can tell "no state law" from "unknown" (issue 13).
 */
export type StateResearchStatus = 'law-found' | 'no-detainer-law' | 'not-researched';

export interface StateResearch {
  readonly status: StateResearchStatus;
  /** The latest day a file of the state was checked against its sources, or null. */
  readonly reviewed: string | null;
}

/** Each state's research standing, for the states given (USPS codes), from the files under `state/<xx>/`. */
export function stateResearch(library: PolicyLibrary, states: Iterable<string>): Record<string, StateResearch> {
  const byState = new Map<string, { rules: boolean; finding: boolean; reviewed: string | null }>();
  for (const source of library.sources) {
    const [kind, folder] = source.file.split('/');
    if (kind !== 'state' || folder === undefined) continue;
    const code = folder.toUpperCase();
    const seen = byState.get(code) ?? { rules: false, finding: false, reviewed: null };
    seen.rules ||= source.rules.length > 0;
    seen.finding ||= source.finding === 'no-detainer-law';
    if (source.reviewed !== null && (seen.reviewed === null || source.reviewed > seen.reviewed))
      seen.reviewed = source.reviewed;
    byState.set(code, seen);
  }
  const out: Record<string, StateResearch> = {};
  for (const code of states) {
    const seen = byState.get(code);
    out[code] = {
      status:
        seen === undefined
          ? 'not-researched'
          : seen.rules
            ? 'law-found'
            : seen.finding
              ? 'no-detainer-law'
              : 'not-researched',
      reviewed: seen?.reviewed ?? null,
    };
  }
  return out;
}
