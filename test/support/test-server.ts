import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/composition/start-server.js';
import { loadConfig } from '../../src/config/config.js';

/**
 * A real server listening on a free loopback port, on a fresh SQLite file with the demo seeded.
 * For browser and process-level tests; API tests use app.inject() instead.
 */
export async function startDemoServer(
  options: { webRoot?: string } = {},
): Promise<RunningServer & { readonly sqlitePath: string; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-server-'));
  const config = loadConfig({
    SQLITE_PATH: join(dir, 'test.db'),
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
    // One worker thread: replays and statistics take the production path; limits no test meets.
    WORKER_THREADS: '1',
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_USER: '1000000',
    RATE_LIMIT_EXPENSIVE_ANONYMOUS: '1000000',
    RATE_LIMIT_EXPENSIVE_USER: '1000000',
  });
  const server = await startServer(config, options.webRoot);
  return {
    ...server,
    // For tests that import a release into the running server's database (e.g. through the CLI).
    sqlitePath: join(dir, 'test.db'),
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
