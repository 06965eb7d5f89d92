/** Migration 0007 gives sessions that already exist an id and a last use, so nobody is signed out by it. */
import { beforeAll, expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertLegacyAgencyAndUser } from '../support/legacy-fixture.js';

const AGENCY_ID = '00000000-0000-4000-8000-0000000000aa';
const USER_ID = '00000000-0000-4000-8000-0000000000bb';

describeEachEngine('migration 0007 (sign-in security)', ({ database }) => {
  const created = ['2026-11-01T08:00:00.000Z', '2026-11-02T09:30:00.000Z'];

  beforeAll(async () => {
    await migrateUpTo(database(), '0006-research-rollup-brin');
    await insertLegacyAgencyAndUser(database(), {
      role: 'auditor',
      createdAt: created[0]!,
      state: { code: 'ZZ', fips: '99', name: 'Test', timeZone: 'UTC' },
      agency: { id: AGENCY_ID, name: 'Test agency' },
      userId: USER_ID,
    });
    const db = database().db;
    for (const [i, at] of created.entries()) {
      await db
        .insertInto('sessions')
        .values({
          digest: `digest-${i}`,
          user_id: USER_ID,
          created_at: at,
          expires_at: '2026-12-31T00:00:00.000Z',
        } as never)
        .execute();
    }
    expect(await migrateToLatest(database())).toContain('0007-sign-in-security');
  });

  it('gives every existing session a distinct random id and its creation as its last use', async () => {
    const rows = await database()
      .db.selectFrom('sessions')
      .select(['digest', 'id', 'created_at', 'last_seen_at', 'user_agent'])
      .orderBy('digest')
      .execute();
    expect(rows.map((r) => new Date(r.last_seen_at).toISOString())).toEqual(created);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.user_agent).toBeNull();
    }
    const user = await database().db.selectFrom('users').select('last_sign_in_at').executeTakeFirstOrThrow();
    expect(user.last_sign_in_at).toBeNull();
  });
});
