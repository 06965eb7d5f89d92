/**
 * Research benchmarks (`npm run bench research`), each figure a ratio to a baseline measured here:
 * - replay over 2,000,000 generated records from memory, against the 1,000,000/s target and against
 *   the traced `evaluate` on a sample (the naive way to replay);
 * - replay end to end from SQLite (keyset pages through the repository), against a bare
 *   better-sqlite3 scan of the same columns;
 * - import and statistics against sqlite3 `.import`, PostgreSQL COPY and DuckDB (research-io.bench.ts):
 *   run only when the `import npr` and `generate` commands exist; otherwise reported as not run.
 * `BENCH_RECORDS` sets the record count (default 2,000,000).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { loadLaw } from '../src/composition/law.js';
import { evaluate } from '../src/core/policy/evaluate.js';
import { replayRecords, type ReplayRecord } from '../src/core/research/replay.js';
import { parseReplayQuery, type ReplayQuery } from '../src/core/research/replay-query.js';
import { assumedSubject, editionForRecord, formInUse, warrantOn } from '../src/core/research/replay-request.js';
import type { DetainerForm } from '../src/core/request/detainer-request.js';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrations/migrate.js';
import { SqlResearchReplaySource } from '../src/db/repositories/research-replay.repository.js';
import { pick, seededRandom } from './random.js';
import { benchResearchIo } from './research-io.bench.js';
import { formatRate, perSecond, type Figure } from './report.js';
import { elapsedMs, timed } from './timing.js';

/** `BENCH_RECORDS` (default 2,000,000): fewer for a quick run. */
const RECORDS = recordCount(process.env.BENCH_RECORDS);
const NAIVE_SAMPLE = 20_000;
const FORMS = ['I247', 'I247', null, null, null, 'I247D', 'I247N', 'I247A'] as const;
const OUTCOMES = ['transferred-to-ice', 'declined-by-agency', 'lifted-by-ice', 'released', 'other', 'pending'];

function recordCount(text: string | undefined): number {
  if (text === undefined || text === '') return 2_000_000;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`BENCH_RECORDS must be a positive whole number, not ${text}`);
  return Number(text);
}

