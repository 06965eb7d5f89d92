import { expect, it } from 'vitest';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertLegacyAgencyAndUser } from '../support/legacy-fixture.js';

const CREATED = '2026-03-01T10:00:00.000Z';

describeEachEngine('migration 0014 (closed requests last in the inbox by deadline)', ({ database }) => {
  it('moves every closed request to rank 3 and leaves the open ones where they were', async () => {
    await migrateUpTo(database(), '0013-alarm-parameters');
    const { db } = database();
    await insertLegacyAgencyAndUser(database(), { role: 'records-officer', createdAt: CREATED });
    await db
      .insertInto('subjects')
      .values({
        id: 's1',
        agency_id: 'a1',
        reference: 'BK-1',
        full_name: null,
        birth_date: null,
        a_number: null,
        created_at: CREATED,
      })
      .execute();
    // As the previous version stored them: closed and open-with-nothing-due both at rank 2.
    const rows = { pending: 2, holding: 0, lifted: 2, transferred: 2, released: 2, cancelled: 2 };
    for (const [status, rank] of Object.entries(rows)) {
      await db
        .insertInto('detainer_requests')
        .values({
          id: status,
          agency_id: 'a1',
          facility_id: null,
          subject_id: 's1',
          form: 'I-247A',
          form_edition: '2017-02',
          warrant: 'administrative',
          probable_cause: '["biometric-database"]',
          requested_actions: '["hold"]',
          issued_at: CREATED,
          received_at: CREATED,
          issuing_office: null,
          federal_reference: `REF-${status}`,
          submitted_by: 'u1',
          created_at: CREATED,
        })
        .execute();
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

    expect(await migrateToLatest(database())).toEqual(['0014-inbox-closed-last']);
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
