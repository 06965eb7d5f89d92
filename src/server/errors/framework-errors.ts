import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

/** Fastify's limit on one path parameter (its default, 100 characters). */
export const MAX_PARAM_LENGTH = 100;

/**
 * Errors the router raises before any route runs (a path segment that is not valid percent-encoded
 * UTF-8, e.g. a lone surrogate; a path parameter over MAX_PARAM_LENGTH characters). Fastify's own
 * answer is not the error envelope and repeats the whole URL; this answers 400 REQUEST.INVALID_FIELD
 * naming the parameter (found by looking the path up with that segment replaced), never the URL.
 */
export function frameworkErrorHandler() {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
    const field = parameterAt(request.server, request.raw.method ?? 'GET', request.raw.url ?? '', tooLong);
    const problem = tooLong
      ? `must be at most ${MAX_PARAM_LENGTH} characters`
      : 'must be valid percent-encoded UTF-8 text';
    const said = tooLong ? { kind: 'maxLength', limit: MAX_PARAM_LENGTH } : { kind: 'encoding' };
    const apiError = new ApiError('REQUEST.INVALID_FIELD', `${field}: ${problem}`, { field, problem, ...said });
    // No route ran, so no hook did either: the headers every answer carries are set here.
    reply.headers({
      'x-request-id': request.id,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    return reply
      .code(apiError.statusCode)
      .type('application/json; charset=utf-8')
      .send({
        error: { code: apiError.code, message: apiError.message, details: apiError.details, requestId: request.id },
      });
  };
}

const MARKER = 'x-invalid-segment';

/** The name of the path parameter that holds the faulty segment, or "path" when no route says. */
function parameterAt(app: FastifyInstance, method: string, url: string, tooLong: boolean): string {
  const path = url.split('?')[0] ?? '';
  const segments = path.split('/');
  const faulty = (segment: string) => {
    try {
      const decoded = decodeURIComponent(segment);
      return tooLong && decoded.length > MAX_PARAM_LENGTH;
    } catch {
      return !tooLong;
    }
  };
  const index = segments.findIndex(faulty);
  if (index < 0) return 'path';
  segments[index] = MARKER;
  try {
    const route = app.findRoute({ method: method as 'GET', url: segments.join('/') });
    const name = Object.entries((route?.params ?? {}) as Record<string, string>).find(([, v]) => v === MARKER)?.[0];
    return name ?? 'path';
  } catch {
    return 'path';
  }
}
