import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { DetainerViewDto } from '../types';
import { ApiError } from './client';
import { detainerChanged, inboxChanged } from './hooks';
import { queryKeys } from './keys';
import { createQueryClient, shouldRetry } from './queryClient';

/** Seeds every key with data, so that what a write invalidates (and what it leaves) can be read back. */
function seeded(): QueryClient {
  const client = new QueryClient();
  const keys = [
    queryKeys.detainers.list({ offset: 0 }),
    queryKeys.detainers.list({ state: 'holding' }),
    queryKeys.detainers.detail('d-1'),
    queryKeys.detainers.detail('d-2'),
    queryKeys.alarms,
    queryKeys.identityConflicts.list({}),
    queryKeys.users,
    queryKeys.places.states,
  ];
  for (const key of keys) client.setQueryData(key, { seeded: true });
  return client;
}
const invalidated = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;

describe('cache invalidation after writes', () => {
  it('recording on a detainer stores its new view and refreshes the inbox, alarms and conflicts only', () => {
    const client = seeded();
    const view = { id: 'd-1', version: 7 } as unknown as DetainerViewDto;
    detainerChanged(client, view, 'd-1');
    expect(client.getQueryData(queryKeys.detainers.detail('d-1'))).toEqual(view);
    expect(invalidated(client, queryKeys.detainers.list({ offset: 0 }))).toBe(true);
    expect(invalidated(client, queryKeys.detainers.list({ state: 'holding' }))).toBe(true);
    expect(invalidated(client, queryKeys.alarms)).toBe(true);
    expect(invalidated(client, queryKeys.identityConflicts.list({}))).toBe(true);
    expect(invalidated(client, queryKeys.detainers.detail('d-2'))).toBe(false);
    expect(invalidated(client, queryKeys.users)).toBe(false);
    expect(invalidated(client, queryKeys.places.states)).toBe(false);
  });

  it('a conflict (no view) makes the detainer itself ask again', () => {
    const client = seeded();
    detainerChanged(client, null, 'd-1');
    expect(invalidated(client, queryKeys.detainers.detail('d-1'))).toBe(true);
  });

  it('intake refreshes every detainer list and view, and the alarms', () => {
    const client = seeded();
    inboxChanged(client);
    expect(invalidated(client, queryKeys.detainers.detail('d-2'))).toBe(true);
    expect(invalidated(client, queryKeys.alarms)).toBe(true);
    expect(invalidated(client, queryKeys.users)).toBe(false);
  });
});

describe('the query client', () => {
  it('forgets the session when any request answers 401 AUTH.UNAUTHENTICATED', async () => {
    const client = createQueryClient();
    client.setQueryData(queryKeys.session, { account: { user: { id: 'u' } } });
    await client
      .fetchQuery({
        queryKey: queryKeys.alarms,
        queryFn: () => Promise.reject(new ApiError(401, 'AUTH.UNAUTHENTICATED', 'Please sign in.')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toEqual({ account: null });
  });

  it('keeps the session on other errors (403, 404)', async () => {
    const client = createQueryClient();
    const session = { account: { user: { id: 'u' } } };
    client.setQueryData(queryKeys.session, session);
    await client
      .fetchQuery({
        queryKey: queryKeys.users,
        queryFn: () => Promise.reject(new ApiError(403, 'AUTH.FORBIDDEN', 'No.')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.session)).toBe(session);
  });

  it('retries only network failures and 5xx, at most twice', () => {
    expect(shouldRetry(0, new ApiError(0, 'CLIENT.NETWORK', ''))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'SERVER.BUSY', ''))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, 'SERVER.BUSY', ''))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'X.NOT_FOUND', ''))).toBe(false);
    expect(shouldRetry(0, new ApiError(409, 'DETAINER.VERSION_CONFLICT', ''))).toBe(false);
  });
});
