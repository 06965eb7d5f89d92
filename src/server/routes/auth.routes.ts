import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AgencyRepository } from '../../core/agency/agency-repository.port.js';
import { currentAccount } from '../../core/auth/account.use-cases.js';
import { signOut, type AuthDeps } from '../../core/auth/auth.use-cases.js';
import { secondFactorStatus } from '../../core/auth/second-factor.use-cases.js';
import type { SecurityDeps } from '../../core/auth/security.ports.js';
import { guardedSignIn } from '../../core/auth/sign-in-guard.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal, SESSION_COOKIE } from '../plugins/authentication.js';
import { MeDto, SessionStateDto, SignInBody } from '../schemas/auth.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

export const authRoutes =
  (auth: AuthDeps, agencies: AgencyRepository, security: SecurityDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const account = async (principal: Parameters<typeof currentAccount>[1]) => {
      const { user, agency } = unwrap(await currentAccount({ users: auth.users, agencies }, principal));
      const secondFactor = await secondFactorStatus(auth, principal);
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
        agency: {
          id: agency.id,
          name: agency.name,
          kind: agency.kind,
          stateCode: agency.stateCode,
          countyFips: agency.countyFips,
          timeZone: agency.timeZone,
          synthetic: agency.synthetic,
        },
        secondFactor,
      };
    };

    app.post(
      '/auth/sign-in',
      {
        schema: {
          tags: ['auth'],
          security: [],
          summary: 'Sign in with email and password; sets an httpOnly session cookie',
          description:
            'Throttled per email and per client address: after repeated failures an attempt waits, then the ' +
            'account or address is locked for 15 minutes and even the right password answers 429 ' +
            'AUTH.TEMPORARILY_LOCKED with Retry-After. Unknown and known emails get the same answers.' +
            ' ' +
            'With a second factor, also give `code` (or a `recoveryCode`): after a correct password, a missing ' +
            'code answers 401 AUTH.SECOND_FACTOR_REQUIRED. An admin or supervisor without a second factor ' +
            'gets a session that may only enrol one (see `secondFactor` in the answer).',
          body: SignInBody,
          response: { 200: MeDto, ...errorResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        const { sessionSecret, user, expiresAt } = unwrap(
          await guardedSignIn(security, request.body, {
            address: request.ip,
            userAgent: request.headers['user-agent'],
          }),
        );
        reply.setCookie(SESSION_COOKIE, sessionSecret, {
          httpOnly: true,
          sameSite: 'strict',
          secure: request.protocol === 'https',
          path: '/',
          expires: expiresAt,
        });
        return account({ userId: user.id, agencyId: user.agencyId, role: user.role, via: 'session' });
      },
    );

    app.post(
      '/auth/sign-out',
      { schema: { tags: ['auth'], security: [], summary: 'End the session', response: { 204: Type.Null() } } },
      async (request, reply) => {
        const session = request.cookies[SESSION_COOKIE];
        if (session) await signOut(auth, session);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and agency',
          response: { 200: MeDto, ...errorResponses(401) },
        },
      },
      async (request) => account(requirePrincipal(request)),
    );

    app.get(
      '/auth/session',
      {
        schema: {
          tags: ['auth'],
          security: [],
          summary: 'Whether the caller is signed in: the account, or null (never 401)',
          response: { 200: SessionStateDto },
        },
      },
      async (request) => ({ account: request.principal ? await account(request.principal) : null }),
    );
  };
