import { sql } from 'kysely';
import { ROLES, type Role } from '../../src/core/auth/roles.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { bearer, buildTestApp, newDetainerBody, tokenFor, type TestApp } from './test-app.js';

/**
 * Fixtures for the security tests (access matrix, schema fuzzing): two demo agencies, an API
 * token for every role in each, and in each agency a request logged by its records officer with
 * a notice served on it through the events API, and a request logged by its federal liaison.
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
}

export interface SecurityFixtures {
  readonly t: TestApp;
  readonly handle: DatabaseHandle;
  readonly agencies: Readonly<Record<AgencyKey, AgencyData>>;
  /** Row counts of every table, and the state of each agency's hash chain and detainers. */
  fingerprint(): Promise<Record<string, number | string>>;
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
/** The notice each agency's law asks for (CA TRUTH Act; Texas: held on a detainer). */
const NOTICE: Record<AgencyKey, string> = { alameda: 'ca-truth-copy-and-intent', harris: 'tx-held-on-detainer' };

/** Every fixture's personal data is unique to its agency, so that a leak is visible. */
export const FIXTURE_NAME = (key: AgencyKey) => `Matrix Person ${key === 'alameda' ? 'Alpha' : 'Bravo'}`;
const FIXTURE_A_NUMBER = (key: AgencyKey) => (key === 'alameda' ? 'A900000001' : 'A900000002');

export async function buildSecurityFixtures(handle: DatabaseHandle): Promise<SecurityFixtures> {
  const t = await buildTestApp(handle);
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
    };
  }

  const tables = (await handle.db.introspection.getTables()).map((table) => table.name).sort();
  const fingerprint = async () => {
    const counts = await sql<{ name: string; n: number | string }>`${sql.join(
      tables.map((name) => sql`SELECT ${name} AS name, COUNT(*) AS n FROM ${sql.table(name)}`),
      sql` UNION ALL `,
    )}`.execute(handle.db);
    const result: Record<string, number | string> = {};
    for (const row of counts.rows) result[`rows:${row.name}`] = Number(row.n);
    // Rows that change in place (each beside an appended event, but checked on their own too).
    for (const head of await handle.db.selectFrom('agency_chain_heads').selectAll().execute()) {
      result[`chain:${head.agency_id}`] = `${head.last_seq}:${head.last_hash}`;
    }
    const versions = await handle.db
      .selectFrom('detainer_states')
      .select(['agency_id', sql<number | string>`SUM(version)`.as('v')])
      .groupBy('agency_id')
      .execute();
    for (const row of versions) result[`versions:${row.agency_id}`] = Number(row.v);
    return result;
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
