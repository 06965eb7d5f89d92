import type { Command } from 'commander';
import { PERIOD_NOTE } from '../../core/research/stats-desk.js';
import { parseDeskStatsQuery, parseDetainerStatsQuery } from '../../core/research/stats-query.js';
import { CRIMINALITY } from '../../core/research/criminality.js';
import { CONVICTION_CATEGORIES } from '../../core/research/dimensions.js';
import { describeOverlap } from '../../core/research/release-coverage.js';
import {
  detainerStats,
  listReleases,
  STATS_SORTS,
  STATS_TOTALS,
  type DimensionValue,
} from '../../core/research/stats.js';
import { FOLLOWED } from '../../core/research/what-followed.js';
import { type CliContext, optionValueOf, printJson, printTable } from '../context.js';

interface DetainerOptions {
  groupBy?: string;
  state?: string;
  county?: string;
  facility?: string;
  from?: string;
  to?: string;
  outcome?: string;
  followed?: string;
  criminality?: string;
  citizenship?: string;
  usCitizen?: string;
  convictionCategory?: string;
  aor?: string;
  form?: string;
  liftReason?: string;
  release?: string;
  includeReissues?: boolean;
  addOverlapping?: boolean;
  sort?: string;
  limit?: string;
  totals?: string;
  json?: boolean;
}

const cell = (value: DimensionValue | undefined) =>
  value === null || value === undefined ? '(unknown)' : String(value);
/** A row's value of a dimension: `followed` is null for every record that is not a decline. */
const dimensionCell = (dimension: string, value: DimensionValue | undefined) =>
  dimension === 'followed' && value === null ? '(not a decline)' : cell(value);

