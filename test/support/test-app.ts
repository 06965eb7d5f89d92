import type { KeyObject } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createApiToken } from '../../src/core/auth/api-tokens.use-cases.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import type { RateLimits, WorkLimits } from '../../src/config/config.js';
import { createWorkPool, type WorkPool } from '../../src/composition/work-pool.js';
import type { DatabaseTarget } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { buildServer } from '../../src/server/app.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly work: WorkPool;
}

/** Limits high enough that no test meets them unless it sets its own (the suite sends many requests). */
export const GENEROUS_RATE_LIMITS: RateLimits = {
  windowSeconds: 60,
  anonymous: 1_000_000,
  user: 1_000_000,
  expensiveAnonymous: 1_000_000,
  expensiveUser: 1_000_000,
  portalAnonymous: 1_000_000,
  portalUser: 1_000_000,
};

/** Replays and statistics on the main thread (an in-memory test database), with the defaults' caps. */
export const MAIN_THREAD_WORK: WorkLimits = {
  threads: 0,
  queueLimit: 16,
  replayMaxRecords: 2_000_000,
  statsMaxRows: 50_000,
};

export interface TestAppOptions {
  readonly clock?: Clock;
  readonly logger?: Parameters<typeof buildServer>[0]['logger'];
  readonly trustProxy?: boolean;
  readonly rateLimit?: Partial<RateLimits>;
  readonly work?: Partial<WorkLimits>;
  /** The database again, for worker threads (a SQLite file or a PostgreSQL URL); without it work runs on the main thread. */
  readonly target?: DatabaseTarget;
  readonly bodyLimitBytes?: number;
  /** Seeds the synthetic demo (default true). */
  readonly demo?: boolean;
  /** A built web app to serve beside the API (a folder with index.html); none by default. */
  readonly webRoot?: string;
  /** The key that signs GET /api/v1/audit/heads (none by default: that route answers 503). */
  readonly auditSigningKey?: KeyObject;
  /** GET /metrics: its token and the sweeper's status (none by default: open, no sweeper metrics). */
  readonly metrics?: Parameters<typeof buildServer>[0]['metrics'];
}

/** The real HTTP app on a test database, migrated and seeded with the synthetic demo. */
export async function buildTestApp(handle: DatabaseHandle, options: TestAppOptions = {}): Promise<TestApp> {
  const services = createServices(handle, { sessionTtlHours: 12, ...(options.clock ? { clock: options.clock } : {}) });
  await prepareDatabase(handle, () => services, { demo: options.demo ?? true });
  const work = createWorkPool(handle, services.law.engine, options.target, { ...MAIN_THREAD_WORK, ...options.work });
  const app = await buildServer({
    services,
    work,
    rateLimit: { ...GENEROUS_RATE_LIMITS, ...options.rateLimit },
    version: 'test',
    bodyLimitBytes: options.bodyLimitBytes ?? 16 * 1024,
    trustProxy: options.trustProxy ?? false,
    logger: options.logger ?? false,
    webRoot: options.webRoot,
    auditSigningKey: options.auditSigningKey ?? null,
    metrics: options.metrics,
  });
  app.addHook('onClose', () => work.close());
  await app.ready();
  return { app, services, work };
}

/** An API token for a demo user, e.g. tokenFor(services, 'auditor@alameda.demo.example'). */
export async function tokenFor(services: Services, email: string): Promise<string> {
  const user = await services.auth.users.findByEmail(email);
  if (!user) throw new Error(`no demo user ${email}`);
  const created = await createApiToken(services.auth, principalOf(user, 'cli'), { name: 'test' }, { address: null });
  if (!created.ok) throw new Error(created.error.message);
  return created.value.secret;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export const DEMO = {
  alameda: (role: string) => `${role}@alameda.demo.example`,
  harris: (role: string) => `${role}@harris.demo.example`,
  password: 'demo-password-2026',
} as const;

/** A valid intake body; override fields per test. */
export function newDetainerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: ['biometric-database'],
    issuedAt: '2026-11-28T09:00:00-08:00',
    receivedAt: '2026-11-28T09:30:00-08:00',
    issuingOffice: 'Test ERO office',
    federalReference: `TEST-${Math.random().toString(36).slice(2, 10)}`,
    subject: {
      reference: `BK-${Math.random().toString(36).slice(2, 8)}`,
      fullName: 'Test Person Zeta',
      aNumber: 'A123456789',
    },
    ...overrides,
  };
}
