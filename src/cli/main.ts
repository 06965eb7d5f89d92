#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { startBanner } from '../composition/banner.js';
import { loadLaw } from '../composition/law.js';
import { packageVersion } from '../composition/package-version.js';
import { prepareDatabase } from '../composition/prepare-database.js';
import { researchImportDeps } from '../composition/research-import.js';
import type { Services } from '../composition/services.js';
import type { DatabaseHandle } from '../db/engine.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase } from '../db/connect.js';
import { MigrationError } from '../db/migrations/migrate.js';
import { systemClock } from '../platform/node-ports.js';
import type { CliContext } from './context.js';
import { CliError, EXIT } from './exit-codes.js';
import { runCli } from './program.js';

/**
 * Composition root of the CLI: configuration is read once, on first use, and frozen. The services
 * (with the law, the PDF renderer, the web server...) are loaded only by the commands that use them,
 * so that `import`, `--help` and the like start without them.
 */
function nodeContext(): CliContext {
  let config: Config | undefined;
  const getConfig = () => (config ??= loadConfig(process.env));
  /** The use-case services over a handle, their modules loaded on first use. */
  const servicesOf = async (handle: DatabaseHandle): Promise<Services> => {
    const { createServices } = await import('../composition/services.js');
    return createServices(handle, {
      sessionTtlHours: getConfig().sessionTtlHours,
      sessionIdleMinutes: getConfig().sessionIdleMinutes,
    });
  };
  return {
    config: getConfig,
    law: () => loadLaw(),
    now: () => systemClock.now(),
    async withServices(work) {
      const handle = openDatabase(getConfig().database);
      try {
        return await work(await servicesOf(handle));
      } finally {
        await handle.close();
      }
    },
    async withResearchImport(work) {
      const handle = openDatabase(getConfig().database);
      try {
        return await work(researchImportDeps(handle, systemClock));
      } finally {
        await handle.close();
      }
    },
    async prepare(options) {
      const handle = openDatabase(getConfig().database);
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
    async startServer(options) {
      const { startServer, stopOnSignals } = await import('../composition/start-server.js');
      const server = await startServer({ ...getConfig(), demoData: options.demo });
      stopOnSignals(server, getConfig().shutdownTimeoutMs);
      process.stdout.write(startBanner(server, getConfig().database.engine));
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    async readFile(path) {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new CliError(EXIT.USAGE, `${path}: cannot read the file (${reason})`);
      }
    },
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}

const code = await runCli(process.argv.slice(2), nodeContext(), packageVersion());
// `serve` keeps the process alive until a signal; every other command ends here.
if (process.argv[2] !== 'serve' || code !== 0) process.exit(code);
