import { useQuery } from '@tanstack/react-query';
import { getReleases } from './explorerEndpoints';

/** Query keys of the data explorer (kept here, beside its hook, so keys.ts stays untouched). */
export const explorerKeys = { releases: ['stats', 'releases'] as const } as const;

/** The imported releases change only with an import: kept for the session. */
export const useReleases = () =>
  useQuery({ queryKey: explorerKeys.releases, queryFn: ({ signal }) => getReleases(signal), staleTime: Infinity });
