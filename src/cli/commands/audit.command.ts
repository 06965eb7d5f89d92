import type { Command } from 'commander';
import { listPersonalDataReads, verifyAudit } from '../../core/audit/audit.use-cases.js';
import type { ChainProblem, ChainVerdict } from '../../core/audit/hash-chain.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { type CliContext, optionValueOf, printJson, printTable } from '../context.js';
import { CliError, CliExit, EXIT } from '../exit-codes.js';

const PROBLEMS: Readonly<Record<ChainProblem, string>> = {
  'sequence-gap': 'its sequence number does not follow the one before (an event was removed or renumbered)',
  'previous-hash-mismatch': 'it does not link to the event before it (an event was removed, added or reordered)',
  'hash-mismatch': 'its content does not match its hash (the event was altered)',
  'head-mismatch': 'the recorded head of the chain does not match its end (events were removed or added at the end)',
};

export function registerAudit(program: Command, context: CliContext): void {
  const audit = program
    .command('audit')
    .description('the audit trail: the hash chain over every detainer event, and the log of personal-data reads');
  audit
    .command('verify')
    .description("recompute every agency's hash chain (or one agency's); exit 1 naming the first broken event")
    .option('--agency <id>', 'only this agency (see: agencies list)')
    .option('--json', 'print JSON')
    .action(async (options: { agency?: string; json?: boolean }) => {
      const agencyId = optionValueOf(operatorFilter({ agency: options.agency })).agency as AgencyId | undefined;
      const report = await context.withServices(async (services) => {
        if (agencyId !== undefined && !(await services.agencies.findById(agencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        return verifyAudit(services.audit, agencyId);
      });
      if (options.json) printJson(context, report);
      else {
        if (report.chains.length === 0) context.out('no events recorded yet\n');
        for (const chain of report.chains) context.out(`${verdictText(chain)}\n`);
      }
      const broken = report.chains.find((c) => !c.ok);
      if (broken?.broken) {
        const { seq, problem } = broken.broken;
        context.err(
          `error: audit chain broken: agency ${broken.agencyId}, event seq ${seq} (${which(broken)}): ${problem}\n`,
        );
        throw new CliExit(EXIT.FAILURE);
      }
    });
  registerReads(audit, context);
}

interface ReadsOptions {
  agency?: string;
  user?: string;
  detainer?: string;
  from?: string;
  to?: string;
  limit?: string;
  offset?: string;
  json?: boolean;
}

function registerReads(audit: Command, context: CliContext): void {
  audit
    .command('reads')
    .description(
      'the log of personal-data reads, newest first: who read which detainer, when, why and how (never the data)',
    )
    .option('--agency <id>', 'only this agency (see: agencies list); without it, every agency')
    .option('--user <id>', 'only the reads by this user id')
    .option('--detainer <id>', 'only the reads of this detainer id')
    .option('--from <instant>', 'from this ISO 8601 instant')
    .option('--to <instant>', 'before this ISO 8601 instant')
    .option('--limit <n>', 'at most this many (1-500)', '100')
    .option('--offset <n>', 'skip this many', '0')
    .option('--json', 'print JSON (the answer of GET /api/v1/audit/reads)')
    .action(async (options: ReadsOptions) => {
      const agencyId = optionValueOf(operatorFilter({ agency: options.agency })).agency as AgencyId | undefined;
      const page = await context.withServices(async (services) => {
        if (agencyId !== undefined && !(await services.agencies.findById(agencyId))) {
          throw new CliError(EXIT.NOT_FOUND, 'agency: no agency with this id (see: detainer-desk agencies list)');
        }
        // Checked by the core with the schema of GET /api/v1/audit/reads (errors name the options as typed).
        const { agency: _agency, json: _json, user, detainer, ...rest } = options;
        const query = {
          ...rest,
          ...(user === undefined ? {} : { userId: user }),
          ...(detainer === undefined ? {} : { detainerId: detainer }),
        };
        return optionValueOf(await listPersonalDataReads(services.lifecycle, undefined, query, agencyId), {
          userId: 'user',
          detainerId: 'detainer',
        });
      });
      if (options.json) {
        return printJson(context, {
          ...page,
          reads: page.reads.map((r) => ({ ...r, at: r.at.toISOString() })),
        });
      }
      printTable(
        context,
        ['WHEN', 'USER', 'DETAINER', 'PURPOSE', 'CHANNEL'],
        page.reads.map((r) => [r.at.toISOString(), r.userEmail ?? r.userId, r.detainerId, r.purpose, r.channel ?? '']),
      );
      context.err(`${page.reads.length} of ${page.total} reads\n`);
    });
}

function verdictText(chain: ChainVerdict): string {
  const events = chain.events === 1 ? '1 event' : `${chain.events} events`;
  if (!chain.broken) return `agency ${chain.agencyId}: ${events}, chain intact`;
  const { seq, problem } = chain.broken;
  return `agency ${chain.agencyId}: chain BROKEN at event seq ${seq} (${which(chain)}): ${PROBLEMS[problem]}; ${events} verified before it`;
}

function which(chain: ChainVerdict): string {
  if (!chain.broken || chain.broken.detainerId === null) return 'missing';
  return `detainer ${chain.broken.detainerId}, version ${chain.broken.version}`;
}
