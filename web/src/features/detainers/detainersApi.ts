export const PAGE_SIZE = 50;

export const detainersPath = (offset: number, limit: number = PAGE_SIZE) =>
  `/detainers?limit=${limit}&offset=${offset}`;

/** The list offset from the page address (?offset=N); anything else means the first page. */
export function offsetFrom(search: URLSearchParams): number {
  const value = Number(search.get('offset') ?? '0');
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export const deskHref = (offset: number) => (offset > 0 ? `/desk?offset=${offset}` : '/desk');
