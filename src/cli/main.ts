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
    out: (text) => stdout.write(text),
    err: (text) => {
      if (!process.stderr.destroyed) process.stderr.write(text);
    },
  };
}

/**
 * Standard output as the commands write it. Writes are queued by Node when the reader is slower
 * than the command (a pipe into `head`, `jq`, `less`); the process must not end before they are
 * written. A write that fails (EPIPE: the reader went away; EIO, ENOSPC...) is remembered: the
 * command then exits 1, never 0, since its output did not arrive whole. This includes a reader
 * that closes early on purpose (`| head -c 100`): the CLI cannot tell it from a reader that
 * crashed, and shells with `set -o pipefail` should learn that the output was cut short.
 */
const stdout = (() => {
  let failure: NodeJS.ErrnoException | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  return {
    write(text: string): void {
      if (failure === undefined && !process.stdout.destroyed) process.stdout.write(text);
    },
    /** Resolves once everything written so far has reached the reader (or failed to). */
    flushed(): Promise<NodeJS.ErrnoException | undefined> {
      if (failure !== undefined || process.stdout.destroyed) return Promise.resolve(failure);
      return new Promise((resolve) => {
        process.stdout.write('', (error) => resolve(failure ?? (error as NodeJS.ErrnoException | null) ?? undefined));
      });
    },
  };
})();

const code = await runCli(process.argv.slice(2), nodeContext(), packageVersion());
// `serve` keeps the process alive until a signal; every other command ends here, once its output is written.
if (process.argv[2] !== 'serve' || code !== 0) {
  const failed = await stdout.flushed();
  if (failed !== undefined && !process.stderr.destroyed) {
    process.stderr.write(`error: standard output could not be written (${failed.code ?? failed.message})\n`);
  }
  process.exitCode = failed !== undefined && code === EXIT.OK ? EXIT.FAILURE : code;
  // Wait for standard error as well, then end: a database pool or worker left open must not keep a
  // finished command alive, and nothing written is lost, as both streams are flushed by now.
  if (process.stderr.destroyed) process.exit();
  else process.stderr.write('', () => process.exit());
}
