import type { DatabaseHandle } from '../../src/db/engine.js';

/**
 * The rows a migration test stores before migrating on: California, one synthetic agency `a1` and one
 * user `u1` of it, written as raw rows (the repositories speak the latest schema, not the old one).
 */
export async function insertLegacyAgencyAndUser(
  { db }: Pick<DatabaseHandle, 'db'>,
  { role, createdAt }: { readonly role: string; readonly createdAt: string },
): Promise<void> {
  await db
    .insertInto('states')
    .values({ code: 'CA', fips: '06', name: 'California', kind: 'state', time_zone: 'America/Los_Angeles' })
    .execute();
  await db
    .insertInto('agencies')
    .values({
      id: 'a1',
      name: 'Synthetic agency',
      kind: 'county-jail',
      state_code: 'CA',
      county_fips: null,
      time_zone: 'America/Los_Angeles',
      ori: null,
      synthetic: 1,
      created_at: createdAt,
    })
    .execute();
  await db
    .insertInto('users')
    .values({
      id: 'u1',
      agency_id: 'a1',
      email: 'u1@example.org',
      display_name: 'U1',
      role,
      password_hash: 'x',
      disabled: 0,
      created_at: createdAt,
    })
    .execute();
}
