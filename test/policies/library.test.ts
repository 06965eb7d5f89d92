import { describe, expect, it } from 'vitest';
import { loadLaw } from '../../src/composition/law.js';
import { runCase } from '../../src/core/policy/cases.js';
import { lintPolicies, lintWarnings } from '../../src/core/policy/lint.js';
import { libraryReviewedThrough } from '../../src/core/policy/policy-catalogue.js';

const law = loadLaw();

describe('the law library', () => {
  it('loads every policy and case file strictly', () => {
    expect(law.engine.library.sources.length).toBeGreaterThan(0);
    expect(law.cases.length).toBeGreaterThan(0);
  });

  it('passes lint: files where their place says, a case on each side of every effective date', () => {
    const problems = lintPolicies(law.engine.library, law.cases, law.engine.places, law.files);
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it('has no lint warning: every file was checked against its sources, after its latest version took effect', () => {
    expect(lintWarnings(law.engine.library).map((w) => w.message)).toEqual([]);
  });

  it('gives every duty a Spanish translation (textEs) that is not the English text', () => {
    const duties = [...law.engine.library.rules.values()].flatMap((rule) =>
      rule.versions.flatMap((v) => v.duties.map((d) => ({ rule: rule.id, id: d.id, text: d.text, textEs: d.textEs }))),
    );
    expect(duties.length).toBeGreaterThanOrEqual(8);
    const untranslated = duties.filter((d) => d.textEs === null || d.textEs.trim() === '' || d.textEs === d.text);
    expect(untranslated.map((d) => `${d.rule}/${d.id}`)).toEqual([]);
  });

  it('gives every rule an unofficial Spanish title and summary (titleEs, summaryEs), not the English', () => {
    const rules = [...law.engine.library.rules.values()];
    expect(rules.length).toBeGreaterThanOrEqual(24);
    const missing = rules.flatMap((rule) => [
      ...(rule.titleEs === null || rule.titleEs === rule.title ? [`${rule.id}: titleEs`] : []),
      ...(rule.summaryEs === null ? [`${rule.id}: summaryEs`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it('keeps the citations of a Spanish title as the English title writes them (citations are not translated)', () => {
    const citation = /\b(?:Gov\. Code|Code|ILCS|RCW|ORS|CFR|C\.R\.S\.)\s*[\d.]+|\b\d{4}\.\d+\b/g;
    const changed = [...law.engine.library.rules.values()].flatMap((rule) => {
      const en = rule.title.match(citation) ?? [];
      return en.filter((c) => !(rule.titleEs ?? '').includes(c)).map((c) => `${rule.id}: ${c}`);
    });
    expect(changed).toEqual([]);
  });

  it('is known to be current up to the earliest review date of its files (those a source dates)', () => {
    const dated = law.engine.library.sources.filter((s) => s.reviewed !== null);
    expect(dated.length).toBeGreaterThan(0);
    const earliest = dated.map((s) => s.reviewed!).sort()[0];
    expect(libraryReviewedThrough(law.engine.library)).toBe(earliest);
    expect(earliest).toBe('2026-12-06');
  });

  describe.each(law.files.filter((f) => f.endsWith('.cases.yaml')))('%s', (file) => {
    const cases = law.cases.filter((c) => c.file === file);
    it.each(cases.map((c) => [c.sentence, c] as const))('%s', (_sentence, policyCase) => {
      expect(runCase(law.engine, policyCase).failures).toEqual([]);
    });
  });
});
