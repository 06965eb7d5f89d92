import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { ACTIONS } from '../../core/policy/policy.types.js';
import { PROFILES } from '../../core/law-map/profiles.js';
import { CliError, EXIT } from '../exit-codes.js';
import { optionValueOf, printJson, type CliContext } from '../context.js';

interface PanelOptions {
  from: string;
  to: string;
  profile: string;
  action?: string;
  out?: string;
  json?: boolean;
  fips?: string;
}

/** `law panel`: the law as a research panel (issue 12, point 2), the same use case as GET /api/v1/law/panel. */
export function registerLaw(program: Command, context: CliContext): void {
  const law = program.command('law').description('the law in force by county: research data');
  law
    .command('panel')
    .description("every county's periods over which each action's law (modality and binding rule) stays the same")
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD, from 2008-01-01)')
    .requiredOption('--to <date>', 'last day, inclusive (YYYY-MM-DD, up to today)')
    .requiredOption('--profile <profile>', `the person: ${PROFILES.join(', ')}`)
    .option('--action <action>', `only one action: ${ACTIONS.join(', ')} (all three when absent)`)
    .option(
      '--fips <codes>',
      'only these counties: up to 10 five-digit FIPS codes, comma-separated (every county when absent)',
    )
    .option('--out <file>', 'write the CSV to this file (standard output when absent)')
    .option('--json', 'print JSON instead of CSV (as GET /api/v1/law/panel answers)')
    .addHelpText(
      'after',
      `
For a county jail in every us-atlas county, the standard request form in use each day (I-247, I-247D
from 2015-07-02, I-247A from 2017-04-02, with an administrative warrant from then) and the chosen
profile. Found from the library's change points (rule versions, form changes), not by deciding every
day. CSV columns: fips,state,action,from,to,modality,rule,missing,conflict (from and to inclusive;
lists joined by ";"). Modality: required, permitted, forbidden, or undecided for lack of a fact
(named in missing) or for two rules of one level binding opposite ways (named in conflict).

Example: detainer-desk law panel --from 2008-01-01 --to 2026-06-30 --profile no-record --out panel.csv

Exit codes: 0 done; 2 an invalid option (the message names it); 1 the file could not be written.`,
    )
    .action(async (options: PanelOptions) => {
      const service = await context.lawMap();
      const query = {
        from: options.from,
        to: options.to,
        profile: options.profile,
        ...(options.action === undefined ? {} : { action: options.action }),
        ...(options.fips === undefined ? {} : { fips: options.fips }),
      };
      const panel = optionValueOf(service.panel(query));
      if (options.json) return printJson(context, panel);
      if (options.out === undefined) {
        for (const line of service.panelCsv(panel)) context.out(line);
        return;
      }
      const file = createWriteStream(options.out, { encoding: 'utf8' });
      const failed = once(file, 'error').then(([error]) => error as NodeJS.ErrnoException);
      try {
        for (const line of service.panelCsv(panel)) {
          if (!file.write(line)) await Promise.race([once(file, 'drain'), failed.then((e) => Promise.reject(e))]);
        }
        file.end();
        await Promise.race([once(file, 'finish'), failed.then((e) => Promise.reject(e))]);
      } catch (error) {
        file.destroy();
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw new CliError(EXIT.FAILURE, `--out: the file could not be written (${code})`);
      }
      context.err(
        `${panel.periods.length} periods of ${new Set(panel.periods.map((p) => p.fips)).size} counties written to ${options.out}\n`,
      );
    });
}
