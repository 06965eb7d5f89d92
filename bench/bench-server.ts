import type { Services } from '../src/composition/services.js';
import { createWorkPool } from '../src/composition/work-pool.js';
import type { DatabaseHandle } from '../src/db/engine.js';
import { buildServer } from '../src/server/app.js';

/**
 * The HTTP server as production builds it, for a benchmark's requests: work on the main thread (so
 * a figure is the request's own time), and rate limits out of the way. Closing it closes its work pool.
 */
export async function benchServer(
  handle: DatabaseHandle,
  services: Services,
  limits: { readonly replayMaxRecords: number; readonly statsMaxRows: number; readonly bodyLimitBytes: number },
) {
  const work = createWorkPool(handle, services.law.engine, undefined, {
    threads: 0,
    queueLimit: 16,
    replayMaxRecords: limits.replayMaxRecords,
    statsMaxRows: limits.statsMaxRows,
  });
  const app = await buildServer({
    services,
    work,
    rateLimit: {
      windowSeconds: 60,
      anonymous: 1e9,
      user: 1e9,
      expensiveAnonymous: 1e9,
      expensiveUser: 1e9,
      portalAnonymous: 1e9,
      portalUser: 1e9,
    },
    version: 'bench',
    bodyLimitBytes: limits.bodyLimitBytes,
    trustProxy: false,
    logger: false,
  });
  app.addHook('onClose', () => work.close());
  return app;
}
