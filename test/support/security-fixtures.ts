import { generateKeyPairSync } from 'node:crypto';
import { sql } from 'kysely';
import { createApiToken } from '../../src/core/auth/api-tokens.use-cases.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import { openDatabase } from '../../src/db/connect.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { bearer, buildTestApp, newDetainerBody, tokenFor, type TestApp } from './test-app.js';

/**
 * Fixtures for the security tests (access matrix, schema fuzzing): two demo agencies, an API
 * token for every role in each, and in each agency a request logged by its records officer with
 * a notice served on it through the events API, and a request logged by its federal liaison; and
 * makers of fresh data for commands (requests, identity conflicts, users, tokens, sessions).
 */

export type AgencyKey = 'alameda' | 'harris';

export interface AgencyData {
  readonly key: AgencyKey;
  readonly agencyId: string;
  readonly facilityId: string;
  readonly email: (role: Role) => string;
  readonly tokens: Readonly<Record<Role, string>>;
  /** A request logged by the agency's records officer. */
  readonly detainerId: string;
  /** A request logged by the agency's federal liaison (the only kind it may read). */
  readonly liaisonDetainerId: string;
  /** A notice served on `detainerId`. */
  readonly noticeId: string;
  /** A new pending request (logged by the records officer unless told), and its version: for commands. */
  fresh(by?: Role): Promise<{ id: string; version: number }>;
  /** A new pending request whose subject differs from the record on file under the same reference (an open identity conflict). */
  conflicted(): Promise<string>;
  /** A new records officer of the agency (added by its admin): a user that commands may change or disable. */
  freshUser(): Promise<string>;
  /** The id of a new API token of the agency's user of `role`. */
  freshTokenId(role: Role): Promise<string>;
  /** The id of a new session of the agency's user of `role`. */
  freshSessionId(role: Role): Promise<string>;
}

export interface SecurityFixtures {
  readonly t: TestApp;
  readonly handle: DatabaseHandle;
  readonly agencies: Readonly<Record<AgencyKey, AgencyData>>;
  /** Row counts of every table, and the state of each agency's hash chain and detainers. */
  fingerprint(): Promise<Record<string, string>>;
  /** Identifiers and personal data that belong to one agency only: none may appear in another's 2xx. */
  markersOf(key: AgencyKey): Promise<string[]>;
}

const AGENCY_IDS: Record<AgencyKey, string> = {
  alameda: '00000000-0000-4000-8000-000000000001',
  harris: '00000000-0000-4000-8000-000000000002',
};
const FACILITY_IDS: Record<AgencyKey, string> = {
  alameda: '00000000-0000-4000-9000-000000000001',
  harris: '00000000-0000-4000-9000-000000000002',
};
/**
 * Tables allowed to grow on a rejected request: logs of attempts (e.g. failed sign-ins, refused
 * reads) that an audit requires: the security event log (a failed or unfinished sign-in, a refused
 * re-authentication) and the sign-in throttle's attempt counts. Every other table must stay as it was.
 */
export const ATTEMPT_LOGS: readonly string[] = ['security_events', 'sign_in_throttles'];

/** The notice each agency's law asks for (CA TRUTH Act; Texas: held on a detainer). */
const NOTICE: Record<AgencyKey, string> = { alameda: 'ca-truth-copy-and-intent', harris: 'tx-held-on-detainer' };

/** Every fixture's personal data is unique to its agency, so that a leak is visible. */
export const FIXTURE_NAME = (key: AgencyKey) => `Matrix Person ${key === 'alameda' ? 'Alpha' : 'Bravo'}`;
const FIXTURE_A_NUMBER = (key: AgencyKey) => (key === 'alameda' ? 'A900000001' : 'A900000002');

