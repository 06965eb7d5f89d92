import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  confirmSecondFactorEnrolment,
  disableSecondFactor,
  resetSecondFactor,
  startSecondFactorEnrolment,
  type SecondFactorDeps,
} from '../../core/auth/second-factor.use-cases.js';
import type { UserId } from '../../core/shared/ids.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import {
  ConfirmBody,
  DisableBody,
  EnrolBody,
  EnrolmentDto,
  RecoveryCodesDto,
  ResetDto,
  UserParams,
} from '../schemas/second-factor.schema.js';

/** Paths a session that must still enrol a second factor may use (see plugins/second-factor-gate.ts). */
export const ENROLMENT_PATHS = ['/api/v1/auth/second-factor/enrol', '/api/v1/auth/second-factor/confirm'] as const;

/** TOTP second factor: enrol, confirm, turn off; an admin's reset of a user's factor. */
export const secondFactorRoutes =
  (deps: SecondFactorDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/auth/second-factor/enrol',
      {
        // A secret is never compressed beside text the client chose (BREACH).
        compress: false,
        schema: {
          tags: ['auth'],
          summary: 'Start enrolling a TOTP second factor: answers its secret and otpauth:// URI, once',
          description: 'Needs your current password. Restarting an unconfirmed enrolment replaces its secret.',
          body: EnrolBody,
          response: { 200: EnrolmentDto, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request) => {
        return unwrap(
          await startSecondFactorEnrolment(deps, requirePrincipal(request), request.body, { address: request.ip }),
        );
      },
    );

    app.post(
      '/auth/second-factor/confirm',
      {
        schema: {
          tags: ['auth'],
          summary: 'Activate the enrolled factor with a current code; answers 10 single-use recovery codes, once',
          body: ConfirmBody,
          response: { 200: RecoveryCodesDto, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request) => {
        return unwrap(
          await confirmSecondFactorEnrolment(deps, requirePrincipal(request), request.body, { address: request.ip }),
        );
      },
    );

    app.delete(
      '/auth/second-factor',
      {
        schema: {
          tags: ['auth'],
          summary: 'Turn the second factor off (password and a current code); not for admins and supervisors',
          body: DisableBody,
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        unwrap(await disableSecondFactor(deps, requirePrincipal(request), request.body, { address: request.ip }));
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/users/:id/second-factor/reset',
      {
        schema: {
          tags: ['users'],
          summary: "Admins: remove a user's second factor (e.g. a lost phone) and end that user's sessions",
          params: UserParams,
          response: { 200: ResetDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const reset = unwrap(
          await resetSecondFactor(deps, requirePrincipal(request), request.params.id as UserId, {
            address: request.ip,
          }),
        );
        return { userId: reset.user.id, hadFactor: reset.hadFactor };
      },
    );
  };
