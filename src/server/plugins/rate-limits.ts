import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimits } from '../../config/config.js';
import { ApiError } from '../errors/api-error.js';

/**
 * How a route is limited: every API route counts against the caller's general budget; `expensive`
 * routes (replay, bulk intake) also against a stricter one, `expensive-lists` only when the body is
 * a list (evaluate); `portal` routes (the public figures: statistics, releases, the law map and
 * panel, answered from rollups and caches, a page asking up to a dozen) against their own budget
 * between the two; `none` is never limited (health).
 */
export type RouteLimit = 'none' | 'expensive' | 'expensive-lists' | 'portal';

declare module 'fastify' {
  interface FastifyContextConfig {
    limit?: RouteLimit;
  }
}

/**
 * Rate limits (@fastify/rate-limit, in-memory counters per process): anonymous callers per address
 * (the proxy's X-Forwarded-For when TRUST_PROXY), signed-in callers per user whatever their
 * address. Over a limit the answer is 429 REQUEST.RATE_LIMITED with Retry-After and the error
 * envelope. Runs after authentication (which resolves the user) and before the body is read; the
 * stricter bucket of the costly routes is checked once the body is read (an evaluate list).
 */
export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(fastifyRateLimit, { global: false });
  const windowMs = limits.windowSeconds * 1000;
  const key = (request: FastifyRequest) =>
    request.principal ? `user:${request.principal.userId}` : `address:${request.ip}`;
  const general = app.createRateLimit({
    keyGenerator: key,
    timeWindow: windowMs,
    max: (request) => (request.principal ? limits.user : limits.anonymous),
  });
  const expensive = app.createRateLimit({
    keyGenerator: key,
    timeWindow: windowMs,
    max: (request) => (request.principal ? limits.expensiveUser : limits.expensiveAnonymous),
  });

  const portal = app.createRateLimit({
    keyGenerator: key,
    timeWindow: windowMs,
    max: (request) => (request.principal ? limits.portalUser : limits.portalAnonymous),
  });

  const check = async (request: FastifyRequest, limiter: typeof general, bucket: string) => {
    const verdict = await limiter(request);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    const who = request.principal ? 'this user' : 'this address';
    throw new ApiError(
      'REQUEST.RATE_LIMITED',
      `Too many ${bucket === 'expensive' ? 'costly ' : ''}requests from ${who}; try again in ${verdict.ttlInSeconds} s.`,
      {
        retryAfterSeconds: verdict.ttlInSeconds,
        limit: verdict.max,
        windowSeconds: limits.windowSeconds,
        bucket,
        per: request.principal ? 'user' : 'address',
      },
    );
  };
  const limitOf = (request: FastifyRequest): RouteLimit | undefined =>
    (request.routeOptions.config as { limit?: RouteLimit } | undefined)?.limit;

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || limitOf(request) === 'none') return;
    await check(request, general, 'general');
  });
  app.addHook('preValidation', async (request) => {
    const limit = limitOf(request);
    if (limit === 'expensive' || (limit === 'expensive-lists' && Array.isArray(request.body))) {
      await check(request, expensive, 'expensive');
    } else if (limit === 'portal') {
      await check(request, portal, 'portal');
    }
  });
}
