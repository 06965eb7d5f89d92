/** Where a page stands in a list: its number, how many pages, and the offsets either side (null at an end). */
export interface PageAt {
  readonly page: number;
  readonly pages: number;
  readonly previous: number | null;
  readonly next: number | null;
}

export function pageAt(total: number, limit: number, offset: number): PageAt {
  const pages = Math.max(1, Math.ceil(total / limit));
  return {
    page: Math.min(pages, Math.floor(offset / limit) + 1),
    pages,
    previous: offset > 0 ? Math.max(0, offset - limit) : null,
    next: offset + limit < total ? offset + limit : null,
  };
}
