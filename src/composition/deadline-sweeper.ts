import type { FastifyBaseLogger } from 'fastify';
import { sweepHolds, type LifecycleDeps } from '../core/lifecycle/lifecycle.use-cases.js';
import type { SweeperStatus } from '../server/plugins/metrics.js';

/**
 * Runs the deadline sweeper now and then every `intervalSeconds`, in this process. Several server
 * instances may run it against one PostgreSQL: each expiry is appended with the version it saw,
 * so exactly one instance records it. Every expired hold is logged as an alarm (ids only).
 */
export function startDeadlineSweeper(
  lifecycle: LifecycleDeps,
  log: FastifyBaseLogger,
  intervalSeconds: number,
): { stop(): Promise<void>; status(): SweeperStatus } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let runs = 0;
  let lastRunAt: Date | null = null;
  let lastLagSeconds: number | null = null;
  const sweep = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const startedAt = lifecycle.clock.now();
        const { expired } = await sweepHolds(lifecycle);
        runs += 1;
        lastRunAt = startedAt;
        // How far past its deadline the oldest hold this run expired was (0 when it found none).
        const oldest = Math.min(...expired.map((hold) => Date.parse(hold.deadline)));
        lastLagSeconds = expired.length === 0 ? 0 : Math.max(0, (startedAt.getTime() - oldest) / 1000);
        for (const hold of expired) {
          log.warn(
            {
              alarm: 'hold-past-deadline',
              agencyId: hold.agencyId,
              detainerId: hold.detainerId,
              deadline: hold.deadline,
            },
            'hold reached its lawful end: the person must be released now',
          );
        }
      } catch (error) {
        log.error({ err: error }, 'deadline sweep failed; it will run again');
      }
    });
  };
  sweep();
  const timer = setInterval(sweep, intervalSeconds * 1000);
  timer.unref();
  return {
    // Every instance sweeps (see above), so each is its own leader.
    status: () => ({ leader: true, runs, lastRunAt, lastLagSeconds }),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
