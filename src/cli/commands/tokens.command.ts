import type { Command } from 'commander';
import type { ApiTokenListing } from '../../core/auth/api-token.ports.js';
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
} from '../../core/auth/api-tokens.use-cases.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import { principalOf } from '../../core/auth/auth.use-cases.js';
import { normaliseEmail } from '../../core/auth/user.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { CliError, EXIT } from '../exit-codes.js';
import { type CliContext, optionValueOf, printJson, printTable, valueOf } from '../context.js';

export function registerTokens(program: Command, context: CliContext): void {
  const tokens = program.command('tokens').description('personal API tokens for machine clients');
  tokens
    .command('create')
    .description("create an API token for a user; it acts with that user's role and agency and is shown only once")
    .requiredOption('--user <email>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "records system sync"')
    .option(
      '--expires-in-days <days>',
      `days until the token stops working, 1 to ${TOKEN_MAX_DAYS} (default ${TOKEN_DEFAULT_DAYS})`,
    )
    .option('--json', 'print JSON')
    .action(async (options: { user: string; name: string; expiresInDays?: string; json?: boolean }) => {
      const created = await context.withServices(async (services) => {
        const user = await services.auth.users.findByEmail(normaliseEmail(options.user));
        if (!user || user.disabled) throw new CliError(EXIT.NOT_FOUND, 'user: no active user with this email');
        return optionValueOf(
          // Checked by the core with the schema of POST /api/v1/tokens.
          await createApiToken(
            services.auth,
            principalOf(user, 'cli'),
            {
              name: options.name,
              ...(options.expiresInDays === undefined ? {} : { expiresInDays: options.expiresInDays }),
            },
            { address: null },
          ),
        );
      });
      if (options.json) {
        return printJson(context, {
          id: created.id,
          name: created.name,
          createdAt: created.createdAt,
          expiresAt: created.expiresAt,
          token: created.secret,
        });
      }
      context.out(`${created.secret}\n`);
      context.err(
        `Store this token now: it is not shown again. Send it as "Authorization: Bearer <token>". ` +
          `It expires at ${created.expiresAt.toISOString()}.\n`,
      );
    });

  tokens
    .command('list')
    .description('list API tokens (never their secrets), of one user or agency, or all')
    .option('--user <email>', "only this user's tokens")
    .option('--agency <id>', "only tokens of this agency's users")
    .option('--json', 'print JSON')
    .action(async (options: { user?: string; agency?: string; json?: boolean }) => {
      const filter = optionValueOf(operatorFilter({ user: options.user, agency: options.agency }));
      const list = await context.withServices(async (services) => {
        let userId;
        if (filter.user) {
          const user = await services.auth.users.findByEmail(normaliseEmail(filter.user));
          if (!user) throw new CliError(EXIT.NOT_FOUND, 'user: no user with this email');
          userId = user.id;
        }
        return valueOf(
          await listApiTokens(services.auth, undefined, {
            ...(userId ? { userId } : {}),
            ...(filter.agency ? { agencyId: filter.agency as AgencyId } : {}),
          }),
        );
      });
      if (options.json) return printJson(context, { tokens: list.map(tokenJson) });
      const now = context.now();
      printTable(
        context,
        ['ID', 'NAME', 'USER', 'CREATED', 'EXPIRES', 'LAST USED', 'STATE'],
        list.map((t) => [
          t.id,
          t.name,
          t.userEmail,
          t.createdAt.toISOString(),
          t.expiresAt.toISOString(),
          t.lastUsedAt?.toISOString() ?? '-',
          t.revokedAt ? 'revoked' : t.expiresAt <= now ? 'expired' : 'active',
        ]),
      );
    });

  tokens
    .command('revoke')
    .description('revoke an API token at once (see: tokens list)')
    .argument('<id>', 'the token id')
    .option('--json', 'print JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      const revoked = await context.withServices(async (services) =>
        valueOf(await revokeApiToken(services.auth, undefined, id, { address: null })),
      );
      if (options.json) return printJson(context, { token: tokenJson(revoked) });
      context.out(`Revoked token ${revoked.id} (${revoked.name}) of ${revoked.userEmail}.\n`);
    });
}

function tokenJson(token: ApiTokenListing) {
  return {
    id: token.id,
    name: token.name,
    userId: token.userId,
    userEmail: token.userEmail,
    agencyId: token.agencyId,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
