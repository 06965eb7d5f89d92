import { localDate } from '../clock/local-calendar.js';
import type { PolicyCase } from './cases.js';
import { invalidPolicy, type EngineError } from './engine-errors.js';
import { ruleBindsAgency, ruleCoversPlace, type PolicyLibrary } from './library.js';
import { CASES_SUFFIX, POLICY_SUFFIX } from './load-policies.js';
import type { PlaceDirectory } from './place-directory.port.js';
import type { PolicySource, Rule } from './policy.types.js';

/**
 * Checks beyond the schema: files sit where their place says (`<federal|state|county>/<place>/`),
 * every policy file has its case file, every effective date has a case on each side of it, and a
 * place is not both ruled and found to have no law.
 */
export function lintPolicies(
  library: PolicyLibrary,
  cases: readonly PolicyCase[],
  places: PlaceDirectory,
  files: readonly string[],
): EngineError[] {
  const problems: EngineError[] = [];
  const fileSet = new Set(files);
  problems.push(...checkFindings(library));
  for (const source of library.sources) {
    problems.push(...checkLocation(source));
    const casesFile = source.file.slice(0, -POLICY_SUFFIX.length) + CASES_SUFFIX;
    if (!fileSet.has(casesFile)) {
      problems.push(invalidPolicy(source.file, null, `has no case file ${casesFile}`));
      continue;
    }
    const own = cases.filter((c) => c.file === casesFile);
    for (const rule of source.rules) problems.push(...checkBothSides(rule, own, places, casesFile, source.file));
  }
  for (const file of files) {
    if (file.endsWith(CASES_SUFFIX) && !fileSet.has(file.slice(0, -CASES_SUFFIX.length) + POLICY_SUFFIX)) {
      problems.push(invalidPolicy(file, null, 'has no policy file beside it'));
    }
  }
  return problems;
}

/**
 * Warnings: what an auditor would ask of a file that is not wrong as such. A file that was never
 * checked against its sources (no `reviewed`), or was last checked before a version it encodes took
 * effect (the check cannot have read that version's text).
 */
export function lintWarnings(library: PolicyLibrary): EngineError[] {
  return library.sources.flatMap((source) => {
    if (source.reviewed === null)
      return [invalidPolicy(source.file, null, 'was never checked against its sources (add reviewed: YYYY-MM-DD)')];
    const latest = source.rules
      .flatMap((rule) => rule.versions.map((v) => v.effectiveFrom))
      .sort()
      .at(-1);
    return latest !== undefined && source.reviewed < latest
      ? [
          invalidPolicy(
            source.file,
            null,
            `was last checked on ${source.reviewed}, before its version of ${latest} took effect`,
          ),
        ]
      : [];
  });
}

/** A folder's place is either ruled by its files or found to have no law, not both. */
function checkFindings(library: PolicyLibrary): EngineError[] {
  const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');
  const ruled = new Set(library.sources.filter((s) => s.rules.length > 0).map((s) => folderOf(s.file)));
  return library.sources
    .filter((s) => s.finding !== null && ruled.has(folderOf(s.file)))
    .map((s) =>
      invalidPolicy(
        s.file,
        null,
        s.finding === 'no-detainer-law'
          ? `says ${folderOf(s.file)} has no detainer law, but other files there have rules`
          : `says ${folderOf(s.file)}'s law is unsettled, but other files there have rules`,
      ),
    );
}

function checkLocation(source: PolicySource): EngineError[] {
  const [kind, place] = source.file.split('/');
  return source.rules.flatMap((rule) => {
    const expected =
      rule.place.kind === 'federal'
        ? kind === 'federal' && place === 'us'
        : rule.place.kind === 'state'
          ? kind === 'state' && place === rule.place.state.toLowerCase()
          : kind === 'county' && (place ?? '').startsWith(`${rule.place.state.toLowerCase()}-`);
    return expected
      ? []
      : [
          invalidPolicy(source.file, rule.line, `rule ${rule.id} (${rule.place.kind}) is filed in the wrong folder`, [
            rule.id,
          ]),
        ];
  });
}

function checkBothSides(
  rule: Rule,
  cases: readonly PolicyCase[],
  places: PlaceDirectory,
  casesFile: string,
  policyFile: string,
): EngineError[] {
  const relevant = cases.flatMap((c) => {
    const { state, countyFips, agencyKind } = c.input;
    if (!ruleCoversPlace(rule, state, countyFips) || !ruleBindsAgency(rule, agencyKind)) return [];
    const zone = countyFips === null ? places.stateZone(state) : places.county(countyFips)?.zone;
    return zone === undefined ? [] : [localDate(c.input.asOf, zone)];
  });
  const problems: EngineError[] = [];
  for (const version of rule.versions) {
    const before = relevant.some((d) => d < version.effectiveFrom);
    const after = relevant.some((d) => d >= version.effectiveFrom);
    if (!before || !after) {
      const missing = [before ? null : 'before', after ? null : 'on or after'].filter(Boolean).join(' and ');
      problems.push(
        invalidPolicy(
          policyFile,
          version.line,
          `rule ${rule.id}: no case in ${casesFile} ${missing} its effective date ${version.effectiveFrom}`,
          [rule.id],
        ),
      );
    }
  }
  return problems;
}
