import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NewApiTokenSchema } from '../../core/auth/api-token.schema.js';
import type { ApiTokenListing } from '../../core/auth/api-token.ports.js';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  type ApiTokenDeps,
} from '../../core/auth/api-tokens.use-cases.js';
import { unwrap } from '../errors/api-error.js';
import { requirePrincipal } from '../plugins/authentication.js';
import { errorResponses } from '../schemas/common.schema.js';
import { NewTokenDto, TokenDto, TokenListDto, TokenListQuery, TokenParams } from '../schemas/token.schema.js';

/** Personal API tokens: create (re-authenticated), list, revoke. Never answers a secret twice, nor a digest. */
export const tokenRoutes =
  (tokens: ApiTokenDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/tokens',
      {
        // A secret is never compressed beside text the client chose (BREACH).
        compress: false,
        schema: {
          tags: ['auth'],
          summary: 'Create a personal API token for machine clients (shown once)',
          description:
            'From a browser (cookie) session, give your current `password`, and the `code` of your second ' +
            'factor when you have one. An API token may not create tokens (403). Tokens expire after ' +
            '`expiresInDays` (default 90, at most 365).',
          body: NewApiTokenSchema,
          response: { 201: NewTokenDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const created = unwrap(
          await createApiToken(tokens, requirePrincipal(request), request.body, { address: request.ip }),
        );
        return reply.code(201).send({
          id: created.id,
          name: created.name,
          createdAt: created.createdAt.toISOString(),
          expiresAt: created.expiresAt.toISOString(),
          token: created.secret,
        });
      },
    );

    app.get(
      '/tokens',
      {
        schema: {
          tags: ['auth'],
          summary: "The caller's API tokens (admins: with ?all=true, every token of their agency)",
          querystring: TokenListQuery,
          response: { 200: TokenListDto, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const list = unwrap(
          await listApiTokens(tokens, requirePrincipal(request), { all: request.query.all === true }),
        );
        return { tokens: list.map(tokenJson) };
      },
    );

    app.delete(
      '/tokens/:id',
      {
        schema: {
          tags: ['auth'],
          summary: 'Revoke an API token at once (your own; admins: any of their agency)',
          params: TokenParams,
          response: { 200: TokenDto, ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => {
        const revoked = unwrap(
          await revokeApiToken(tokens, requirePrincipal(request), request.params.id, { address: request.ip }),
        );
        return tokenJson(revoked);
      },
    );
  };

function tokenJson(token: ApiTokenListing): TokenDto {
  return {
    id: token.id,
    name: token.name,
    userId: token.userId,
    userEmail: token.userEmail,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
