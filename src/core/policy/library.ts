import type { AgencyKind } from '../agency/agency.js';
import { err, ok, type Result } from '../shared/result.js';
import { invalidPolicy, type EngineError } from './engine-errors.js';
import type { Formula } from './formula.js';
import { FORMULAS } from './formulas/index.js';
import { LEVEL_RANK, type PolicySource, type Rule, type RuleVersion } from './policy.types.js';

/** A rule version ready to run: its formula and parsed parameters. */
export interface PreparedVersion {
  readonly rule: Rule;
  readonly version: RuleVersion;
  readonly formula: Formula<unknown>;
  readonly params: unknown;
}

export interface PolicyLibrary {
  readonly sources: readonly PolicySource[];
  /** Every rule, by id. */
  readonly rules: ReadonlyMap<string, Rule>;
  /** Rules sorted most senior first, then by id: the order the engine evaluates in. */
  readonly ordered: readonly Rule[];
  readonly prepared: ReadonlyMap<RuleVersion, PreparedVersion>;
}

/**
 * Builds the library from parsed sources. Sources are taken in file-name order and rules in
 * seniority-then-id order, so results never depend on the order files were read.
 */
export function buildLibrary(sources: readonly PolicySource[]): Result<PolicyLibrary, EngineError[]> {
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rules = new Map<string, Rule>();
  const duties = new Map<string, string>();
  const problems: EngineError[] = [];
  const prepared = new Map<RuleVersion, PreparedVersion>();
  for (const source of sorted) {
    for (const rule of source.rules) {
      const existing = rules.get(rule.id);
      if (existing) {
        problems.push(
          invalidPolicy(source.file, null, `rule id ${rule.id} is already defined in ${existing.sourceFile}`, [
            rule.id,
          ]),
        );
        continue;
      }
      rules.set(rule.id, rule);
      for (const version of rule.versions) {
        for (const duty of version.duties) {
          const owner = duties.get(duty.id);
          if (owner && owner !== rule.id) {
            problems.push(
              invalidPolicy(source.file, null, `duty id ${duty.id} is already used by rule ${owner}`, [rule.id]),
            );
          }
          duties.set(duty.id, rule.id);
        }
        if (version.repealed || version.formula === null) continue;
        const formula = FORMULAS.get(version.formula) as Formula<unknown> | undefined;
        const params = formula?.parseParams(version.params);
        if (!formula || !params?.ok) {
          problems.push(
            invalidPolicy(source.file, null, `rule ${rule.id} version ${version.effectiveFrom} does not prepare`, [
              rule.id,
            ]),
          );
          continue;
        }
        prepared.set(version, { rule, version, formula, params: params.params });
      }
    }
  }
  if (problems.length > 0) return err(problems);
  const ordered = [...rules.values()].sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return ok({ sources: sorted, rules, ordered, prepared });
}

/** The version of a rule in force on a local date, or undefined (not yet in force, or repealed). */
export function versionInForce(rule: Rule, localDate: string): RuleVersion | undefined {
  let current: RuleVersion | undefined;
  for (const version of rule.versions) {
    if (version.effectiveFrom <= localDate) current = version;
    else break;
  }
  return current && !current.repealed ? current : undefined;
}

export function ruleCoversPlace(rule: Rule, state: string, countyFips: string | null): boolean {
  switch (rule.place.kind) {
    case 'federal':
      return true;
    case 'state':
      return rule.place.state === state;
    case 'counties':
      return rule.place.state === state && countyFips !== null && rule.place.counties.includes(countyFips);
  }
}

export function ruleBindsAgency(rule: Rule, agencyKind: AgencyKind): boolean {
  return rule.agencyKinds === null || rule.agencyKinds.includes(agencyKind);
}

/** The rules in force at a place on a local date, for any kind of agency, most senior first. */
export function rulesInForceAtPlace(
  library: PolicyLibrary,
  where: { state: string; countyFips: string | null },
  localDate: string,
): Array<{ rule: Rule; version: RuleVersion }> {
  const result: Array<{ rule: Rule; version: RuleVersion }> = [];
  for (const rule of library.ordered) {
    if (!ruleCoversPlace(rule, where.state, where.countyFips)) continue;
    const version = versionInForce(rule, localDate);
    if (version) result.push({ rule, version });
  }
  return result;
}

/** The rules in force for a place, agency kind and local date, most senior first, ready to run. */
export function rulesInForce(
  library: PolicyLibrary,
  where: { state: string; countyFips: string | null; agencyKind: AgencyKind },
  localDate: string,
): PreparedVersion[] {
  return rulesInForceAtPlace(library, where, localDate)
    .filter(({ rule }) => ruleBindsAgency(rule, where.agencyKind))
    .flatMap(({ version }) => library.prepared.get(version) ?? []);
}
