import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CliContext } from '../cli/context.js';
import type { LawMapService } from './law-map-service.js';
import { CliError, EXIT } from '../cli/exit-codes.js';
import { loadConfig, type Config } from '../config/config.js';
import type { DatabaseHandle } from '../db/engine.js';
import { systemClock } from '../platform/node-ports.js';
import { startBanner } from './banner.js';
import type { Services } from './services.js';

/** What the CLI's commands reach of the process: the environment and the three standard streams. */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Standard input, read whole. */
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/**
 * The CLI's context over the process's I/O (src/cli/main.ts gives it the real process; tests give
 * it strings): configuration is read once, on first use, and frozen. The services (with the law,
 * the PDF renderer, the web server...), the law, the database drivers and the importer are loaded
 * only by the commands that use them (dynamic imports), so that `import`, `--help` and the like
 * start without the rest.
 */
export function createCliContext(io: CliIo): CliContext {
  let config: Config | undefined;
  const getConfig = () => (config ??= loadConfig(io.env));
  /** The use-case services over a handle, their modules loaded on first use. */
  const servicesOf = async (handle: DatabaseHandle): Promise<Services> => {
    const { createServices } = await import('./services.js');
    return createServices(handle, {
      sessionTtlHours: getConfig().sessionTtlHours,
      sessionIdleMinutes: getConfig().sessionIdleMinutes,
    });
  };
  const open = async (): Promise<DatabaseHandle> => {
    const { openDatabase } = await import('../db/connect.js');
    return openDatabase(getConfig().database);
  };
  const law = async () => (await import('./law.js')).loadLaw();
  let lawMap: Promise<LawMapService> | undefined;
  return {
    config: getConfig,
    law,
    lawMap: () =>
      (lawMap ??= (async () => new (await import('./law-map-service.js')).LawMapService(await law(), systemClock))()),
    now: () => systemClock.now(),
    env: (name) => io.env[name],
    async withServices(work) {
      const handle = await open();
      try {
        return await work(await servicesOf(handle));
      } finally {
        await handle.close();
      }
    },
    async withResearchImport(work) {
      const { researchImportDeps } = await import('./research-import.js');
      const handle = await open();
      try {
        return await work(researchImportDeps(handle, systemClock));
      } finally {
        await handle.close();
      }
    },
    async prepare(options) {
      const [{ prepareDatabase }, { MigrationError }] = await Promise.all([
        import('./prepare-database.js'),
        import('../db/migrations/migrate.js'),
      ]);
      const handle = await open();
      try {
        return {
          ...(await prepareDatabase(handle, () => servicesOf(handle), { ...options, researchDemo: options.demo })),
          engine: handle.engine,
        };
      } catch (error) {
        if (error instanceof MigrationError) throw new CliError(EXIT.UNAVAILABLE, error.message);
        throw error;
      } finally {
        await handle.close();
      }
    },
    async planMigrations() {
      const [{ openDatabase, isSqliteFilePath }, { planMigrations, MigrationError }] = await Promise.all([
        import('../db/connect.js'),
        import('../db/migrations/migrate.js'),
      ]);
      const target = getConfig().database;
      const absent = target.engine === 'sqlite' && isSqliteFilePath(target.path) && !existsSync(target.path);
      const handle = absent ? openDatabase({ engine: 'sqlite', path: ':memory:' }) : openDatabase(target);
      try {
        return { ...(await planMigrations(handle)), engine: handle.engine, absent };
      } catch (error) {
        if (error instanceof MigrationError) throw new CliError(EXIT.UNAVAILABLE, error.message);
        throw error;
      } finally {
        await handle.close();
      }
    },
    backup: async (out) => (await import('./backup.js')).backupDatabase(getConfig().database, out),
    restore: async (file, options) =>
      (await import('./backup.js')).restoreDatabase(getConfig().database, file, options),
    async startServer(options) {
      const { startServer, stopOnSignals } = await import('./start-server.js');
      const server = await startServer({ ...getConfig(), demoData: options.demo });
      stopOnSignals(server, getConfig().shutdownTimeoutMs);
      io.out(startBanner(server, getConfig().database.engine));
    },
    readStdin: () => io.readStdin(),
    async readFile(path) {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new CliError(EXIT.USAGE, `${path}: cannot read the file (${reason})`);
      }
    },
    out: (text) => io.out(text),
    err: (text) => io.err(text),
  };
}
