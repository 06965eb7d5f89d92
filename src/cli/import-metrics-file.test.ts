import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleValue } from '../../test/support/prometheus-text.js';
import { importMetricsFile } from './import-metrics-file.js';

describe('an import progress file for the textfile collector', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dd-import-metrics-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const labels = { file: 'ice-lea.txt', dataset: 'auto' };
  const read = (path: string) => parsePrometheusText(readFileSync(path, 'utf8'));
  const value = (path: string, name: string) => sampleValue(read(path), `detainer_desk_import_${name}`, labels);

  it('is written at the start, at most once a second while rows are read, and at the end', async () => {
    const path = join(dir, 'progress.prom');
    let now = 1_000_000;
    const file = importMetricsFile(path, labels, () => now);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(value(path, 'running')).toBe(1);
    expect(value(path, 'rows_read')).toBe(0);
    expect(value(path, 'started_timestamp_seconds')).toBe(1000);

    file.progress(100);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(value(path, 'rows_read')).toBe(100);
    now += 500;
    file.progress(200); // within the second: not written
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(value(path, 'rows_read')).toBe(100);
    now += 600;
    file.progress(300);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(value(path, 'rows_read')).toBe(300);
    expect(value(path, 'updated_timestamp_seconds')).toBe(1001.1);

    await file.finished({ rowsRead: 350, rowsLoaded: 340 });
    expect(value(path, 'running')).toBe(0);
    expect(value(path, 'succeeded')).toBe(1);
    expect(value(path, 'rows_read')).toBe(350);
    expect(value(path, 'rows_loaded')).toBe(340);
    // Renamed into place: no temporary file left beside it.
    expect(readdirSync(dir)).toEqual(['progress.prom']);
  });

  it('says a failed import ended without success', async () => {
    const path = join(dir, 'failed.prom');
    const file = importMetricsFile(path, labels);
    file.progress(10);
    await file.finished('failed');
    expect(value(path, 'running')).toBe(0);
    expect(value(path, 'succeeded')).toBe(0);
    expect(value(path, 'rows_loaded')).toBe(0);
  });

  it('never fails the import when the file cannot be written', async () => {
    const path = join(dir, 'no-such-folder', 'x.prom');
    const file = importMetricsFile(path, labels);
    file.progress(1);
    await expect(file.finished({ rowsRead: 1, rowsLoaded: 1 })).resolves.toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });
});
