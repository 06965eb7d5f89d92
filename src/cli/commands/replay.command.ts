import type { Command } from 'commander';
import { replayHistory, type ActionTally, type ReplayReport } from '../../core/research/replay.js';
import { parseLawPlace } from '../../core/research/replay-query.js';
import { printJson, printTable, valueOf, type CliContext } from '../context.js';

interface ReplayOptions {
  law: string;
  at: string;
  from: string;
  to: string;
  state?: string;
  county?: string;
  release?: string;
  includeReissues?: boolean;
  assumeRecord: string;
  json?: boolean;
}

export function registerReplay(program: Command, context: CliContext): void {
  program
    .command('replay')
    .description("re-decide imported FOIA detainer records under a place's law in force on a day")
    .requiredOption('--law <place>', 'the law of STATE or STATE/COUNTY_FIPS (e.g. CA, CA/06001)')
    .requiredOption('--at <date>', 'the day whose law applies (YYYY-MM-DD)')
    .requiredOption('--from <date>', 'first prepare date of the records (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last prepare date of the records (YYYY-MM-DD)')
    .option('--state <code>', 'only records of this state (USPS code)')
    .option('--county <fips>', 'only records of this county (5-digit FIPS)')
    .option('--release <name>', 'only records of this imported release')
    .option(
      '--include-reissues',
      'replay re-issues too (Duplicate, Superseding - New Form Issued); left out by default',
    )
    .option('--assume-record <how>', 'subject facts the data lacks: none or unknown', 'none')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      `
The FOIA files record neither the person's history nor the warrant or probable-cause box: the report
lists what the data lacks and what was assumed. --assume-record none assumes no convictions, no
registration, no warrant and no proof of status; unknown counts the records whose decision needs
them as undecidable. Hold deadlines are not computed (the data has no release times).

Where imported releases overlap in time, each month's records come from one release (the newest
covering it, as in the statistics), and the report names the release per period.

Example: detainer-desk replay --law CA --at 2018-01-01 --from 2013-01-01 --to 2015-12-31 --state PA

Exit codes: 0 done; 2 an invalid option (the message names it); 3 an unknown place.`,
    )
    .action(async (options: ReplayOptions) => {
      const query = {
        law: parseLawPlace(options.law),
        at: options.at,
        from: options.from,
        to: options.to,
        filters: {
          ...(options.state === undefined ? {} : { state: options.state.toUpperCase() }),
          ...(options.county === undefined ? {} : { countyFips: options.county }),
          ...(options.release === undefined ? {} : { release: options.release }),
          ...(options.includeReissues ? { includeReissues: true } : {}),
        },
        assumeRecord: options.assumeRecord,
      };
      const report = await context.withServices(async (services) =>
        valueOf(await replayHistory(services.replay, query)),
      );
      if (options.json) return printJson(context, report);
      printReport(context, report);
    });
}

function printReport(context: CliContext, report: ReplayReport): void {
  const { law } = report;
  const place = law.place.countyFips === null ? law.place.state : `${law.place.state}/${law.place.countyFips}`;
  const { includeReissues, ...named } = report.filters;
  const filters = Object.entries(named)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${v}`);
  const periods = report.periods.map((p) => `${p.from === p.to ? p.from : `${p.from} to ${p.to}`} ${p.release}`);
  context.out(
    `Replay of ${report.records} records prepared ${report.period.from} to ${report.period.to}` +
      `${filters.length > 0 ? ` (${filters.join(', ')})` : ''}\n` +
      (report.likelyDuplicates > 0
        ? `(${report.likelyDuplicates} flagged as likely duplicates: same person within 24 hours; replayed as published)\n`
        : '') +
      (includeReissues ? 're-issues replayed too\n' : 're-issues left out (--include-reissues replays them)\n') +
      `release per period (one per month where releases overlap): ${periods.join('; ') || 'none'}\n` +
      `under the law of ${place} in force on ${law.at} (agency kind ${law.agencyKind}):\n` +
      `  ${law.rulesInForce.join(', ')}\n\nWhat happened\n`,
  );
  printTable(
    context,
    ['outcome', 'records'],
    Object.entries(report.actual.byOutcome).map(([o, n]) => [o, String(n)]),
  );
  context.out('\nWhat that law would have said\n');
  const row = (name: string, t: ActionTally) => [
    name,
    String(t.required),
    String(t.permitted),
    String(t.forbidden),
    String(t.notAsked),
  ];
  printTable(
    context,
    ['action', 'required', 'permitted', 'forbidden', 'not asked'],
    [
      row('hold', report.underLaw.hold),
      row('notify', report.underLaw.notify),
      row('transfer', report.underLaw.transfer),
    ],
  );
  const undecidable = Object.entries(report.underLaw.undecidable);
  context.out(
    `\nUndecidable: ${undecidable.length === 0 ? 'none' : undecidable.map(([r, n]) => `${r}: ${n}`).join('; ')}\n`,
  );
  context.out('\nAssumed (the data does not say)\n');
  for (const a of report.assumptions) context.out(`  ${a.fact}: ${a.assumed}\n    (${a.why})\n`);
  context.out(`\nMissing in the data: ${report.missingInData.join(', ')}\n`);
}
