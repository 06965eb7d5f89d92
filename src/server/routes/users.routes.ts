import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AccountChangeSchema, NewAccountSchema, PasswordSchema } from '../../core/auth/account.schema.js';
import type { SecurityDeps } from '../../core/auth/security.ports.js';
import {
  addAccount,
  changeAccount,
  disableAccount,
  enableAccount,
  listAccounts,
  setAccountPassword,
  unlockAccount,
  type AccountView,
} from '../../core/auth/user-admin.use-cases.js';
import type { UserId } from '../../core/shared/ids.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { AccountDto, AccountListDto, UserIdParams } from '../schemas/account.schema.js';
import { errorResponses } from '../schemas/common.schema.js';

export function accountJson(account: AccountView): AccountDto {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    disabled: account.disabled,
    lockedUntil: account.lockedUntil?.toISOString() ?? null,
    createdAt: account.createdAt.toISOString(),
    lastSignInAt: account.lastSignInAt?.toISOString() ?? null,
  };
}

/**
 * The agency's user accounts, for its admins: another agency's user answers 404. Every change is
 * a security event; disabling ends the user's sessions and API tokens; an agency keeps an enabled admin.
 */
export const userRoutes =
  (security: SecurityDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const tags = ['users'];

    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: "The caller's agency's users (admins only)",
          response: { 200: AccountListDto, ...errorResponses(401, 403) },
        },
      },
      async (request) => ({
        users: unwrap(await listAccounts(security, requirePrincipal(request))).map(accountJson),
      }),
    );

    app.post(
      '/users',
      {
        schema: {
          tags,
          summary: "Add a user to the caller's agency (admins only)",
          body: NewAccountSchema,
          response: { 201: AccountDto, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => {
        const added = unwrap(
          await addAccount(security, requirePrincipal(request), request.body, { address: request.ip }),
        );
        return reply.code(201).header('location', `/api/v1/users/${added.id}`).send(accountJson(added));
      },
    );

    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: "Change a user's role or display name (admins only)",
          params: UserIdParams,
          body: AccountChangeSchema,
          response: { 200: AccountDto, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        accountJson(
          unwrap(
            await changeAccount(security, requirePrincipal(request), request.params.id as UserId, request.body, {
              address: request.ip,
            }),
          ),
        ),
    );

    const actions = {
      disable: { use: disableAccount, summary: 'Disable a user: sign-in refused, sessions and API tokens ended' },
      enable: { use: enableAccount, summary: 'Enable a disabled user again' },
      unlock: { use: unlockAccount, summary: "Lift a user's sign-in lock after failed attempts" },
    } as const;
    for (const [action, { use, summary }] of Object.entries(actions)) {
      app.post(
        `/users/:id/${action}`,
        {
          schema: {
            tags,
            summary: `${summary} (admins only)`,
            params: UserIdParams,
            response: { 200: AccountDto, ...errorResponses(401, 403, 404, 409) },
          },
        },
        async (request) =>
          accountJson(
            unwrap(
              await use(security, requirePrincipal(request), request.params.id as UserId, { address: request.ip }),
            ),
          ),
      );
    }

    app.post(
      '/users/:id/password',
      {
        schema: {
          tags,
          summary: "Set a user's password (admins only); the user's sessions end",
          params: UserIdParams,
          body: PasswordSchema,
          response: { 200: AccountDto, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        accountJson(
          unwrap(
            await setAccountPassword(
              security,
              requirePrincipal(request),
              request.params.id as UserId,
              request.body.password,
              { address: request.ip },
            ),
          ),
        ),
    );
  };
