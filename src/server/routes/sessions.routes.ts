import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { SecurityDeps } from '../../core/auth/security.ports.js';
import { listOwnSessions, revokeOtherSessions, revokeOwnSession } from '../../core/auth/session.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal, SESSION_COOKIE } from '../plugins/authentication.js';
import { RevokedDto, SessionListDto, SessionParams } from '../schemas/account.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

/** The caller's own sessions: list them, end one, or end all but the current one. */
export const sessionRoutes =
  (security: SecurityDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['auth'];

    app.get(
      '/auth/sessions',
      {
        schema: {
          tags,
          summary: "The caller's live sessions (never their secrets); `current` marks this one",
          response: { 200: SessionListDto, ...errorResponses(401) },
        },
      },
      async (request) => {
        const sessions = await listOwnSessions(security, requirePrincipal(request), request.cookies[SESSION_COOKIE]);
        return {
          sessions: sessions.map((s) => ({
            id: s.id,
            createdAt: s.createdAt.toISOString(),
            lastSeenAt: s.lastSeenAt.toISOString(),
            expiresAt: s.expiresAt.toISOString(),
            userAgent: s.userAgent,
            current: s.current,
          })),
        };
      },
    );

    app.delete(
      '/auth/sessions/:id',
      {
        schema: {
          tags,
          summary: "End one of the caller's sessions (another user's session is not found)",
          params: SessionParams,
          response: { 204: Type.Null(), ...errorResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        unwrap(await revokeOwnSession(security, requirePrincipal(request), request.params.id, request.ip));
        return reply.code(204).send(null);
      },
    );

    app.delete(
      '/auth/sessions',
      {
        schema: {
          tags,
          summary: 'End every session of the caller except the current one (with an API token: all of them)',
          response: { 200: RevokedDto, ...errorResponses(401) },
        },
      },
      async (request) => ({
        revoked: await revokeOtherSessions(
          security,
          requirePrincipal(request),
          request.cookies[SESSION_COOKIE],
          request.ip,
        ),
      }),
    );
  };
