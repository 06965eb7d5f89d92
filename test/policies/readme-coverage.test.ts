import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLaw } from '../../src/composition/law.js';
import { coverageMarkdown, libraryCoverage } from '../../src/core/policy/coverage.js';

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- coverage:start -->';
const END = '<!-- coverage:end -->';

/** The README's coverage table, between its markers. */
function readmeTable(): string {
  const text = readFileSync(README, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} ... ${END} section`);
  return text
    .slice(from + START.length, to)
    .replace(/^\s*<!-- prettier-ignore-start -->\n/, '')
    .replace(/<!-- prettier-ignore-end -->\s*$/, '')
    .trim();
}

describe("the README's coverage table", () => {
  it('is the library as it stands (refresh: npm run -s cli -- policy coverage --markdown)', () => {
    const law = loadLaw();
    expect(readmeTable()).toBe(coverageMarkdown(libraryCoverage(law.engine.library, law.stateName)).trim());
  });
});
