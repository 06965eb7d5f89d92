import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

/** The one place that turns failures into the `{error: {code, message, details}}` envelope. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError = toApiError(error);
    if (apiError.statusCode >= 500) {
      // Internals go to the log only, and never the request body (it may hold personal data).
      request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
    }
    return send(reply, request, apiError);
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, new ApiError('ROUTE.NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}

function send(reply: FastifyReply, request: FastifyRequest, error: ApiError) {
  // A refusal that ends at a known time (a throttled sign-in, a busy server, a rate limit) says when to
  // try again, in the details and in the standard header.
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message: error.message, details: error.details, requestId: request.id } });
}

function toApiError(error: FastifyError | ApiError): ApiError {
  if (error instanceof ApiError) return error;
  const fastifyError = error as FastifyError & { validationContext?: string };
  // Every schema check answers an ApiError (plugins/validator-compiler.ts); this names the part if one did not.
  if (fastifyError.code === 'FST_ERR_VALIDATION') {
    const field = fastifyError.validationContext ?? 'body';
    return new ApiError('REQUEST.INVALID_FIELD', `${field}: is invalid`, {
      field,
      problem: 'is invalid',
      kind: 'invalid',
    });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return malformedJson();
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('REQUEST.BODY_TOO_LARGE', 'The request body is larger than this server accepts.', {
        field: 'body',
        problem: 'is larger than this server accepts',
        kind: 'tooLarge',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.', {
        field: 'content-type',
        problem: 'must be application/json',
        kind: 'oneOf',
        allowed: ['application/json'],
      });
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return malformedJson();
  if (fastifyError.statusCode === 503) return new ApiError('SERVER.SHUTTING_DOWN', 'The server is shutting down.');
  return new ApiError('SERVER.INTERNAL', 'Something went wrong on our side. The request id identifies it in our logs.');
}

/** A body that is not JSON text; `at` is the character where reading stopped (the text itself is never repeated). */
export function malformedJson(at?: number): ApiError {
  const where = at === undefined ? '' : ` (at character ${at})`;
  return new ApiError('REQUEST.MALFORMED_JSON', `The request body is not valid JSON${where}.`, {
    field: 'body',
    problem: `is not valid JSON${where}`,
    kind: 'notJson',
  });
}
