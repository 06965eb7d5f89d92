import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { runCliProcess as cli } from '../support/cli.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { tally, writeGeneratedRelease, type FixtureRecord } from './stats-fixture.js';

describeEachEngine('the stats CLI', ({ engine }) => {
  let env: Record<string, string>;
  let dir: string;
  let cleanup: () => Promise<void>;
  let records: FixtureRecord[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-cli-stats-'));
    let handle;
    if (engine === 'sqlite') {
      const path = join(dir, 'desk.db');
      env = { DATABASE_URL: `sqlite:${path}` };
      cleanup = async () => {};
      expect((await cli(['seed', '--demo', '--json'], env)).code).toBe(0);
      handle = openDatabase({ engine: 'sqlite', path });
    } else {
      const database = await createTestDatabase('postgres');
      await database.close();
      env = { DATABASE_URL: database.url };
      cleanup = () => database.dispose();
      expect((await cli(['seed', '--demo', '--json'], env)).code).toBe(0);
      handle = openDatabase({ engine: 'postgres', url: database.url });
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

  it('refuses an unknown dimension with exit code 2 naming the field', async () => {
    const run = await cli(['stats', 'detainers', '--group-by', 'planet'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('groupBy');
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
});
