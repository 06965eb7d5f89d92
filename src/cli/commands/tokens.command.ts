import type { Command } from 'commander';
import { createApiToken, principalOf } from '../../core/auth/auth.use-cases.js';
import { normaliseEmail } from '../../core/auth/user.js';
import { CliError, EXIT } from '../exit-codes.js';
import { printJson, valueOf, type CliContext } from '../context.js';

export function registerTokens(program: Command, context: CliContext): void {
  const tokens = program.command('tokens').description('personal API tokens for machine clients');
  tokens
    .command('create')
    .description("create an API token for a user; it acts with that user's role and agency and is shown only once")
    .requiredOption('--user <email>', 'the user the token acts as')
    .requiredOption('--name <name>', 'what the token is for, e.g. "records system sync"')
    .option('--json', 'print JSON')
    .action(async (options: { user: string; name: string; json?: boolean }) => {
      const created = await context.withServices(async (services) => {
        const user = await services.auth.users.findByEmail(normaliseEmail(options.user));
        if (!user || user.disabled) throw new CliError(EXIT.NOT_FOUND, 'user: no active user with this email');
        return valueOf(await createApiToken(services.auth, principalOf(user, 'cli'), { name: options.name }));
      });
      if (options.json) {
        return printJson(context, {
          id: created.id,
          name: created.name,
          createdAt: created.createdAt,
          token: created.secret,
        });
      }
      context.out(`${created.secret}\n`);
      context.err('Store this token now: it is not shown again. Send it as "Authorization: Bearer <token>".\n');
    });
}
