import { href, type Href } from '../../shared/routes';

export const PAGE_SIZE = 50;

/** The list offset from the page address (?offset=N); anything else means the first page. */
export function offsetFrom(search: URLSearchParams): number {
  const value = Number(search.get('offset') ?? '0');
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

export const deskHref = (offset: number): Href => href('desk', {}, { offset: offset > 0 ? offset : null });
