/**
 * The one way the web app talks to the API. Every error answer has the shape
 * {"error": {"code", "message", "details", "requestId"}}; it is thrown as an ApiError.
 */
export const API_BASE = '/api/v1';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    readonly requestId: string | null = null,
  ) {
    super(message);
  }
}

/** Codes the client produces itself, when there is no answer from the API to go by. */
export const CLIENT_ERROR = {
  network: 'CLIENT.NETWORK',
  unexpected: 'CLIENT.UNEXPECTED_RESPONSE',
} as const;

export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, undefined, signal);
}

/** POSTs a JSON body (or none); resolves to undefined on 204 No Content. */
export function apiPost<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>('POST', path, body, signal);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, CLIENT_ERROR.unexpected, error instanceof Error ? error.message : String(error));
}

async function request<T>(method: string, path: string, body: unknown, signal: AbortSignal | undefined): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, CLIENT_ERROR.network, 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  throw errorFrom(response, payload);
}

function errorFrom(response: Response, payload: unknown): ApiError {
  const envelope = (payload as { error?: Partial<Record<string, unknown>> } | undefined)?.error;
  if (envelope && typeof envelope.code === 'string' && typeof envelope.message === 'string') {
    return new ApiError(
      response.status,
      envelope.code,
      envelope.message,
      (envelope.details as Record<string, unknown> | undefined) ?? {},
      typeof envelope.requestId === 'string' ? envelope.requestId : null,
    );
  }
  return new ApiError(
    response.status,
    CLIENT_ERROR.unexpected,
    `The server answered ${response.status} ${response.statusText}`.trim() + '.',
  );
}
