import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

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
  // Busy or rate limited: the details say when to try again, and so does the standard header.
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  return reply
    .code(error.statusCode)
    .type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message: error.message, details: error.details, requestId: request.id } });
}

function toApiError(error: FastifyError | ApiError): ApiError {
  if (error instanceof ApiError) return error;
  const fastifyError = error as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
  if (fastifyError.validation && fastifyError.validation.length > 0) {
    return validationError(fastifyError.validationContext ?? 'body', fastifyError.validation[0]!);
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.', { field: 'body' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('REQUEST.BODY_TOO_LARGE', 'The request body is larger than this server accepts.', {
        field: 'body',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.', {
        field: 'content-type',
      });
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new ApiError('REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.', { field: 'body' });
  }
  if (fastifyError.statusCode === 503) return new ApiError('SERVER.SHUTTING_DOWN', 'The server is shutting down.');
  return new ApiError('SERVER.INTERNAL', 'Something went wrong on our side. The request id identifies it in our logs.');
}

/** Names the field as `body.subject.reference` and says what is wrong, without repeating the value. */
function validationError(context: string, issue: ValidationIssue): ApiError {
  const path = issue.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  let problem = issue.message ?? 'is invalid';
  if (issue.keyword === 'additionalProperties') {
    path.push(String(issue.params.additionalProperty));
    problem = 'is not a known field';
  } else if (issue.keyword === 'required') {
    path.push(String(issue.params.missingProperty));
    problem = 'is required';
  } else if (issue.keyword === 'anyOf' || issue.keyword === 'enum' || issue.keyword === 'const') {
    problem = 'is not one of the allowed values';
  }
  const field = [context, ...path].join('.');
  return new ApiError('REQUEST.VALIDATION', `${field} ${problem}`, { field, problem });
}
