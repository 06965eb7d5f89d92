import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/core/research/import-report.js';
import { runCliInProcess as cli } from '../support/cli.js';

const PA = fileURLToPath(new URL('../../../shared/data/pa-detainers/pa_detainers.csv', import.meta.url));
const present = existsSync(PA);
if (!present) console.warn(`NOTICE: ${PA} is absent; the import CLI test is skipped.`);

describe.skipIf(!present)('[sqlite] detainer-desk import (real CLI, SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dd-import-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'research.db')}` };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports pa_detainers.csv and prints the quality report (no progress bar off a terminal)', async () => {
    const run = await cli(['import', 'npr', PA], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Layout: npr-export \(.*\), npr family\nImported release npr-[0-9a-f]{12} \(npr\) from pa_detainers\.csv\n/,
    );
    expect(run.stdout).toContain('rows read       32,757');
    expect(run.stdout).toContain('rows loaded     32,757');
    expect(run.stdout).toContain('rows rejected   0');
    expect(run.stdout).toContain('prepare dates   2007-10-02 to 2015-07-18');
    expect(run.stdout).toMatch(/detainer_type\s+30,958\s+94\.5%/);
    expect(run.stdout).toMatch(/Facilities: \d+, \d+ mapped to a county/);
  });

  it('--json prints the report; a second run replaces the release with the same counts', async () => {
    const run = await cli(['import', 'npr', PA, '--json', '--release', 'pa-2015'], env);
    expect(run.code, run.stderr).toBe(0);
    const first = JSON.parse(run.stdout) as ImportReport;
    expect(first).toMatchObject({
      release: 'pa-2015',
      replaced: false,
      rowsRead: 32_757,
      rowsLoaded: 32_757,
      rowsRejected: 0,
    });
    expect(first.rejections).toEqual({ byReason: {}, sample: [], sampleCapped: false });

    const again = await cli(['import', 'npr', PA, '--json', '--release', 'pa-2015', '--quiet'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ ...first, replaced: true });
  });

  // Issue 14: the as-of date decides which of two overlapping releases statistics count for a month.
  it("--as-of sets the release's as-of date (default: its last prepare date); a bad date is exit 2", async () => {
    const run = await cli(['import', 'npr', PA, '--quiet', '--release', 'pa-asof', '--as-of', '2016-03-01'], env);
    expect(run.code, run.stderr).toBe(0);
    const list = JSON.parse((await cli(['stats', 'releases', '--json'], env)).stdout) as {
      releases: { id: string; asOf: string | null }[];
    };
    expect(list.releases.find((r) => r.id === 'pa-asof')?.asOf).toBe('2016-03-01');
    expect(list.releases.find((r) => r.id === 'pa-2015')?.asOf).toBe('2015-07-18');
    const bad = await cli(['import', 'npr', PA, '--quiet', '--release', 'pa-bad', '--as-of', '2016-02-30'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('as-of date must be a calendar date written YYYY-MM-DD (nothing imported)');
    const after = JSON.parse((await cli(['stats', 'releases', '--json'], env)).stdout) as {
      releases: { id: string }[];
    };
    expect(after.releases.map((r) => r.id)).not.toContain('pa-bad');
  });

  it('refuses an unknown dataset or an unreadable file with exit 2, importing nothing', async () => {
    const dataset = await cli(['import', 'trac', PA], env);
    expect(dataset.code).toBe(2);
    expect(dataset.stderr).toContain('dataset must be one of npr, ddp, auto');
    const missing = await cli(['import', 'npr', join(dir, 'nope.csv')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv: cannot read the file \(ENOENT\)/);
  });
});
