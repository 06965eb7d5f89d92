import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getLawMap, type LawMapQueryDto } from './mapEndpoints';

/** Query keys of the law map (kept here, beside its hook, so keys.ts stays untouched). */
export const mapKeys = {
  all: ['law-map'] as const,
  map: (query: LawMapQueryDto) => ['law-map', query] as const,
} as const;

/**
 * The law map on a date for an action and profile. The law of a past day does not change within a
 * session (the library changes only with a release), so answers are kept; the previous map stays
 * on screen while the next one loads (the slider and play button move without a blank map).
 */
export const useLawMap = (query: LawMapQueryDto) =>
  useQuery({
    queryKey: mapKeys.map(query),
    queryFn: ({ signal }) => getLawMap(query, signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
