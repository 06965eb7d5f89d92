import type { Command } from 'commander';
import {
  disableAccount,
  enableAccount,
  unlockEmail,
  viewAccount,
  type AccountView,
} from '../../core/auth/user-admin.use-cases.js';
import { normaliseEmail } from '../../core/auth/user.js';
import type { Services } from '../../composition/services.js';
import { printJson, valueOf, type CliContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';

/**
 * `users disable|enable|unlock --email E`: an operator on the server acts on any account through
 * the same use cases as the admin API (without an admin's agency limit). Each is a security event.
 */
export function registerUserAdmin(users: Command, context: CliContext): void {
  const describe = (account: AccountView) =>
    `${account.email} (${account.id}): ${account.disabled ? 'disabled' : 'enabled'}, ` +
    `${account.lockedUntil ? `locked until ${account.lockedUntil.toISOString()}` : 'not locked'}\n`;

  const print = (account: AccountView, json: boolean | undefined) =>
    json ? printJson(context, { user: accountJson(account) }) : context.out(describe(account));

  for (const [name, use, description] of [
    ['disable', disableAccount, 'disable a user: sign-in refused, their sessions and API tokens end at once'],
    ['enable', enableAccount, 'enable a disabled user again'],
  ] as const) {
    users
      .command(name)
      .description(description)
      .requiredOption('--email <email>', 'the user')
      .option('--json', 'print JSON')
      .action(async (options: { email: string; json?: boolean }) => {
        const account = await context.withServices(async (services) => {
          const id = await userIdByEmail(services, options.email);
          return valueOf(await use(services.security, undefined, id, { address: null }));
        });
        print(account, options.json);
      });
  }

  users
    .command('unlock')
    .description("lift an email's sign-in lock after failed attempts (whether or not it has an account)")
    .requiredOption('--email <email>', 'the email the attempts were made with')
    .option('--json', 'print JSON')
    .action(async (options: { email: string; json?: boolean }) => {
      const account = await context.withServices(async (services) => {
        const unlocked = await unlockEmail(services.security, options.email);
        return unlocked && valueOf(await viewAccount(services.security, undefined, unlocked.id));
      });
      if (account) return print(account, options.json);
      if (options.json) return printJson(context, { user: null, unlocked: true });
      context.out('Unlocked (no account has this email).\n');
    });
}

async function userIdByEmail(services: Services, email: string) {
  const user = await services.auth.users.findByEmail(normaliseEmail(email));
  if (!user) throw new CliError(EXIT.NOT_FOUND, 'email: no user with this email');
  return user.id;
}

function accountJson(account: AccountView) {
  return {
    id: account.id,
    agencyId: account.agencyId,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    disabled: account.disabled,
    lockedUntil: account.lockedUntil,
    createdAt: account.createdAt,
    lastSignInAt: account.lastSignInAt,
  };
}
