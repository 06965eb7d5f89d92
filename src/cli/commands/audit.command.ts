import type { Command } from 'commander';
import { verifyAudit } from '../../core/audit/audit.use-cases.js';
import type { ChainProblem, ChainVerdict } from '../../core/audit/hash-chain.js';
import { operatorFilter } from '../../core/auth/operator-filter.js';
import type { AgencyId } from '../../core/shared/ids.js';
import { type CliContext, optionValueOf, printJson } from '../context.js';
import { CliError, CliExit, EXIT } from '../exit-codes.js';

const PROBLEMS: Readonly<Record<ChainProblem, string>> = {
  'sequence-gap': 'its sequence number does not follow the one before (an event was removed or renumbered)',
  'previous-hash-mismatch': 'it does not link to the event before it (an event was removed, added or reordered)',
  'hash-mismatch': 'its content does not match its hash (the event was altered)',
  'head-mismatch': 'the recorded head of the chain does not match its end (events were removed or added at the end)',
};

export function registerAudit(program: Command, context: CliContext): void {
  const audit = program.command('audit').description('the audit trail: the hash chain over every detainer event');
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
