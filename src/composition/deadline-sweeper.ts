import type { FastifyBaseLogger } from 'fastify';
import { sweepHolds, type LifecycleDeps } from '../core/lifecycle/lifecycle.use-cases.js';

/**
 * Runs the deadline sweeper now and then every `intervalSeconds`, in this process. Several server
 * instances may run it against one PostgreSQL: each expiry is appended with the version it saw,
 * so exactly one instance records it. Every expired hold is logged as an alarm (ids only).
 */
export function startDeadlineSweeper(
  lifecycle: LifecycleDeps,
  log: FastifyBaseLogger,
  intervalSeconds: number,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const sweep = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        const { expired } = await sweepHolds(lifecycle);
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
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
