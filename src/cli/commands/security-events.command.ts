import type { Command } from 'commander';
import { listSecurityEvents } from '../../core/auth/security-events.use-cases.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { type CliContext, optionValueOf, printJson, printTable } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';

interface ListOptions {
  agency?: string;
  kind?: string;
  user?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

export function registerSecurityEvents(program: Command, context: CliContext): void {
  const events = program
    .command('security-events')
    .description('the security event log: sign-ins, locks, account changes');
  events
    .command('list')
    .description("an agency's security events, newest first (without --agency: every event, also those of no agency)")
    .option('--agency <id>', 'only this agency (see: agencies list)')
    .option('--kind <kind>', 'only this kind, e.g. sign-in.failed, account.locked')
    .option('--user <id>', 'only this user id')
    .option('--from <instant>', 'from this ISO 8601 instant')
    .option('--to <instant>', 'before this ISO 8601 instant')
    .option('--limit <n>', 'at most this many (1-500)', '100')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print JSON')
    .action(async (options: ListOptions) => {
      const agencyId = optionValueOf(operatorFilter({ agency: options.agency })).agency as AgencyId | undefined;
      const page = await context.withServices(async (services) => {
        if (agencyId !== undefined && !(await services.agencies.findById(agencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        // Checked by the core with the schema of GET /api/v1/security-events (the option names are its fields').
        const { agency: _agency, json: _json, user, ...rest } = options;
        const query = { ...rest, ...(user === undefined ? {} : { userId: user }) };
        return optionValueOf(await listSecurityEvents(services.security, undefined, query, agencyId), {
          userId: 'user',
        });
      });
      if (options.json) return printJson(context, page);
      printTable(
        context,
        ['WHEN', 'KIND', 'USER', 'ADDRESS', 'DETAILS'],
        page.events.map((e) => [
          e.occurredAt.toISOString(),
          e.kind,
          e.userEmail ?? (e.emailDigest ? `(no account) ${e.emailDigest.slice(0, 12)}` : ''),
          e.address ?? '',
          Object.entries(e.details)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(' '),
        ]),
      );
      context.err(`${page.events.length} of ${page.total} events\n`);
    });
}
