import type { FastifyInstance } from 'fastify';
import { createApiToken } from '../../src/core/auth/api-tokens.use-cases.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { buildServer } from '../../src/server/app.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly services: Services;
}

/** The real HTTP app on a test database, migrated and seeded with the synthetic demo. */
export async function buildTestApp(
  handle: DatabaseHandle,
  options: { clock?: Clock; logger?: Parameters<typeof buildServer>[0]['logger']; trustProxy?: boolean } = {},
): Promise<TestApp> {
  const services = createServices(handle, { sessionTtlHours: 12, ...(options.clock ? { clock: options.clock } : {}) });
  await prepareDatabase(handle, () => services, { demo: true });
  const app = await buildServer({
    services,
    version: 'test',
    bodyLimitBytes: 16 * 1024,
    trustProxy: options.trustProxy ?? false,
    logger: options.logger ?? false,
  });
  await app.ready();
  return { app, services };
}

/** An API token for a demo user, e.g. tokenFor(services, 'auditor@alameda.demo.example'). */
export async function tokenFor(services: Services, email: string): Promise<string> {
  const user = await services.auth.users.findByEmail(email);
  if (!user) throw new Error(`no demo user ${email}`);
  const created = await createApiToken(services.auth, principalOf(user, 'cli'), { name: 'test' });
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
