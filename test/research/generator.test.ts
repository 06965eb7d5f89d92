import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NPR_CALIBRATION } from '../../src/core/research/generator-calibration.data.js';
import { generateRecords } from '../../src/core/research/generator.js';
import {
  seedSyntheticResearch,
  type SyntheticResearchStore,
} from '../../src/ingest/generator/seed-synthetic-research.js';
import { runCliProcess as cli } from '../support/cli.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the synthetic generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is exactly reproducible for a seed, different for another, and writes N records', async () => {
    const a = await cli(['generate', '--records', '3000', '--seed', 'alpha']);
    const b = await cli(['generate', '--records', '3000', '--seed', 'alpha']);
    const c = await cli(['generate', '--records', '3000', '--seed', 'beta']);
    expect(a.code).toBe(0);
    expect(sha256(a.stdout)).toBe(sha256(b.stdout));
    expect(sha256(a.stdout)).not.toBe(sha256(c.stdout));
    const lines = a.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('date,lift_reason,det_facility,city,state,detainer_type');
    expect(lines).toHaveLength(3001);

    const out = join(dir, 'alpha.csv');
    const file = await cli(['generate', '--records', '3000', '--seed', 'alpha', '--out', out]);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe('');
    expect(sha256(readFileSync(out, 'utf8'))).toBe(sha256(a.stdout));
  });

  it('refuses a bad record count with exit code 2', async () => {
    const run = await cli(['generate', '--records', 'many', '--seed', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('records');
  });

  it('matches the calibration: year and lift-reason shares of 200,000 records within 1.5 points', () => {
    const n = 200_000;
    const years = new Map<string, number>();
    const reasons = new Map<string, number>();
    const formsIn2015 = new Map<string, number>();
    for (const r of generateRecords(NPR_CALIBRATION, { records: n, seed: 'calibration' })) {
      const year = r.date.slice(0, 4);
      years.set(year, (years.get(year) ?? 0) + 1);
      reasons.set(r.liftReason, (reasons.get(r.liftReason) ?? 0) + 1);
      if (year === '2015') formsIn2015.set(r.form, (formsIn2015.get(r.form) ?? 0) + 1);
    }
    const total = NPR_CALIBRATION.months.reduce((s, [, c]) => s + c, 0);
    expect(total).toBe(1_814_828);
    const expectedYears = new Map<string, number>();
    for (const [m, c] of NPR_CALIBRATION.months)
      expectedYears.set(m.slice(0, 4), (expectedYears.get(m.slice(0, 4)) ?? 0) + c);
    for (const [year, count] of expectedYears) {
      expect(Math.abs((years.get(year) ?? 0) / n - count / total)).toBeLessThan(0.015);
    }
    const expectedReasons = new Map<string, number>();
    for (const list of Object.values(NPR_CALIBRATION.liftReasonsByYear)) {
      for (const [reason, c] of list) expectedReasons.set(reason, (expectedReasons.get(reason) ?? 0) + c);
    }
    expect(expectedReasons.get('Booked into Detention')).toBe(659_041);
    for (const [reason, count] of expectedReasons) {
      expect(Math.abs((reasons.get(reason) ?? 0) / n - count / total)).toBeLessThan(0.015);
    }
    // Form recorded only 2014–2015; I247 (as of March 2013) dominates 2015.
    const in2015 = years.get('2015')!;
    expect(
      (formsIn2015.get('I247 - Immigration Detainer - Notice of Action (as of March 2013)') ?? 0) / in2015,
    ).toBeGreaterThan(0.3);
  });

  it('seeds the synthetic-demo release once, through the research store', async () => {
    const imported: { releaseId: string; dataset: string; lines: number }[] = [];
    const store: SyntheticResearchStore = {
      hasRelease: async (id) => imported.some((r) => r.releaseId === id),
      importNpr: async (input) => {
        let text = '';
        for await (const chunk of input.chunks) text += chunk;
        imported.push({ releaseId: input.releaseId, dataset: input.dataset, lines: text.trimEnd().split('\n').length });
      },
    };
    expect(await seedSyntheticResearch(store, { records: 500 })).toBe(true);
    expect(await seedSyntheticResearch(store, { records: 500 })).toBe(false);
    expect(imported).toEqual([{ releaseId: 'synthetic-demo', dataset: 'synthetic', lines: 501 }]);
  });
});
