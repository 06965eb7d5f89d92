import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { runCliInProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { buildTestApp } from '../support/test-app.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from './stats-fixture.js';

describeEachEngine('the stats CLI', ({ engine }) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;
  let records: FixtureRecord[];
  let reopen: () => ReturnType<typeof openDatabase>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-cli-stats-'));
    let handle;
    if (engine === 'sqlite') {
      const path = join(dir, 'desk.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      cleanup = async () => {};
      expect((await cli(['seed', '--demo', '--json'], env)).code).toBe(0);
      reopen = () => openDatabase({ engine: 'sqlite', path });
      handle = reopen();
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      cleanup = () => database.dispose();
      expect((await cli(['seed', '--demo', '--json'], env)).code).toBe(0);
      reopen = () => openDatabase({ engine: 'postgres', url: database.url });
      handle = reopen();
    }
    try {
      records = await writeGeneratedRelease(handle.db, {
        id: 'cli-test',
        dataset: 'synthetic',
        records: 3_000,
        seed: 'cli',
      });
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints FOIA counts by year and outcome for a state, as a table and as JSON', async () => {
    const args = ['stats', 'detainers', '--group-by', 'year,outcome', '--state', 'PA', '--release', 'cli-test'];
    const json = await cli([...args, '--json'], env);
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as { rows: { year: number; outcome: string; count: number }[] };
    const expected = tally(
      records.filter((r) => r.stateCode === 'PA'),
      (r) => `${r.date.slice(0, 4)}|${r.outcome}`,
    );
    expect(body.rows.map((r) => [`${r.year}|${r.outcome}`, r.count])).toEqual(
      [...expected].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    const text = await cli(args, env);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^YEAR\s+OUTCOME\s+COUNT$/);
    expect(text.stdout).toContain('releases: cli-test (synthetic)');
  });

  it('prints the top N by count with the totals over every group (--sort count --limit N --totals include)', async () => {
    const args = [
      'stats',
      'detainers',
      '--group-by',
      'state',
      '--release',
      'cli-test',
      '--sort',
      'count',
      '--limit',
      '3',
    ];
    const states = [...tally(records, (r) => r.stateCode)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const json = await cli([...args, '--totals', 'include', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout) as { rows: unknown[]; totals: { count: number; groups: number } };
    expect(body.rows).toEqual(states.slice(0, 3).map(([state, count]) => ({ state, count })));
    expect(body.totals).toEqual({ count: records.length, groups: states.length });
    const text = await cli([...args, '--totals', 'include'], env);
    const shown = states.slice(0, 3).reduce((n, [, count]) => n + count, 0);
    expect(text.stdout).toContain(
      `total ${records.length} in ${states.length} groups (3 rows shown, counting ${shown})`,
    );
    const bad = await cli(['stats', 'detainers', '--limit', '0', '--sort', 'size'], env);
    expect(bad.code).toBe(2);
    for (const option of ['--limit', '--sort']) expect(bad.stderr).toContain(`${option}: `);
  });

  it('refuses bad options with exit code 2, naming the option as typed (the schema of the API)', async () => {
    const run = await cli(['stats', 'detainers', '--group-by', 'planet'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--group-by: item 1 is not a dimension');
    const several = await cli(['stats', 'detainers', '--facility', '0', '--from', '0000-01-01', '--outcome', 'x'], env);
    expect(several.code).toBe(2);
    for (const option of ['--facility', '--from', '--outcome']) expect(several.stderr).toContain(`${option}: `);
    const desk = await cli(['stats', 'desk', '--state', 'California'], env);
    expect(desk.code).toBe(2);
    expect(desk.stderr).toContain('--state: must be a two-letter USPS code');
  });

  it('prints the suppressed desk table', async () => {
    const run = await cli(['stats', 'desk', '--group-by', 'state', '--json'], env);
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout) as { rows: { count: number | string }[]; suppression: { threshold: number } };
    expect(body.suppression.threshold).toBe(10);
    for (const row of body.rows) expect(typeof row.count === 'number' ? row.count >= 10 : true).toBe(true);
    const text = await cli(['stats', 'desk', '--group-by', 'state,status'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^STATE\s+STATUS\s+COUNT/);
  });

  it('finding 7: says what the API says: complete months only, the period and the refresh date', async () => {
    const run = await cli(['stats', 'desk', '--group-by', 'month', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const handle = reopen();
    try {
      const t = await buildTestApp(handle);
      const api = await t.app.inject({ method: 'GET', url: '/api/v1/stats/desk?groupBy=month' });
      expect(JSON.parse(run.stdout)).toEqual(api.json());
      await t.app.close();
    } finally {
      await handle.close();
    }
    const text = await cli(['stats', 'desk', '--group-by', 'month'], env);
    const { period } = JSON.parse(run.stdout) as { period: { to: string; refreshed: string } };
    expect(text.stdout).toContain(`refreshed ${period.refreshed}`);
    expect(text.stdout).toContain('Complete calendar months only');
  });

  // explorer (issue 12): the releases with their coverage and form and lift reason; issue 14: overlapping releases
  // one per month (the release per period printed), added up only with --add-overlapping; re-issues apart.
  it('lists releases with the days they cover; counts overlapping ones one per month; filters by form', async () => {
    const handle = reopen();
    let second: FixtureRecord[];
    try {
      second = await writeGeneratedRelease(handle.db, {
        id: 'cli-overlap',
        dataset: 'npr',
        records: 500,
        seed: 'cli-2',
        dates: { from: '1990-01-01', to: '2012-12-31' },
      });
    } finally {
      await handle.close();
    }
    const list = await cli(['stats', 'releases'], env);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(
      /^RELEASE\s+DATASET\s+RECORDS\s+FROM\s+TO\s+AS OF\s+USED FOR\s+SHA-256$/,
    );
    const last = second.map((r) => r.date).sort()[second.length - 1]!;
    // Its as-of date is its last prepare date; the other release reaches later and has the months both cover.
    expect(list.stdout).toMatch(
      new RegExp(`cli-overlap\\s+npr\\s+${second.length}\\s+\\d{4}-\\d{2}-\\d{2}\\s+${last}\\s+${last}\\s`),
    );
    expect(list.stdout).toContain('overlap: releases cli-overlap and cli-test both cover');
    const json = JSON.parse((await cli(['stats', 'releases', '--json'], env)).stdout) as {
      overlaps: { releases: string[] }[];
    };
    expect(json.overlaps.map((o) => o.releases)).toContainEqual(['cli-overlap', 'cli-test']);

    const json2 = JSON.parse((await cli(['stats', 'releases', '--json'], env)).stdout) as {
      periods: { release: string; from: string; to: string }[];
    };
    const named = await cli(['stats', 'detainers', '--release', 'cli-test,cli-overlap', '--json'], env);
    expect(named.code).toBe(0);
    const answer = JSON.parse(named.stdout) as { rows: { count: number }[]; periods: typeof json2.periods };
    expect(answer.periods.map((p) => p.release)).toEqual(expect.arrayContaining(['cli-test']));
    for (const p of answer.periods) expect(['cli-test', 'cli-overlap']).toContain(p.release);
    // The whole list's periods name every release statistics count when none is named (the demo's too).
    expect(json2.periods.length).toBeGreaterThan(0);
    const byRelease: Record<string, FixtureRecord[]> = { 'cli-test': records, 'cli-overlap': second };
    const counted = answer.periods.reduce(
      (n, p) =>
        n + byRelease[p.release]!.filter((r) => r.date.slice(0, 7) >= p.from && r.date.slice(0, 7) <= p.to).length,
      0,
    );
    expect(answer.rows).toEqual([{ count: counted }]);
    const text = await cli(['stats', 'detainers', '--group-by', 'outcome', '--release', 'cli-test,cli-overlap'], env);
    expect(text.stdout).toContain('release used per period (the newest covering each month):');
    for (const p of answer.periods) {
      expect(text.stdout).toContain(`  ${p.from === p.to ? p.from : `${p.from} to ${p.to}`}  ${p.release}\n`);
    }
    expect(text.stdout).toContain('note: releases cli-overlap and cli-test both cover');
    expect(text.stdout).toContain('re-issues left out: 0 (--include-reissues counts them)');
    const summed = await cli(
      ['stats', 'detainers', '--add-overlapping', '--include-reissues', '--release', 'cli-overlap,cli-test'],
      env,
    );
    expect(summed.code).toBe(0);
    expect(summed.stdout).toMatch(new RegExp(`total ${records.length + second.length};`));
    expect(summed.stdout).toContain('releases added up (--add-overlapping)');
    expect(summed.stdout).toContain('warning: releases cli-overlap and cli-test both cover');
    expect(summed.stdout).toContain('re-issues counted');

    const form = records.find((r) => r.form !== '')!.form;
    const byForm = await cli(['stats', 'detainers', '--release', 'cli-test', '--form', form, '--json'], env);
    expect(byForm.code).toBe(0);
    expect(JSON.parse(byForm.stdout)).toMatchObject({
      rows: [{ count: records.filter((r) => r.form === form).length }],
    });
  });
});
