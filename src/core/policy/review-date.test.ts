import { describe, expect, it } from 'vitest';
import { federalRequestOnlyFile } from '../../../test/support/policy-fixture.js';
import { buildLibrary } from './library.js';
import { parsePolicy } from './parse-policy.js';
import { libraryReviewedThrough } from './policy-catalogue.js';
import type { PolicySource } from './policy.types.js';

const file = (reviewed: string | null, name = 'x') => federalRequestOnlyFile({ reviewed, id: `us-reg-${name}` });

function parsed(name: string, reviewed: string | null): PolicySource {
  const source = parsePolicy(`federal/us/${name}.policy.yaml`, file(reviewed, name));
  if (!source.ok) throw new Error(source.error.message);
  return source.value;
}

describe("a policy file's review date", () => {
  it('is optional: null when the file has none', () => {
    expect(parsed('a', null).reviewed).toBeNull();
    expect(parsed('b', '2026-07-02').reviewed).toBe('2026-07-02');
  });

  it('must be a day of the calendar, named with its line', () => {
    for (const bad of ['2014-02-30', '2026-13-01', '2026-7-2', 'July 2026']) {
      const result = parsePolicy('federal/us/x.policy.yaml', file(bad));
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.message, bad).toMatch(/^federal\/us\/x\.policy\.yaml:3: reviewed /);
    }
  });

  it('dates the library by its earliest review date; undated files do not count; none at all is null', () => {
    const library = (...sources: PolicySource[]) => {
      const built = buildLibrary(sources);
      if (!built.ok) throw new Error('library');
      return built.value;
    };
    expect(
      libraryReviewedThrough(library(parsed('a', '2026-07-02'), parsed('b', '2025-03-01'), parsed('c', null))),
    ).toBe('2025-03-01');
    expect(libraryReviewedThrough(library(parsed('c', null)))).toBeNull();
  });
});
