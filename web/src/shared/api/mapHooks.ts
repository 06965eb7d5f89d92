import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { CountyDto, StateWithCountiesDto } from '../types';
import { getState } from './endpoints';
import { queryKeys } from './keys';
import { getLawMap, getLawPanel, type LawMapQueryDto, type LawPanelQueryDto } from './mapEndpoints';

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

/**
 * The counties of some states (by USPS code), with their names: for the places the map's geometry
 * does not draw (the territories). Shares the state pages' cache.
 */
export const useStatesCounties = (codes: readonly string[]) =>
  useQueries({
    queries: codes.map((code) => ({
      queryKey: queryKeys.places.state(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => getState(code, signal),
      staleTime: Infinity,
    })),
    combine: countiesOf,
  });

/** Stable (outside the hook), so the combined list is the same array until an answer changes. */
const countiesOf = (results: ReadonlyArray<{ data?: StateWithCountiesDto | undefined }>): CountyDto[] =>
  results.flatMap((result) => result.data?.counties ?? []);

/**
 * The dates the law changes for an action and profile, from 2008 to `to` (the starts of the
 * panel's periods after its first day): asked for only when `wanted` (the panel is costly to make,
 * so only a reader who steps or plays waits for it). Sorted, once each.
 */
export const useChangePoints = (query: LawPanelQueryDto, wanted: boolean) =>
  useQuery({
    queryKey: ['law-panel', 'change-points', query] as const,
    queryFn: async ({ signal }) => {
      const panel = await getLawPanel(query, signal);
      return [...new Set(panel.periods.map((p) => p.from))].filter((d) => d > query.from).sort();
    },
    enabled: wanted,
    staleTime: Infinity,
    retry: false,
  });
