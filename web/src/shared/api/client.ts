/**
 * The one way the web app talks to the API (the fetch core). Every error answer has the shape
 * {"error": {"code", "message", "details", "requestId"}}; it is thrown as an ApiError.
 *
 * Callers never use this module's `request` directly: they call the typed per-endpoint functions
 * of ./endpoints.ts, whose answer types come from the server's schemas.
 */

export const DEFAULT_API_BASE = '/api/v1';

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

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, CLIENT_ERROR.unexpected, error instanceof Error ? error.message : String(error));
}

export interface ApiConfig {
  /** Where the API lives: "/api/v1" in the browser; "http://127.0.0.1:PORT/api/v1" in Node tests. */
  readonly baseUrl: string;
  /** The fetch to use (a test may pass one that keeps cookies). */
  readonly fetch: typeof fetch;
}

let config: ApiConfig = { baseUrl: DEFAULT_API_BASE, fetch: (...args) => globalThis.fetch(...args) };

/** Points the API functions elsewhere (tests); answers a function that restores the previous setting. */
export function configureApi(next: Partial<ApiConfig>): () => void {
  const previous = config;
  config = { ...config, ...next };
  return () => {
    config = previous;
  };
}

/** The absolute or root-relative URL of an API path, e.g. for a download link. */
export function apiUrl(path: string): string {
  return `${config.baseUrl}${path}`;
}

export type QueryValue = string | number | boolean | null | undefined;

/** "?a=1&b=x" from the defined values (undefined and null are left out), or "" when there are none. */
export function queryString(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export interface RequestOptions {
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body (an object or array), or text with its content type (a CSV file). */
  readonly body?: unknown;
  readonly text?: { readonly content: string; readonly contentType: string };
  readonly signal?: AbortSignal | undefined;
}

/**
 * Sends one request and answers the parsed JSON (undefined for 204). The type parameter is set
 * only by the endpoint functions, each from the schema of its route's answer.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | null = null;
  if (options.text) {
    headers['content-type'] = options.text.contentType;
    body = options.text.content;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await config.fetch(`${config.baseUrl}${path}${queryString(options.query)}`, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
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
    const details = envelope.details;
    return new ApiError(
      response.status,
      envelope.code,
      envelope.message,
      typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {},
      typeof envelope.requestId === 'string' ? envelope.requestId : null,
    );
  }
  return new ApiError(
    response.status,
    CLIENT_ERROR.unexpected,
    `The server answered ${response.status} ${response.statusText}`.trim() + '.',
  );
}
