import { describe, expect, it } from 'vitest';
import type { PolicyLibrary } from '../policy/library.js';
import { libraryCurrency, RESEARCH_CURRENT_TO } from './library-currency.js';

const libraryOf = (reviewed: Array<string | null | undefined>) =>
  ({ sources: reviewed.map((r) => (r === undefined ? {} : { reviewed: r })) }) as unknown as PolicyLibrary;

describe('up to when the law library is known current', () => {
  it("is the research notes' mid-2026 when no policy file records a review date", () => {
    expect(libraryCurrency(libraryOf([undefined, null]), '2026-06-30')).toMatchObject({
      currentTo: RESEARCH_CURRENT_TO,
      beyondCurrent: false,
    });
    expect(libraryCurrency(libraryOf([]), '2026-07-01').beyondCurrent).toBe(true);
  });

  it('is the earliest review date the files record, when they do', () => {
    const library = libraryOf([null, '2026-07-02', '2026-08-01', undefined]);
    expect(libraryCurrency(library, '2026-07-02')).toMatchObject({ currentTo: '2026-07-02', beyondCurrent: false });
    expect(libraryCurrency(library, '2026-07-03').beyondCurrent).toBe(true);
  });
});
