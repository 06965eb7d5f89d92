import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertLegacyAgencyAndUser } from '../support/legacy-fixture.js';

describeEachEngine('migration 0008 (token expiry, second factors)', ({ database }) => {
  it('gives tokens created before it an expiry 90 days after their creation', async () => {
    await migrateUpTo(database(), '0006-research-rollup-brin');
    const { db } = database();
    await insertLegacyAgencyAndUser(database(), { role: 'auditor', createdAt: '2026-01-01T00:00:00.000Z' });
    await db
      .insertInto('api_tokens')
      .values({
        id: 't1',
        user_id: 'u1',
        name: 'old',
        digest: 'd1',
        created_at: '2026-02-01T10:00:00.000Z',
        revoked_at: null,
      } as never)
      .execute();

    expect(await migrateToLatest(database())).toContain('0008-token-expiry-second-factor');
    const row = await db.selectFrom('api_tokens').select(['expires_at', 'last_used_at']).executeTakeFirstOrThrow();
    expect(new Date(row.expires_at!).toISOString()).toBe('2026-05-02T10:00:00.000Z');
    expect(row.last_used_at).toBeNull();
  });
});
