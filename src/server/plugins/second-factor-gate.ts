import type { FastifyInstance } from 'fastify';
import { enrolmentPending, type SecondFactorDeps } from '../../core/auth/second-factor.use-cases.js';
import { ENROLMENT_PATHS } from '../routes/second-factor.routes.js';

/** Routes a caller who must still enrol a second factor keeps their identity on. */
const OPEN_WHILE_ENROLLING = new Set<string>([
  ...ENROLMENT_PATHS,
  '/api/v1/auth/me',
  '/api/v1/auth/session',
  '/api/v1/auth/sign-out',
]);

/**
 * An admin or supervisor without a confirmed second factor may only enrol one: on every other route
 * they count as not signed in, and a route that needs a caller answers 403
 * AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED (requirePrincipal). Public routes still answer as to anyone.
 * Runs after the authentication hook.
 */
export function installSecondFactorGate(app: FastifyInstance, deps: Pick<SecondFactorDeps, 'secondFactor'>): void {
  app.addHook('onRequest', async (request) => {
    const principal = request.principal;
    if (!principal || !(await enrolmentPending(deps, principal))) return;
    if (OPEN_WHILE_ENROLLING.has(request.routeOptions.url ?? '')) return;
    request.principal = undefined;
    request.secondFactorEnrolmentPending = true;
  });
}
