import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticateToken } from '../../core/auth/api-tokens.use-cases.js';
import type { SecurityDeps } from '../../core/auth/security.ports.js';
import { authenticateSession } from '../../core/auth/session.use-cases.js';
import type { Principal } from '../../core/auth/principal.js';
import { ApiError } from '../errors/api-error.js';

export const SESSION_COOKIE = 'dd_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | undefined;
    /** Set by the second-factor gate: the caller must enrol a second factor before anything else. */
    secondFactorEnrolmentPending: boolean;
  }
}

/**
 * Resolves the caller from `Authorization: Bearer <token>` or the session cookie. A route that
 * needs a caller calls `requirePrincipal`; which roles may do what is decided in the core.
 */
export function installAuthentication(app: FastifyInstance, auth: SecurityDeps): void {
  app.decorateRequest('principal', undefined);
  app.decorateRequest('secondFactorEnrolmentPending', false);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      request.principal = match ? await authenticateToken(auth, match[1]!) : undefined;
      return;
    }
    const session = request.cookies[SESSION_COOKIE];
    if (session) request.principal = await authenticateSession(auth, session);
  });
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal) return request.principal;
  if (request.secondFactorEnrolmentPending) {
    throw new ApiError(
      'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
      'Your role requires a second factor: enrol one first (POST /api/v1/auth/second-factor/enrol).',
    );
  }
  throw new ApiError(
    'AUTH.UNAUTHENTICATED',
    request.headers.authorization === undefined
      ? 'Sign in, or send an API token as "Authorization: Bearer <token>".'
      : 'The API token is not valid.',
  );
}
