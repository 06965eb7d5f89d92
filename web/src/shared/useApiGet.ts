import { useEffect, useState } from 'react';
import { apiGet, toApiError, type ApiError } from './api';

export type Resource<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly data: T }
  | { readonly status: 'error'; readonly error: ApiError };

/** GETs an API path and re-fetches when it changes; a result is only ever shown for its own path. */
export function useApiGet<T>(path: string | null): Resource<T> {
  const [result, setResult] = useState<{ path: string; resource: Resource<T> } | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    apiGet<T>(path, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ path, resource: { status: 'ok', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ path, resource: { status: 'error', error: toApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [path]);

  if (path === null || result === null || result.path !== path) return { status: 'loading' };
  return result.resource;
}