export function registerStats(program: Command, context: CliContext): void {
  const stats = program.command('stats').description('public statistics: FOIA research data and the desk');
  stats
    .command('detainers')
    .description(
      'count imported ICE FOIA detainer records by dimensions (year, fiscalYear, month, state, county, facility, form, outcome, liftReason, followed, criminality, citizenship, usCitizen, convictionCategory, aor)',
    )
    .option('--group-by <dims>', 'comma-separated dimensions, e.g. year,outcome')
    .option('--state <usps>', 'only this state')
    .option('--county <fips>', 'only this county (five-digit FIPS)')
    .option('--facility <id>', 'only this research facility')
    .option('--from <date>', 'first prepare date YYYY-MM-DD (inclusive; exact to the day)')
    .option('--to <date>', 'last prepare date YYYY-MM-DD (inclusive; exact to the day)')
    .option('--outcome <outcome>', 'only this outcome')
    .option('--followed <category>', `only declined detainers followed by this: ${FOLLOWED.join(', ')}`)
    .option('--criminality <category>', `only people in this category where recorded: ${CRIMINALITY.join(', ')}`)
    .option('--citizenship <country>', 'only people of this citizenship country, as the release writes it (any case)')
    .option(
      '--us-citizen <true|false>',
      'true: only detainers lifted as the person is (or claims to be) a U.S. citizen',
    )
    .option(
      '--conviction-category <group>',
      `only this most serious conviction group (NCIC offense code): ${CONVICTION_CATEGORIES.join(', ')}`,
    )
    .option('--aor <area>', 'only this ICE area of responsibility, as the release writes it (any case)')
    .option('--form <form>', 'only this request form, as the release gives it (e.g. I-247A)')
    .option('--lift-reason <text>', 'only this lift reason, as the release gives it')
    .option(
      '--release <ids>',
      'only these research releases, comma-separated (default: all); each month is counted from one of them, the newest covering it',
    )
    .option('--include-reissues', 're-issues (Duplicate, Superseding - New Form Issued) count as detainers too')
    .option(
      '--add-overlapping',
      'add up releases that cover the same months instead of one release per month (may count detainers twice)',
    )
    .option('--sort <order>', `order of the rows: ${STATS_SORTS.join(' or ')} (count: largest first)`)
    .option('--limit <n>', 'at most this many rows, the first in --sort order (top-N)')
    .option(
      '--totals <mode>',
      `the total count and number of groups, whatever --limit keeps: ${STATS_TOTALS.join(', ')} (only: no rows)`,
    )
    .option('--json', 'print JSON')
    .action(async (options: DetainerOptions) => {
      // Checked by the core with the schema of GET /api/v1/stats/detainers.
      const { json: _json, addOverlapping, ...raw } = options;
      if (addOverlapping) Object.assign(raw, { combine: 'add' });
      const query = optionValueOf(parseDetainerStatsQuery(raw));
      const answer = optionValueOf(await context.withServices((s) => detainerStats(s.stats, query)));
      if (options.json) return printJson(context, answer);
      const names = new Map(answer.facilities.map((f) => [f.id, f.name]));
      printTable(
        context,
        [...query.groupBy.map((d) => d.toUpperCase()), 'COUNT'],
        answer.rows.map((row) => [
          ...query.groupBy.map((d) =>
            d === 'facility' && typeof row[d] === 'number'
              ? `${row[d]} ${names.get(row[d]) ?? ''}`.trim()
              : dimensionCell(d, row[d]),
          ),
          String(row.count),
        ]),
      );
      const shown = answer.rows.reduce((sum, row) => sum + row.count, 0);
      const total = answer.totals
        ? `${answer.totals.count} in ${answer.totals.groups} groups (${answer.rows.length} rows shown, counting ${shown})`
        : String(shown);
      context.out(
        `total ${total}; releases: ${answer.releases.map((r) => `${r.id} (${r.dataset})`).join(', ') || 'none'}; ` +
          `dates: ${answer.granularity === 'all' ? 'all' : `exact to the ${answer.granularity}`}\n`,
      );
      context.out(
        answer.reissues.excluded
          ? `re-issues left out: ${answer.reissues.count} (--include-reissues counts them)\n`
          : 're-issues counted\n',
      );
      context.out(
        answer.combined === 'added'
          ? 'releases added up (--add-overlapping); months of each release:\n'
          : 'release used per period (the newest covering each month):\n',
      );
      for (const p of answer.periods)
        context.out(`  ${p.from === p.to ? p.from : `${p.from} to ${p.to}`}  ${p.release}\n`);
      for (const overlap of answer.overlaps) {
        context.out(
          answer.combined === 'added'
            ? `warning: ${describeOverlap(overlap)}; both are counted there (added up as asked)\n`
            : `note: ${describeOverlap(overlap)}; each month counted from one of them (above)\n`,
        );
      }
    });

  // explorer (issue 12): the releases to choose from, with the days each covers.
  stats
    .command('releases')
    .description(
      'list the imported research releases with the prepare dates each covers, its as-of date, the months statistics count it for, and those that overlap',
    )
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const answer = await context.withServices((s) => listReleases(s.stats));
      if (options.json) return printJson(context, answer);
      printTable(
        context,
        ['RELEASE', 'DATASET', 'RECORDS', 'FROM', 'TO', 'AS OF', 'USED FOR', 'SHA-256'],
        answer.releases.map((r) => [
          r.id,
          r.dataset,
          String(r.rowsLoaded),
          r.coverage.from ?? '-',
          r.coverage.to ?? '-',
          r.asOf ?? '-',
          answer.periods
            .filter((p) => p.release === r.id)
            .map((p) => (p.from === p.to ? p.from : `${p.from} to ${p.to}`))
            .join(', ') || '-',
          r.sha256.slice(0, 12),
        ]),
      );
      for (const overlap of answer.overlaps) context.out(`overlap: ${describeOverlap(overlap)}\n`);
    });

  stats
    .command('desk')
    .description("count the desk's detainers by state, county, year, month, form, status; counts below 10 suppressed")
    .option('--group-by <dims>', 'comma-separated dimensions, e.g. state,status')
    .option('--state <usps>', 'only this state')
    .option('--json', 'print JSON')
    .action(async (options: { groupBy?: string; state?: string; json?: boolean }) => {
      const { json: _json, ...raw } = options;
      const query = optionValueOf(parseDeskStatsQuery(raw));
      const answer = await context.withServices((s) => s.deskStats.stats(query));
      if (options.json) return printJson(context, answer);
      const dims = query.groupBy;
      const line = (row: (typeof answer.rows)[number]) => [
        ...dims.map((d) => (d in row ? cell(row[d]) : '(all)')),
        String(row.count),
      ];
      printTable(context, [...dims.map((d) => d.toUpperCase()), 'COUNT'], [...answer.rows, ...answer.totals].map(line));
      const { from, to, refreshed } = answer.period;
      context.out(`Period: ${from === null ? 'no complete month yet' : `${from} to ${to}`}; refreshed ${refreshed}.\n`);
      context.out(`${PERIOD_NOTE}\n${answer.suppression.rule}\n`);
    });
}
