import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess as cli } from '../support/cli.js';
import { writeDimensionFixtures } from './dimensions-fixture.js';

describe('[sqlite] stats detainers over the new dimensions (real CLI, SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dd-dimensions-cli-'));
    writeDimensionFixtures(dir);
    env = { DATABASE_URL: `sqlite:${join(dir, 'research.db')}` };
    expect((await cli(['import', 'ddp', join(dir, 'ddp.csv'), '--release', 'ddp-dims', '--quiet'], env)).code).toBe(0);
    expect((await cli(['import', 'npr', join(dir, 'npr.csv'), '--release', 'npr-dims', '--quiet'], env)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('groups and filters by citizenship, U.S. citizen, conviction category and area, as a table and JSON', async () => {
    const args = ['stats', 'detainers', '--group-by', 'citizenship,usCitizen', '--release', 'ddp-dims'];
    const json = await cli([...args, '--us-citizen', 'false', '--conviction-category', 'larceny', '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).rows).toEqual([{ citizenship: 'MEXICO', usCitizen: false, count: 1 }]);
    const table = await cli([...args, '--aor', 'Los Angeles Area of Responsibility'], env);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^CITIZENSHIP\s+USCITIZEN\s+COUNT$/);
    expect(lines.slice(1, 4).map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['EL SALVADOR', 'true', '1'],
      ['HONDURAS', 'false', '1'],
      ['(unknown)', 'false', '1'],
    ]);
  });

  it('refuses a conviction category that is not an NCIC group, with exit code 2, naming the option', async () => {
    const run = await cli(['stats', 'detainers', '--conviction-category', 'theft'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--conviction-category: ');
  });
});
