import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertLegacyAgencyAndUser, insertLegacyRequests } from '../support/legacy-fixture.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

const CREATED = '2026-03-01T10:00:00.000Z';

describeEachEngine('migration 0014 (closed requests last in the inbox by deadline)', ({ database }) => {
  it('moves every closed request to rank 3 and leaves the open ones where they were', async () => {
    await migrateUpTo(database(), '0013-alarm-parameters');
    const { db } = database();
    await insertLegacyAgencyAndUser(database(), { role: 'records-officer', createdAt: CREATED });
    // As the previous version stored them: closed and open-with-nothing-due both at rank 2.
    const rows = { pending: 2, holding: 0, lifted: 2, transferred: 2, released: 2, cancelled: 2 };
    await insertLegacyRequests(database(), Object.keys(rows), { createdAt: CREATED });
    for (const [status, rank] of Object.entries(rows)) {
      await db
        .insertInto('detainer_states')
        .values({
          detainer_id: status,
          agency_id: 'a1',
          status,
          version: 3,
          decision_blocked: 0,
          updated_at: CREATED,
          received_at: CREATED,
          sort_rank: rank,
        } as never)
        .execute();
    }

    // 0014 and every migration after it.
    expect(await migrateToLatest(database())).toEqual(
      EVERY_MIGRATION.slice(EVERY_MIGRATION.indexOf('0014-inbox-closed-last')),
    );
    const after = await db.selectFrom('detainer_states').select(['detainer_id', 'sort_rank']).execute();
    expect(Object.fromEntries(after.map((r) => [r.detainer_id, Number(r.sort_rank)]))).toEqual({
      pending: 2,
      holding: 0,
      lifted: 3,
      transferred: 3,
      released: 3,
      cancelled: 3,
    });
  });
});
