import { describe, expect, it } from 'vitest';
import { pageAt } from './pageAt';

describe('pageAt', () => {
  it('a first page has no previous, a next when more follow', () => {
    expect(pageAt(120, 50, 0)).toEqual({ page: 1, pages: 3, previous: null, next: 50 });
  });
  it('a middle page has both sides; a last page no next', () => {
    expect(pageAt(120, 50, 50)).toEqual({ page: 2, pages: 3, previous: 0, next: 100 });
    expect(pageAt(120, 50, 100)).toEqual({ page: 3, pages: 3, previous: 50, next: null });
  });
  it('an empty list is page 1 of 1; an offset past the end says the last page and goes back', () => {
    expect(pageAt(0, 50, 0)).toEqual({ page: 1, pages: 1, previous: null, next: null });
    expect(pageAt(4, 3, 30)).toEqual({ page: 2, pages: 2, previous: 27, next: null });
  });
  it('an offset between pages goes back to the start, not below it', () => {
    expect(pageAt(100, 50, 20)).toEqual({ page: 1, pages: 2, previous: 0, next: 70 });
  });
});
