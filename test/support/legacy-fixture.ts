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
