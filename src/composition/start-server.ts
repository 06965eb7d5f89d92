import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { openDatabase } from '../db/connect.js';
import type { DatabaseHandle } from '../db/engine.js';
import { buildServer } from '../server/app.js';
import { openSweepLeadership } from '../db/sweep-leadership.js';
import { startDeadlineSweeper, type DeadlineSweeper, type SweeperStatus } from './deadline-sweeper.js';
import { loggerOptions } from './logger-options.js';
import { packageVersion, WEB_ROOT } from './package-version.js';
import { prepareDatabase, type PreparedDatabase } from './prepare-database.js';
import { createServices } from './services.js';
import { createWorkPool, type WorkPool } from './work-pool.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly prepared: PreparedDatabase;
  /** The deadline sweeper as this instance sees it (leader or not, its runs and lag), for metrics. */
  sweeperStatus(): SweeperStatus;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

export async function startServer(config: Config, webRoot: string = WEB_ROOT): Promise<RunningServer> {
  const handle = openDatabase(config.database);
  let work: WorkPool | undefined;
  let sweeper: DeadlineSweeper | undefined;
  try {
    const services = createServices(handle, {
      sessionTtlHours: config.sessionTtlHours,
      sessionIdleMinutes: config.sessionIdleMinutes,
    });
    const prepared = await prepareDatabase(handle, () => services, {
      demo: config.demoData,
      researchDemo: config.demoData,
    });
    work = createWorkPool(handle, services.law.engine, config.database, config.work);
    const app = await buildServer({
      services,
      work,
      rateLimit: config.rateLimit,
      version: packageVersion(),
      bodyLimitBytes: config.bodyLimitBytes,
      trustProxy: config.trustProxy,
      webRoot,
      logger: loggerOptions(config.logLevel),
      auditSigningKey: config.auditSigningKey,
      // The sweeper starts once the server is built: until then /metrics reads it as not started.
      metrics: { token: config.metricsToken, sweeper: () => sweeper?.status() },
    });
    app.log.info(
      {
        work: work.mode,
        threads: work.mode === 'threads' ? config.work.threads : 0,
        queueLimit: config.work.queueLimit,
      },
      'replays, statistics and evaluate lists run on ' +
        (work.mode === 'threads' ? 'worker threads' : 'the main thread'),
    );
    if (config.metricsToken === undefined && !['localhost', '127.0.0.1', '::1'].includes(config.host)) {
      app.log.warn(
        { host: config.host },
        'GET /metrics is open to anyone who reaches this port: set METRICS_TOKEN, or keep /metrics off the public proxy',
      );
    }
    const leadership = openSweepLeadership(config.database, {
      // A leader whose database does not answer within this gives the leadership up.
      checkTimeoutMs: Math.min(10_000, config.sweepIntervalSeconds * 1000),
    });
    sweeper = startDeadlineSweeper(services.lifecycle, leadership, app.log, config.sweepIntervalSeconds);
    const running = sweeper;
    app.addHook('onClose', async () => {
      await running.stop();
      await work?.close();
      await handle.close();
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const port = new URL(address).port;
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
    return { app, url, prepared, sweeperStatus: () => running.status(), stop: () => app.close() };
  } catch (error) {
    await sweeper?.stop().catch(() => {});
    await work?.close().catch(() => {});
    await closeQuietly(handle);
    throw error;
  }
}

/** On SIGTERM or SIGINT: finish in-flight requests, close the database, exit; force exit after the grace period. */
export function stopOnSignals(server: RunningServer, graceMs: number): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.app.log.error('grace period over; exiting with requests still open');
      process.exit(1);
    }, graceMs);
    force.unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function closeQuietly(handle: DatabaseHandle): Promise<void> {
  try {
    await handle.close();
  } catch {
    // The original error is the one worth reporting.
  }
}
