import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Type } from 'typebox';
import type { AlarmCounter } from '../../core/lifecycle/lifecycle.ports.js';
import type { Clock } from '../../core/shared/ports.js';
import { ApiError } from '../errors/api-error.js';

/** What the deadline sweeper of this process reports about itself. */
export interface SweeperStatus {
  /** True while this instance is the one that sweeps. */
  readonly leader: boolean;
  /** Sweeps this instance ran as leader. */
  readonly runs: number;
  readonly lastRunAt: Date | null;
  /** How late the last run was, as the sweeper defines it (null before any run). */
  readonly lastLagSeconds: number | null;
}

export interface MetricsOptions {
  /** METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <token>`; when absent, anyone. */
  readonly token?: string | undefined;
  /** Open alarms and holds past deadline, counted from the database at each scrape. */
  readonly alarms: AlarmCounter;
  readonly clock: Clock;
  /** The sweeper's status; without it (or while it answers undefined) no sweeper metric is given. */
  readonly sweeper?: (() => SweeperStatus | undefined) | undefined;
  /** The replays and statistics running or waiting on the work pool. */
  readonly work?: { readonly pending: number } | undefined;
}

export const METRICS_PATH = '/metrics';

/** Routes answered without a route of their own (404s): one label value, never the path asked. */
const UNMATCHED = '(unmatched)';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Prometheus metrics for this server, in a registry of its own (several apps in one process, as the
 * tests build them, never share a metric): the process's defaults; every request counted and timed
 * by route pattern (`/api/v1/detainers/:id`, never the path asked: ids and personal data never become
 * label values), method and status class; the sweeper; and, read from the database at each scrape,
 * the open alarms by kind and the holds past their deadline. Served at GET /metrics, never rate limited.
 */
export function installMetrics(app: FastifyInstance, options: MetricsOptions): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const labelNames = ['route', 'method', 'status_class'] as const;
  const requests = new Counter({
    name: 'detainer_desk_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status class (2xx, 4xx, ...)',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'detainer_desk_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern, method and status class',
    labelNames,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      route: request.routeOptions.url ?? UNMATCHED,
      method: request.method,
      status_class: `${Math.floor(reply.statusCode / 100)}xx`,
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const openAlarms = new Gauge({
    name: 'detainer_desk_open_alarms',
    help: 'Open alarms of every agency, by kind, as the alarm lists show them (counted at scrape)',
    labelNames: ['kind'],
    registers: [registry],
  });
  const HOLDS_PAST_DEADLINE = 'detainer_desk_holds_past_deadline';
  const holdsPastDeadline = new Gauge({
    name: HOLDS_PAST_DEADLINE,
    help: 'Holds whose lawful deadline has passed and that the sweeper has not marked expired yet; must be 0',
    registers: [registry],
  });
  const databaseUp = new Gauge({
    name: 'detainer_desk_database_up',
    help: '1 when the counts of this scrape could be read from the database, 0 when it failed',
    registers: [registry],
  });
  const countFromDatabase = async () => {
    try {
      const counts = await options.alarms.countAt(options.clock.now());
      for (const [kind, n] of Object.entries(counts.openAlarms)) openAlarms.set({ kind }, n);
      holdsPastDeadline.set(counts.holdsPastDeadline);
      if (!registry.getSingleMetric(HOLDS_PAST_DEADLINE)) registry.registerMetric(holdsPastDeadline);
      databaseUp.set(1);
    } catch (error) {
      // No figure rather than a stale or zero one: an alert on the absence of holds_past_deadline fires.
      openAlarms.reset();
      registry.removeSingleMetric(HOLDS_PAST_DEADLINE);
      databaseUp.set(0);
      app.log.error({ err: error }, 'metrics: the alarm counts could not be read');
    }
  };

  installSweeperMetrics(registry, options.sweeper);
  if (options.work) {
    const work = options.work;
    new Gauge({
      name: 'detainer_desk_work_pending',
      help: 'Replays, statistics and evaluate lists running or waiting on the work pool',
      registers: [registry],
      collect() {
        this.set(work.pending);
      },
    });
  }

  const expected = options.token === undefined ? undefined : sha256(options.token);
  const authorised = (request: FastifyRequest) => {
    if (!expected) return true;
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    return match !== null && timingSafeEqual(sha256(match[1]!), expected);
  };

  app.get(
    METRICS_PATH,
    {
      config: { limit: 'none' },
      schema: {
        tags: ['system'],
        security: expected ? [{ metricsToken: [] }] : [],
        summary: 'Prometheus metrics (text exposition format)',
        description:
          'Requests by route pattern, method and status class; the sweeper; open alarms by kind and holds past ' +
          'their deadline (counted at each scrape); the process. Counts only: no id, no personal data. When the ' +
          'server has METRICS_TOKEN, only `Authorization: Bearer <METRICS_TOKEN>` is answered (401 otherwise).',
        response: {
          200: { description: 'the metrics', content: { 'text/plain': { schema: Type.String() } } },
          401: Type.Ref('ErrorEnvelope'),
        },
      },
    },
    async (request, reply) => {
      if (!authorised(request)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw new ApiError(
          'AUTH.UNAUTHENTICATED',
          'The metrics need the server\'s metrics token: send "Authorization: Bearer <METRICS_TOKEN>".',
        );
      }
      await countFromDatabase();
      return reply
        .type(registry.contentType)
        .header('cache-control', 'no-store')
        .send(await registry.metrics());
    },
  );
}

function installSweeperMetrics(registry: Registry, status: MetricsOptions['sweeper']): void {
  if (!status) return;
  let counted = 0;
  new Counter({
    name: 'detainer_desk_sweeper_runs_total',
    help: 'Deadline sweeps this instance ran as leader',
    registers: [registry],
    collect() {
      const runs = status()?.runs ?? counted;
      if (runs > counted) this.inc(runs - counted);
      counted = Math.max(counted, runs);
    },
  });
  // Before the sweeper has started or run (a moment at start), these read 0: not the leader, never run.
  const gauge = (name: string, help: string, read: (now: SweeperStatus | undefined) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(status()));
      },
    });
  gauge('detainer_desk_sweeper_leader', '1 while this instance is the one that sweeps deadlines, 0 otherwise', (now) =>
    now?.leader ? 1 : 0,
  );
  gauge(
    'detainer_desk_sweeper_last_run_timestamp_seconds',
    'When this instance last swept (Unix time; 0 before its first sweep)',
    (now) => (now?.lastRunAt ? now.lastRunAt.getTime() / 1000 : 0),
  );
  gauge(
    'detainer_desk_sweeper_last_lag_seconds',
    'How far past its deadline the oldest hold the last sweep found was (0 when none, or before any sweep)',
    (now) => now?.lastLagSeconds ?? 0,
  );
}