/** Records shaped like the repository's rows, 2010 to 2019. */
function generateRecords(count: number): ReplayRecord[] {
  const random = seededRandom(2027);
  const records: ReplayRecord[] = new Array<ReplayRecord>(count);
  for (let i = 0; i < count; i++) {
    const year = 2010 + Math.floor(random() * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    records[i] = {
      preparedDate: `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`,
      form: pick(random, FORMS),
      outcome: pick(random, OUTCOMES),
      likelyDuplicate: false,
    };
  }
  return records;
}

function query(): ReplayQuery {
  const parsed = parseReplayQuery({ law: { state: 'CA' }, at: '2018-01-01', from: '2010-01-01', to: '2019-12-31' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

async function* pagesOf(records: readonly ReplayRecord[], size = 5000): AsyncIterable<readonly ReplayRecord[]> {
  for (let i = 0; i < records.length; i += size) yield records.slice(i, i + size);
}

/** The naive replay: the traced engine, one full evaluation per record, request built per record. */
function naiveReplay(records: readonly ReplayRecord[]): number {
  const law = loadLaw().engine;
  const subject = assumedSubject('none');
  const codes: Record<string, DetainerForm> = { I247: 'I-247', I247D: 'I-247D', I247N: 'I-247N', I247A: 'I-247A' };
  let forbidden = 0;
  for (const record of records) {
    const edition =
      record.form === null
        ? formInUse(record.preparedDate)
        : editionForRecord(codes[record.form]!, record.preparedDate);
    const decided = evaluate(law, {
      asOf: new Date('2018-01-01T12:00:00Z'),
      state: 'CA',
      countyFips: null,
      agencyKind: 'county-jail',
      discretion: 'comply',
      request: {
        form: edition.form,
        formEdition: edition.edition,
        warrant: warrantOn(record.preparedDate),
        probableCause: ['final-order'],
      },
      subject,
      releaseEligibleAt: null,
    });
    if (decided.ok && decided.value.actions.notify.modality === 'forbidden') forbidden++;
  }
  return forbidden;
}

async function replayFromMemory(records: readonly ReplayRecord[]) {
  const result = await replayRecords(loadLaw().engine, query(), pagesOf(records));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function sqliteEndToEnd(records: readonly ReplayRecord[]): Promise<{ replay: number; scan: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-replay-'));
  const path = join(dir, 'research.db');
  try {
    const setup = openDatabase({ engine: 'sqlite', path });
    await migrateToLatest(setup);
    await setup.close();
    const raw = new SQLite(path);
    raw
      .prepare(
        `INSERT INTO research_releases (id, key, dataset, source_file, sha256, imported_at, rows_read, rows_loaded,
         rows_rejected, report) VALUES ('bench', 1, 'bench', 'generated', '', '2026-01-01T00:00:00.000Z', ?, ?, 0, '{}')`,
      )
      .run(records.length, records.length);
    // As the importer stores them: each (form, outcome) once as a profile, records naming theirs.
    const insertProfile = raw.prepare(
      `INSERT INTO research_profiles (release_key, id, state, form, outcome) VALUES (1, ?, 'PA', ?, ?)`,
    );
    const insert = raw.prepare(
      `INSERT INTO research_detainers (release_key, line, prepared_date, profile, likely_duplicate)
       VALUES (1, ?, ?, ?, 0)`,
    );
    const profiles = new Map<string, number>();
    raw.transaction(() => {
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        const key = `${r.form}|${r.outcome}`;
        let profile = profiles.get(key);
        if (profile === undefined) {
          profiles.set(key, (profile = profiles.size));
          insertProfile.run(profile, r.form, r.outcome);
        }
        insert.run(i + 1, r.preparedDate, profile);
      }
    })();
    // Baseline: a bare scan of the same columns of the same view, same filter, same order, no paging and no decisions.
    const scanStart = process.hrtime.bigint();
    let rows = 0;
    for (const _ of raw
      .prepare(
        `SELECT release_key, line, prepared_date, form, outcome, likely_duplicate FROM research_records
         WHERE +prepared_date >= ? AND +prepared_date <= ? ORDER BY release_key, line`,
      )
      .iterate('2010-01-01', '2019-12-31'))
      rows++;
    const scanMs = elapsedMs(scanStart);
    raw.close();

    const handle = openDatabase({ engine: 'sqlite', path });
    const source = new SqlResearchReplaySource(handle.db, 'sqlite');
    const q = query();
    const selection = { ...q.selection, periods: [{ release: 'bench', from: '2010-01', to: '2019-12' }] };
    const { ms, value } = await timed(() => replayRecords(loadLaw().engine, q, source.pages(selection)));
    await handle.close();
    if (!value.ok || value.value.records !== records.length || rows !== records.length)
      throw new Error('the end-to-end replay did not read every row');
    return { replay: perSecond(records.length, ms), scan: perSecond(rows, scanMs) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Which of the other engineers' commands this checkout has (the import and statistics figures need them). */
function missingCommands(): string[] {
  const help = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--help'], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const has = (name: string) => new RegExp(`^\\s+${name}\\b`, 'm').test(help);
  return [
    has('import') ? null : '`detainer-desk import npr`',
    has('generate') ? null : '`detainer-desk generate`',
  ].filter((c): c is string => c !== null);
}

function notRun(name: string, reason: string, target: string): Figure {
  // Not measured is not met: the summary must never count a figure nobody measured.
  return { name, value: 'not run', baseline: '-', ratio: 0, target: `${target} (not run: ${reason})`, met: false };
}

export async function benchResearch(): Promise<Figure[]> {
  const records = generateRecords(RECORDS);
  await replayFromMemory(records.slice(0, 200_000)); // warm-up
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await timed(() => replayFromMemory(records)));
  const best = Math.min(...runs.map((r) => r.ms));
  const rate = perSecond(RECORDS, best);
  const report = runs[0]!.value;

  const sample = records.slice(0, NAIVE_SAMPLE);
  const naive = await timed(async () => naiveReplay(sample));
  const naiveRate = perSecond(NAIVE_SAMPLE, naive.ms);
  const fast = await replayFromMemory(sample);
  if (fast.underLaw.notify.forbidden !== naive.value)
    throw new Error(`fast and traced replays disagree: ${fast.underLaw.notify.forbidden} vs ${naive.value}`);
  process.stdout.write(
    `  (checked: fast and traced replays agree on the ${NAIVE_SAMPLE.toLocaleString('en-US')}-record sample; ` +
      `${report.records.toLocaleString('en-US')} records replayed, ${Object.keys(report.underLaw.undecidable).length} undecidable reasons)\n`,
  );

  const e2e = await sqliteEndToEnd(records);

  const missing = missingCommands();
  const label = RECORDS.toLocaleString('en-US');
  const io =
    missing.length === 0
      ? await benchResearchIo(RECORDS)
      : [
          notRun(
            `import npr, ${label} rows into SQLite vs sqlite3 .import`,
            `${missing.join(' and ')} not in this checkout`,
            '>= 0.5x bare rate, peak RSS < 300 MB',
          ),
          notRun(
            `import npr, ${label} rows into PostgreSQL vs COPY`,
            `${missing.join(' and ')} not in this checkout`,
            '>= 0.5x bare COPY rate',
          ),
          notRun(
            `portal statistics p50/p95 over ${label} rows vs DuckDB`,
            `${missing.join(' and ')} not in this checkout`,
            'p95 < 50 ms and faster than DuckDB',
          ),
        ];
  return [
    {
      name: `replay, ${RECORDS.toLocaleString('en-US')} records from memory (CA law of 2018-01-01)`,
      value: formatRate(rate),
      baseline: '1.00M/s (target)',
      ratio: rate / 1e6,
      target: '>= 1,000,000 records/s',
      met: rate >= 1e6,
    },
    {
      name: `replay vs traced evaluate per record (first ${NAIVE_SAMPLE.toLocaleString('en-US')})`,
      value: formatRate(rate),
      baseline: formatRate(naiveRate),
      ratio: rate / naiveRate,
      target: '>= 10x the traced engine',
      met: rate / naiveRate >= 10,
    },
    {
      name: `replay end to end from SQLite (${RECORDS.toLocaleString('en-US')} rows, keyset pages of 5,000)`,
      value: formatRate(e2e.replay),
      baseline: `${formatRate(e2e.scan)} (bare scan)`,
      ratio: e2e.replay / e2e.scan,
      target: '>= 0.25x a bare better-sqlite3 scan',
      met: e2e.replay / e2e.scan >= 0.25,
    },
    ...io,
  ];
}
