import { renameSync, writeFileSync } from 'node:fs';
import { Gauge, Registry } from 'prom-client';

/** At most one write a second while rows are read: the collector reads the file when it is scraped. */
const WRITE_EVERY_MS = 1000;

export interface ImportMetricsFile {
  progress(rowsRead: number): void;
  /** The last write, done when the returned promise settles. */
  finished(outcome: { rowsRead: number; rowsLoaded: number } | 'failed'): Promise<void>;
}

/**
 * An import's progress as a Prometheus text file (`import --metrics-file`), for node_exporter's
 * textfile collector: imports run in the CLI, not in the server, so the server's /metrics cannot see
 * them. Rewritten whole and renamed into place, so the collector never reads half a file. The file's
 * name (without its folder) and the dataset are the only labels: no row content, nothing personal.
 */
export function importMetricsFile(
  path: string,
  labels: { file: string; dataset: string },
  now: () => number = Date.now,
): ImportMetricsFile {
  const registry = new Registry();
  const gauge = (name: string, help: string) =>
    new Gauge({
      name: `detainer_desk_import_${name}`,
      help,
      labelNames: ['file', 'dataset'],
      registers: [registry],
    });
  const rowsRead = gauge('rows_read', 'rows of the release file read so far');
  const rowsLoaded = gauge('rows_loaded', 'rows stored once the import committed (0 until then)');
  const started = gauge('started_timestamp_seconds', 'when the import began');
  const updated = gauge('updated_timestamp_seconds', 'when this file was last written');
  const running = gauge('running', '1 while the import runs, 0 once it ended');
  const succeeded = gauge('succeeded', '1 once the import committed; 0 while it runs or when it failed');
  const seconds = (ms: number) => ms / 1000;
  started.set(labels, seconds(now()));
  running.set(labels, 1);
  succeeded.set(labels, 0);
  rowsRead.set(labels, 0);
  rowsLoaded.set(labels, 0);
  let lastWrite = -Infinity;
  const write = async () => {
    updated.set(labels, seconds(now()));
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, await registry.metrics());
    renameSync(temporary, path);
  };
  // Writes happen in order; one failing (a full disk) never fails the import it reports on.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = () => (queue = queue.then(write).catch(() => {}));
  void enqueue();
  return {
    progress(rows) {
      rowsRead.set(labels, rows);
      if (now() - lastWrite < WRITE_EVERY_MS) return;
      lastWrite = now();
      void enqueue();
    },
    finished(outcome) {
      running.set(labels, 0);
      if (outcome !== 'failed') {
        rowsRead.set(labels, outcome.rowsRead);
        rowsLoaded.set(labels, outcome.rowsLoaded);
        succeeded.set(labels, 1);
      }
      return enqueue();
    },
  };
}
