import type { Command } from 'commander';
import { resetSecondFactor } from '../../core/auth/second-factor.use-cases.js';
import { isTotpSecret, totpCode, TOTP_PERIOD_SECONDS } from '../../core/auth/totp.js';
import { normaliseEmail } from '../../core/auth/user.js';
import { CliError, EXIT } from '../exit-codes.js';
import { printJson, valueOf, type CliContext } from '../context.js';

/** `users reset-second-factor` (beside the other `users` commands) and `totp-code`. */
export function registerSecondFactor(program: Command, context: CliContext): void {
  const users = program.commands.find((command) => command.name() === 'users');
  if (!users) throw new Error('register the users command first');
  users
    .command('reset-second-factor')
    .description("remove a user's second factor (e.g. a lost phone) and end their sessions; they enrol again")
    .requiredOption('--email <email>', 'sign-in email of the user')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; json?: boolean }) => {
      const reset = await context.withServices(async (services) => {
        const user = await services.auth.users.findByEmail(normaliseEmail(options.email));
        if (!user) throw new CliError(EXIT.NOT_FOUND, 'email: no user with this email');
        return valueOf(await resetSecondFactor(services.auth, undefined, user.id, { address: null }));
      });
      if (options.json) return printJson(context, { userId: reset.user.id, hadFactor: reset.hadFactor });
      context.out(
        reset.hadFactor
          ? `Removed the second factor of ${reset.user.email} and ended their sessions.\n`
          : `${reset.user.email} had no second factor; their sessions are ended.\n`,
      );
    });

  program
    .command('totp-code')
    .description(
      'print the current 6-digit TOTP code of a base32 secret, e.g. the DEMO secret the demo banner shows ' +
        '(any authenticator app gives the same codes)',
    )
    .requiredOption('--secret <base32>', 'the TOTP secret (base32)')
    .option('--json', 'print JSON')
    .action((options: { secret: string; json?: boolean }) => {
      const secret = options.secret.replace(/\s/g, '').toUpperCase();
      if (!isTotpSecret(secret)) {
        throw new CliError(EXIT.USAGE, '--secret: must be base32 (A-Z, 2-7) of at least 26 characters');
      }
      const now = context.now();
      const code = totpCode(secret, now);
      const validForSeconds = TOTP_PERIOD_SECONDS - (Math.floor(now.getTime() / 1000) % TOTP_PERIOD_SECONDS);
      if (options.json) return printJson(context, { code, validForSeconds });
      context.out(`${code}\n`);
    });
}
