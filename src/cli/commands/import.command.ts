import { basename } from 'node:path';
import type { Command } from 'commander';
import type { ImportReport } from '../../core/research/import-report.js';
import { importResearchRelease } from '../../core/research/import-release.js';
import { LAYOUT_REQUESTS, type LayoutRequest } from '../../core/research/release-layouts.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { printJson, printTable, type CliContext } from '../context.js';
import { CliError, EXIT } from '../exit-codes.js';
import { importMetricsFile } from '../import-metrics-file.js';

interface ImportOptions {
  release?: string;
  asOf?: string;
  quiet?: boolean;
  json?: boolean;
  metricsFile?: string;
}

export function registerImport(program: Command, context: CliContext): void {
  program
    .command('import')
    .description(
      'import a public ICE detainer release into the research tables (one transaction; the same release again replaces it)',
    )
    .argument(
      '<dataset>',
      "auto: detect the layout from the header (the release is stored as its family); npr: NPR's export or ICE's LEA files (2007-2015); ddp: every later layout (ICE 2025, March and August 2026, TRAC, the Deportation Data Project's files)",
    )
    .argument('<file>', 'the release: .csv, .txt or .tsv (comma, tab or semicolon, sniffed) or .xlsx (every sheet)')
    .option(
      '--release <name>',
      'release name (default: <family>-<first 12 hex digits of the file SHA-256>, the family being npr or ddp)',
    )
    .option(
      '--as-of <date>',
      'the date the release is as of (YYYY-MM-DD): of two releases that cover the same month, statistics count the later (default: its last prepare date)',
    )
    .option('--quiet', 'no progress bar')
    .option('--json', 'print the data-quality report as JSON')
    .option(
      '--metrics-file <path>',
      "write the import's progress to this file in Prometheus text format, for node_exporter's textfile collector (rows read, running, succeeded; rewritten at most once a second)",
    )
    .action(async (dataset: string, file: string, options: ImportOptions) => {
      if (!(LAYOUT_REQUESTS as readonly string[]).includes(dataset)) {
        throw new CliError(EXIT.USAGE, `dataset must be one of ${LAYOUT_REQUESTS.join(', ')}`);
      }
      const bar = options.quiet || options.json ? undefined : progressBar(file);
      const metrics =
        options.metricsFile === undefined
          ? undefined
          : importMetricsFile(options.metricsFile, { file: basename(file), dataset });
      const onProgress =
        bar || metrics
          ? (rows: number) => {
              bar?.update(rows);
              metrics?.progress(rows);
            }
          : undefined;
      const report = await context.withResearchImport(async (deps) => {
        try {
          return await importResearchRelease(deps, {
            dataset: dataset as LayoutRequest,
            path: file,
            ...(options.release !== undefined ? { release: options.release } : {}),
            ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
            ...(onProgress ? { onProgress } : {}),
            // Migrations and places are seen to while the file is already being read.
            beforeStoring: async () => void (await context.prepare({ demo: false })),
          });
        } catch (error) {
          await metrics?.finished('failed');
          if (error instanceof ResearchFileError) throw new CliError(EXIT.USAGE, `${error.message} (nothing imported)`);
          throw error;
        } finally {
          bar?.done();
        }
      });
      await metrics?.finished(report);
      if (options.json) printJson(context, report);
      else printReport(context, report);
    });
}

/** A one-line progress bar on stderr, only when both stdout and stderr are terminals. */
function progressBar(file: string): { update(rows: number): void; done(): void } | undefined {
  if (!process.stdout.isTTY || !process.stderr.isTTY) return undefined;
  const started = performance.now();
  const frames = ['|', '/', '-', '\\'];
  let frame = 0;
  let drawn = false;
  return {
    update(rows) {
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      const rate = Math.round(rows / seconds);
      process.stderr.write(
        `\r${frames[frame++ % frames.length]} ${file}: ${rows.toLocaleString('en-US')} rows read, ${rate.toLocaleString('en-US')} rows/s `,
      );
      drawn = true;
    },
    done() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

function printReport(context: CliContext, r: ImportReport): void {
  const lines = [
    `Layout: ${r.layout.id} (${r.layout.name}), ${r.layout.family} family`,
    `Imported release ${r.release} (${r.dataset}) from ${r.sourceFile}${r.replaced ? ', replacing the earlier import of this release' : ''}`,
    `  sha256          ${r.sha256}`,
  ];
  if (r.delimiter !== null) lines.push(`  delimiter       ${r.delimiter === '\t' ? 'tab' : r.delimiter}`);
  for (const s of r.sheets) {
    lines.push(
      s.skipped
        ? `  sheet "${s.name}"  skipped: no header row`
        : `  sheet "${s.name}"  header on row ${s.headerRow}, ${n(s.rowsRead)} rows read`,
    );
  }
  lines.push(
    `  rows read       ${n(r.rowsRead)}${r.preambleRows ? ` (after ${r.preambleRows} preamble rows)` : ''}`,
    `  rows loaded     ${n(r.rowsLoaded)}`,
    `  rows rejected   ${n(r.rowsRejected)}`,
    `  prepare dates   ${r.preparedDates.first ?? '-'} to ${r.preparedDates.last ?? '-'}`,
    `  outcomes        ${Object.entries(r.outcomes)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ')}`,
    `  likely duplicates (same person within 24 h) ${n(r.likelyDuplicates)}`,
  );
  const codes = Object.entries(r.liftReasonCodes);
  if (codes.length) lines.push(`  lift reason codes ${codes.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  const unknown = Object.entries(r.unknownLiftReasons);
  if (unknown.length)
    lines.push(
      `  lift reasons not in the outcome table (counted as other): ${unknown.map(([k, v]) => `"${k}" ${n(v)}`).join(', ')}`,
    );
  context.out(`${lines.join('\n')}\n`);

  if (r.rowsRejected > 0) {
    context.out('\nRejected rows by reason:\n');
    printTable(
      context,
      ['reason', 'rows'],
      Object.entries(r.rejections.byReason).map(([k, v]) => [k, n(v)]),
    );
    context.out(
      `first rejected lines${r.rejections.sampleCapped ? ` (first ${r.rejections.sample.length} of ${n(r.rowsRejected)})` : ''}: ` +
        `${r.rejections.sample.map((p) => `${p.line}${p.sheet !== undefined ? ` [sheet "${p.sheet}" row ${p.row}]` : ''} (${p.reason})`).join(', ')}\n`,
    );
  }

  context.out('\nColumns:\n');
  printTable(
    context,
    ['column', 'empty', 'share empty', 'redacted', 'share redacted'],
    r.columns.map((c) => [c.column, n(c.empty), pct(c.shareEmpty), n(c.redacted), pct(c.shareRedacted)]),
  );

  const f = r.facilities;
  context.out(
    `\nFacilities: ${n(f.total)}, ${n(f.mappedToCounty)} mapped to a county; ` +
      `${n(f.total - f.mappedToCounty)} not mapped (${n(f.rowsWithoutCounty)} rows)\n`,
  );
  if (f.unmapped.length) {
    printTable(
      context,
      ['code', 'facility', 'city', 'state', 'rows'],
      f.unmapped.map((u) => [u.code ?? '', u.name, u.city ?? '', u.state ?? '', n(u.rows)]),
    );
    if (f.unmappedCapped) context.out(`(first ${f.unmapped.length} listed)\n`);
  }
}
