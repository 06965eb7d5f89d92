import type { PolicyLibrary } from '../policy/library.js';

/**
 * What the law library knows of a state's own law on detainers: it encodes rules of the state
 * (`law-found`, even if none is in force on a given day), it records with evidence that none was
 * found (`no-detainer-law`: a `finding` file), researched it without settling its law (`unsettled`),
 * or has not researched the state (`not-researched`).
 * So the map can tell "no state law" from "unknown" (issue 13).
 */
export type StateResearchStatus = 'law-found' | 'no-detainer-law' | 'unsettled' | 'not-researched';

export interface StateResearch {
  readonly status: StateResearchStatus;
  /** The latest day a file of the state was checked against its sources, or null. */
  readonly reviewed: string | null;
}

/** Each state's research standing, for the states given (USPS codes), from the files under `state/<xx>/`. */
export function stateResearch(library: PolicyLibrary, states: Iterable<string>): Record<string, StateResearch> {
  const byState = new Map<string, { rules: boolean; noLaw: boolean; unsettled: boolean; reviewed: string | null }>();
  for (const source of library.sources) {
    const [kind, folder] = source.file.split('/');
    if (kind !== 'state' || folder === undefined) continue;
    const code = folder.toUpperCase();
    const seen = byState.get(code) ?? { rules: false, noLaw: false, unsettled: false, reviewed: null };
    seen.rules ||= source.rules.length > 0;
    seen.noLaw ||= source.finding === 'no-detainer-law';
    seen.unsettled ||= source.finding === 'unsettled';
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
            : seen.noLaw
              ? 'no-detainer-law'
              : seen.unsettled
                ? 'unsettled'
                : 'not-researched',
      reviewed: seen?.reviewed ?? null,
    };
  }
  return out;
}
