/**
 * Reproduces the published figures of the real ICE FOIA files in ../shared/data (read in place):
 * the expected numbers are counted here, independently of the importer, and compared with what the
 * importer stored (records and the monthly rollup) on each engine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { researchImportDeps } from '../../src/composition/research-import.js';
import { importResearchRelease, type ResearchImportDeps } from '../../src/core/research/import-release.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { describeEachEngine } from '../support/engines.js';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const PA = `${DATA}pa-detainers/pa_detainers.csv`;
const EXPORT = `${DATA}npr-sanctuary-cities/export/`;
const present = existsSync(PA) && existsSync(`${EXPORT}americans.csv`);
if (!present) console.warn(`NOTICE: ${DATA} is absent; the reproduction tests are skipped.`);

/** A minimal CSV reader for these files (quoted fields may hold commas; no quotes or newlines inside). */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]!);
  const names = split(header!);
  return lines.map((line) => {
    const cells = split(line);
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

function tally(rows: Record<string, string>[], key: (row: Record<string, string>) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) out[key(row)] = (out[key(row)] ?? 0) + 1;
  return out;
}

async function storedBy(
  handle: DatabaseHandle,
  release: string,
  by: 'year' | 'lift_reason',
): Promise<{ records: Record<string, number>; rollup: Record<string, number> }> {
  const { db } = handle;
  const recordKey = by === 'year' ? sql<string>`substr(prepared_date, 1, 4)` : sql<string>`coalesce(lift_reason, '')`;
  const rollupKey = by === 'year' ? sql<string>`substr(month, 1, 4)` : sql<string>`lift_reason`;
  const records = await db
    .selectFrom('research_records')
    .select([recordKey.as('k'), sql<number>`count(*)`.as('n')])
    .where('release_key', '=', (eb) => eb.selectFrom('research_releases').select('key').where('id', '=', release))
    .groupBy(recordKey)
    .execute();
  const rollup = await db
    .selectFrom('research_rollup_monthly')
    .select([rollupKey.as('k'), sql<number>`sum(count)`.as('n')])
    .where('release_id', '=', release)
    .groupBy(rollupKey)
    .execute();
  const asRecord = (rows: { k: string; n: number | string }[]) =>
    Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
  return { records: asRecord(records), rollup: asRecord(rollup) };
}

describe.skipIf(!present)('the NPR export files agree among themselves', () => {
  it('detainers_by_year_and_month.csv sums to 1,814,828 and rolls up exactly to all_detainers_by_year.csv', () => {
    const monthly = readCsv(`${EXPORT}detainers_by_year_and_month.csv`);
    const yearly = readCsv(`${EXPORT}all_detainers_by_year.csv`);
    expect(monthly).toHaveLength(94);
    const byYear: Record<string, number> = {};
    for (const m of monthly)
      byYear[m.year_month!.slice(0, 4)] = (byYear[m.year_month!.slice(0, 4)] ?? 0) + Number(m.count);
    expect(Object.values(byYear).reduce((a, b) => a + b, 0)).toBe(1_814_828);
    expect(byYear).toEqual(Object.fromEntries(yearly.map((y) => [y.year, Number(y.count)])));
  });
});

describeEachEngine('reproduction of the real ICE FOIA files', ({ database }) => {
  let deps: ResearchImportDeps;
  beforeAll(async () => {
    await migrateToLatest(database());
    deps = researchImportDeps(database(), { now: () => new Date('2026-01-01T00:00:00Z') });
  });

  it.skipIf(!present)(
    'pa_detainers.csv: 32,757 records, 2007-10-02 to 2015-07-18, by year and by lift reason',
    async () => {
      const expected = readCsv(PA);
      expect(expected).toHaveLength(32_757);
      const report = await importResearchRelease(deps, { dataset: 'npr', path: PA, release: 'pa' });
      expect(report).toMatchObject({ rowsRead: 32_757, rowsLoaded: 32_757, rowsRejected: 0 });
      expect(report.preparedDates).toEqual({ first: '2007-10-02', last: '2015-07-18' });

      const byYear = tally(expected, (r) => r.date!.slice(0, 4));
      const byReason = tally(expected, (r) => r.lift_reason!);
      const years = await storedBy(database(), 'pa', 'year');
      expect(years.records).toEqual(byYear);
      expect(years.rollup).toEqual(byYear);
      const reasons = await storedBy(database(), 'pa', 'lift_reason');
      expect(reasons.records).toEqual(byReason);
      expect(reasons.rollup).toEqual(byReason);
      expect(report.facilities.total).toBe(new Set(expected.map((r) => `${r.det_facility}|${r.city}`)).size);
    },
  );

  for (const [file, reason, total] of [
    ['americans', 'United States Citizen Interviewed', 693],
    ['residents', 'Alien Not Subject to Deportation', 1_846],
  ] as const) {
    it.skipIf(!present)(`${file}.csv: ${total} records of "${reason}", by year as in ${file}_by_year.csv`, async () => {
      const report = await importResearchRelease(deps, { dataset: 'npr', path: `${EXPORT}${file}.csv`, release: file });
      expect(report).toMatchObject({ rowsRead: total, rowsLoaded: total, rowsRejected: 0 });
      // The national lift-reason total of shared/data/README.md.
      expect((await storedBy(database(), file, 'lift_reason')).rollup).toEqual({ [reason]: total });
      const published = Object.fromEntries(
        readCsv(`${EXPORT}${file}_by_year.csv`).map((r) => [r.year, Number(r.count)]),
      );
      const years = await storedBy(database(), file, 'year');
      expect(years.records).toEqual(published);
      expect(years.rollup).toEqual(published);
    });
  }
});
