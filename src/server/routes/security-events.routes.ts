import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listSecurityEvents } from '../../core/auth/security-events.use-cases.js';
import type { SecurityEventView } from '../../core/auth/security-event.ports.js';
import type { SecurityDeps } from '../../core/auth/security.ports.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { SecurityEventQuerySchema } from '../../core/auth/security-event.schema.js';
import { SecurityEventPageDto } from '../schemas/account.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

export function securityEventJson(event: SecurityEventView) {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    kind: event.kind,
    userId: event.userId,
    userEmail: event.userEmail,
    actorId: event.actorId,
    emailDigest: event.emailDigest,
    address: event.address,
    details: event.details,
  };
}

/** The caller's agency's security events, newest first: admins and auditors. */
export const securityEventRoutes =
  (security: SecurityDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/security-events',
      {
        schema: {
          tags: ['users'],
          summary: "The caller's agency's security events: sign-ins, locks, account changes (admins, auditors)",
          querystring: SecurityEventQuerySchema,
          response: { 200: SecurityEventPageDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const page = unwrap(await listSecurityEvents(security, requirePrincipal(request), request.query));
        return { ...page, events: page.events.map(securityEventJson) };
      },
    );
  };
