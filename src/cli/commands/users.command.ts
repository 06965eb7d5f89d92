import type { Command } from 'commander';
import { addUser } from '../../core/auth/auth.use-cases.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import { ROLES } from '../../core/auth/roles.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { CliError, EXIT } from '../exit-codes.js';
import { type CliContext, optionValueOf, printJson, printTable } from '../context.js';
import { registerUserAdmin } from './user-admin.command.js';

interface AddOptions {
  agency: string;
  email: string;
  name: string;
  role: string;
  passwordStdin?: boolean;
  json?: boolean;
}

export function registerUsers(program: Command, context: CliContext): void {
  const users = program.command('users').description('user accounts');

  users
    .command('add')
    .description('add a user; the password is read from standard input or DD_PASSWORD, never from the command line')
    .requiredOption('--agency <id>', 'agency id (see: agencies list)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--json', 'print JSON')
    .action(async (options: AddOptions) => {
      const password = options.passwordStdin
        ? ((await context.readStdin()).split(/\r?\n/)[0] ?? '')
        : context.env('DD_PASSWORD');
      if (!password)
        throw new CliError(EXIT.USAGE, 'password: give it on standard input with --password-stdin, or in DD_PASSWORD');
      optionValueOf(operatorFilter({ agency: options.agency }));
      const user = await context.withServices(async (services) => {
        if (!(await services.agencies.findById(options.agency as AgencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        return optionValueOf(
          await addUser(services.auth, undefined, {
            agencyId: options.agency as AgencyId,
            email: options.email,
            displayName: options.name,
            role: options.role,
            password,
          }),
          { displayName: 'name' },
        );
      });
      if (options.json) return printJson(context, { user });
      context.out(`Added ${user.role} ${user.email} (${user.id}).\n`);
    });

  users
    .command('list')
    .description('list users, optionally of one agency')
    .option('--agency <id>', 'only this agency')
    .option('--json', 'print JSON')
    .action(async (options: { agency?: string; json?: boolean }) => {
      const { agency } = optionValueOf(operatorFilter({ agency: options.agency }));
      const list = await context.withServices((s) => s.auth.users.list(agency ? { agencyId: agency as AgencyId } : {}));
      if (options.json) return printJson(context, { users: list });
      printTable(
        context,
        ['ID', 'EMAIL', 'ROLE', 'AGENCY', 'DISABLED'],
        list.map((u) => [u.id, u.email, u.role, u.agencyId, u.disabled ? 'yes' : 'no']),
      );
    });

  registerUserAdmin(users, context);
}
