import type { FastifyBaseLogger } from 'fastify';
import { sweepHolds, type LifecycleDeps } from '../core/lifecycle/lifecycle.use-cases.js';
import type { SweepLeadership } from '../core/lifecycle/sweep-leadership.port.js';

/** The sweeper as this instance sees it, for metrics. */
export interface SweeperStatus {
  /** This instance leads (runs the sweeps) now. */
  readonly leader: boolean;
  /** Sweeps this instance ran as leader since it started. */
  readonly runs: number;
  /** When this instance's last sweep began; null before its first. */
  readonly lastRunAt: Date | null;
  /**
   * How long the oldest hold its last sweep found past its deadline had been past it when that
   * sweep began, in seconds (0: it found none); null before its first sweep.
   */
  readonly lastLagSeconds: number | null;
}

export interface DeadlineSweeper {
  status(): SweeperStatus;
  stop(): Promise<void>;
}

/**
 * Runs the deadline sweeper now and then every `intervalSeconds`, in this process, when this
 * instance leads: at every tick each instance asks the leadership (a PostgreSQL advisory lock), so
 * exactly one sweeps at a time and another takes over at its first tick after the leader dies.
 * Each expiry is appended with the version it saw, so even a sweep that overlaps another (a leader
 * that has not yet noticed its lost connection) records it once. The instance that recorded an
 * expiry, and only it, logs the alarm (ids only).
 */
export function startDeadlineSweeper(
  lifecycle: LifecycleDeps,
  leadership: SweepLeadership,
  log: FastifyBaseLogger,
  intervalSeconds: number,
): DeadlineSweeper {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let leader = false;
  let runs = 0;
  let lastRunAt: Date | null = null;
  let lastLagSeconds: number | null = null;
  let lastRefusedAt: Date | null = null;

  const tick = async () => {
    // Taken before asking: a refusal happened no later than this (the failover test relies on it).
    const askedAt = new Date();
    const leads = await leadership.lead();
    if (leads !== leader) {
      if (leads) log.info({ sweeper: 'leader', lastRefusedAt }, 'this instance now runs the deadline sweeper');
      else log.warn({ sweeper: 'follower' }, 'this instance no longer runs the deadline sweeper');
      leader = leads;
    }
    if (!leads) {
      lastRefusedAt = askedAt;
      return;
    }
    const outcome = await sweepHolds(lifecycle, undefined, () => !stopped && leadership.leading());
    runs += 1;
    lastRunAt = outcome.at;
    lastLagSeconds = outcome.lagSeconds;
    for (const hold of outcome.expired) {
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
    if (!leadership.leading()) {
      leader = false;
      log.warn({ sweeper: 'follower' }, 'this instance lost the deadline sweeper during a sweep');
    }
  };
  let busy = false;
  // A tick that outlasts the interval (a long sweep, a slow database) is not queued behind: the next one skips.
  const sweep = () => {
    if (busy || stopped) return;
    busy = true;
    running = tick()
      .catch((error: unknown) => log.error({ err: error }, 'deadline sweep failed; it will run again'))
      .finally(() => (busy = false));
  };
  sweep();
  const timer = setInterval(sweep, intervalSeconds * 1000);
  timer.unref();
  return {
    status: () => ({ leader: leader && leadership.leading(), runs, lastRunAt, lastLagSeconds }),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      leader = false;
      await leadership.release();
    },
  };
}