export async function buildSecurityFixtures(handle: DatabaseHandle): Promise<SecurityFixtures> {
  // A throwaway signing key, so that GET /api/v1/audit/heads answers as a configured server does.
  const t = await buildTestApp(handle, { auditSigningKey: generateKeyPairSync('ed25519').privateKey });
  const agencies = {} as Record<AgencyKey, AgencyData>;
  let serial = 0;

  for (const key of ['alameda', 'harris'] as const) {
    const email = (role: Role) => `${role}@${key}.demo.example`;
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) tokens[role] = await tokenFor(t.services, email(role));

    const log = async (role: Role, subject: Record<string, unknown>) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/detainers',
        headers: bearer(tokens[role]),
        payload: newDetainerBody({
          facilityId: FACILITY_IDS[key],
          federalReference: `MATRIX-${key}-${++serial}`,
          subject: { reference: `MX-${key}-${serial}`, ...subject },
        }),
      });
      if (res.statusCode !== 201) throw new Error(`fixture: intake as ${role} answered ${res.statusCode} ${res.body}`);
      return res.json().id as string;
    };
    const versionOf = async (id: string) =>
      Number(
        (
          await handle.db
            .selectFrom('detainer_states')
            .select('version')
            .where('detainer_id', '=', id)
            .executeTakeFirstOrThrow()
        ).version,
      );

    const detainerId = await log('records-officer', { fullName: FIXTURE_NAME(key), aNumber: FIXTURE_A_NUMBER(key) });
    if (key === 'harris') {
      // Texas's notice is due once the law decides, which needs this fact (only the notices the law calls for are taken).
      const facts = await t.app.inject({
        method: 'POST',
        url: `/api/v1/detainers/${detainerId}/events`,
        headers: bearer(tokens['records-officer']),
        payload: {
          type: 'facts-updated',
          expectedVersion: await versionOf(detainerId),
          facts: { proofOfLawfulStatus: false },
        },
      });
      if (facts.statusCode !== 201) throw new Error(`fixture: facts answered ${facts.statusCode} ${facts.body}`);
    }
    const served = await t.app.inject({
      method: 'POST',
      url: `/api/v1/detainers/${detainerId}/events`,
      headers: bearer(tokens['records-officer']),
      payload: {
        type: 'notice-served',
        expectedVersion: await versionOf(detainerId),
        notice: NOTICE[key],
        language: 'en',
      },
    });
    if (served.statusCode !== 201) throw new Error(`fixture: notice answered ${served.statusCode} ${served.body}`);
    const noticeId = (served.json().events as Array<{ type: string; payload: { noticeId?: string } }>).find(
      (e) => e.type === 'notice-served',
    )?.payload.noticeId;
    if (!noticeId) throw new Error(`fixture: no notice id in ${served.body}`);
    const liaisonDetainerId = await log('federal-liaison', {});
    const userOf = async (role: Role) => {
      const user = await t.services.auth.users.findByEmail(email(role));
      if (!user) throw new Error(`fixture: no demo user ${email(role)}`);
      return user;
    };

    agencies[key] = {
      key,
      agencyId: AGENCY_IDS[key],
      facilityId: FACILITY_IDS[key],
      email,
      tokens,
      detainerId,
      liaisonDetainerId,
      noticeId,
      fresh: async (by: Role = 'records-officer') => {
        const id = await log(by, {});
        return { id, version: await versionOf(id) };
      },
      conflicted: async () => {
        const reference = `MX-${key}-conflict-${++serial}`;
        await log('records-officer', { reference, fullName: 'Conflict Person One' });
        return log('records-officer', { reference, fullName: 'Conflict Person Two' });
      },
      freshUser: async () => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/users',
          headers: bearer(tokens.admin),
          payload: {
            email: `matrix-user-${++serial}@${key}.demo.example`,
            displayName: `Matrix user ${serial}`,
            role: 'records-officer',
            password: 'matrix-password-2026',
          },
        });
        if (res.statusCode !== 201) throw new Error(`fixture: new user answered ${res.statusCode} ${res.body}`);
        return res.json().id as string;
      },
      freshTokenId: async (role: Role) => {
        const created = await createApiToken(
          t.services.auth,
          principalOf(await userOf(role), 'cli'),
          { name: 'matrix' },
          { address: null },
        );
        if (!created.ok) throw new Error(`fixture: token: ${created.error.message}`);
        return created.value.id;
      },
      freshSessionId: async (role: Role) => {
        const user = await userOf(role);
        const before = new Set((await t.services.security.sessionStore.listForUser(user.id)).map((s) => s.id));
        const now = new Date();
        await t.services.auth.sessions.create({
          digest: t.services.auth.digest.digest(t.services.auth.secrets.secret()),
          userId: user.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + 3_600_000),
        });
        const made = (await t.services.security.sessionStore.listForUser(user.id)).find((s) => !before.has(s.id));
        if (!made) throw new Error('fixture: the new session is not listed');
        return made.id;
      },
    };
  }

  const tables = (await handle.db.introspection.getTables())
    .map((table) => table.name)
    .filter((name) => !ATTEMPT_LOGS.includes(name))
    .sort();
  const fingerprint = async () => {
    // One round trip: the row count of every table, then rows that change in place (each beside an
    // appended event, but checked on their own too): the chain heads and the detainers' versions.
    const { rows } = await sql<{ k: string; v: string }>`${sql.join(
      [
        ...tables.map(
          (name) => sql`SELECT ${'rows:' + name} AS k, CAST(COUNT(*) AS TEXT) AS v FROM ${sql.table(name)}`,
        ),
        sql`SELECT 'chain:' || agency_id AS k, CAST(last_seq AS TEXT) || ':' || last_hash AS v FROM agency_chain_heads`,
        sql`SELECT 'versions:' || agency_id AS k, CAST(SUM(version) AS TEXT) AS v FROM detainer_states GROUP BY agency_id`,
      ],
      sql` UNION ALL `,
    )}`.execute(handle.db);
    return Object.fromEntries(rows.map((row) => [row.k, row.v]));
  };

  const markersOf = async (key: AgencyKey) => {
    const agencyId = AGENCY_IDS[key];
    const ids = async (table: 'detainer_requests' | 'subjects' | 'users' | 'facilities' | 'notices') =>
      (await handle.db.selectFrom(table).select('id').where('agency_id', '=', agencyId).execute()).map((r) => r.id);
    const emails = (
      await handle.db.selectFrom('users').select('email').where('agency_id', '=', agencyId).execute()
    ).map((r) => r.email);
    return [
      agencyId,
      ...(await ids('detainer_requests')),
      ...(await ids('subjects')),
      ...(await ids('users')),
      ...(await ids('facilities')),
      ...(await ids('notices')),
      ...emails,
      FIXTURE_NAME(key),
      FIXTURE_A_NUMBER(key),
    ];
  };

  return { t, handle, agencies, fingerprint, markersOf };
}

/** The OpenAPI document of the real app (on a throwaway in-memory database): for tests made per route. */
export async function openApiDocument(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  const handle = openDatabase({ engine: 'sqlite', path: ':memory:' });
  try {
    const { app } = await buildTestApp(handle);
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    await app.close();
    return doc;
  } finally {
    await handle.close();
  }
}
