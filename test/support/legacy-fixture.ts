import type { DatabaseHandle } from '../../src/db/engine.js';

/** A state row as the oldest schema stores it. */
export interface LegacyState {
  readonly code: string;
  readonly fips: string;
  readonly name: string;
  readonly timeZone: string;
}

/** The agency a legacy user belongs to: its id and name (the user's id and e-mail follow `user`). */
export interface LegacyAgency {
  readonly id: string;
  readonly name: string;
}

export const LEGACY_CALIFORNIA: LegacyState = {
  code: 'CA',
  fips: '06',
  name: 'California',
  timeZone: 'America/Los_Angeles',
};
export const LEGACY_AGENCY: LegacyAgency = { id: 'a1', name: 'Synthetic agency' };

/**
 * The rows a migration test stores before migrating on: a state (California unless given), one
 * synthetic agency of it (`a1` unless given) and one user of it (`u1` unless given), written as raw
 * rows (the repositories speak the latest schema, not the old one).
 */
export async function insertLegacyAgencyAndUser(
  { db }: Pick<DatabaseHandle, 'db'>,
  {
    role,
    createdAt,
    state = LEGACY_CALIFORNIA,
    agency = LEGACY_AGENCY,
    userId = 'u1',
  }: {
    readonly role: string;
    readonly createdAt: string;
    readonly state?: LegacyState;
    readonly agency?: LegacyAgency;
    readonly userId?: string;
  },
): Promise<void> {
  await db
    .insertInto('states')
    .values({ code: state.code, fips: state.fips, name: state.name, kind: 'state', time_zone: state.timeZone })
    .execute();
  await db
    .insertInto('agencies')
    .values({
      id: agency.id,
      name: agency.name,
      kind: 'county-jail',
      state_code: state.code,
      county_fips: null,
      time_zone: state.timeZone,
      ori: null,
      synthetic: 1,
      created_at: createdAt,
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: userId,
      agency_id: agency.id,
      email: `${userId}@example.org`,
      display_name: userId.toUpperCase(),
      role,
      password_hash: 'x',
      disabled: 0,
      created_at: createdAt,
    })
    .execute();
}

/**
 * One subject (`s1`) of the legacy agency and a request of it per id, received at the instant
 * `receivedAt(id)` gives (CREATED unless given), as raw rows: the requests a projection migration
 * test stores before migrating on. Needs `insertLegacyAgencyAndUser` first.
 */
export async function insertLegacyRequests(
  { db }: Pick<DatabaseHandle, 'db'>,
  ids: readonly string[],
  {
    createdAt,
    receivedAt = () => createdAt,
  }: { readonly createdAt: string; readonly receivedAt?: (id: string) => string },
): Promise<void> {
  await db
    .insertInto('subjects')
    .values({
      id: 's1',
      agency_id: 'a1',
      reference: 'BK-1',
      full_name: null,
      birth_date: null,
      a_number: null,
      created_at: createdAt,
    })
    .execute();
  for (const id of ids) {
    await db
      .insertInto('detainer_requests')
      .values({
        id,
        agency_id: 'a1',
        facility_id: null,
        subject_id: 's1',
        form: 'I-247A',
        form_edition: '2017-02',
        warrant: 'administrative',
        probable_cause: '["biometric-database"]',
        requested_actions: '["hold","notify","transfer"]',
        issued_at: '2026-03-01T08:00:00.000Z',
        received_at: receivedAt(id),
        issuing_office: null,
        federal_reference: `REF-${id}`,
        submitted_by: 'u1',
        created_at: createdAt,
      })
      .execute();
  }
}
