import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { queryKeys } from './keys';
import type { SessionStateDto } from '../types';

/** Whether an error means the session has ended (expired, signed out elsewhere, revoked). */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'AUTH.UNAUTHENTICATED';
}

/** Retry only what may succeed on its own: network failures and 5xx, at most twice. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status >= 500;
}

/**
 * The app's query cache. When any request answers 401 (the session ended), the cached session is
 * set to "nobody": the route guards then send the reader to sign in, and back afterwards.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => endSessionOn(error) }),
    mutationCache: new MutationCache({ onError: (error) => endSessionOn(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  function endSessionOn(error: unknown) {
    if (!isSessionEnded(error)) return;
    const signedOut: SessionStateDto = { account: null };
    client.setQueryData(queryKeys.session, signedOut);
  }
  return client;
}
