import { beforeAll, expect, it } from 'vitest';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import { importDetainers } from '../../src/core/request/bulk-intake.use-cases.js';
import { listInbox } from '../../src/core/request/inbox.use-cases.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { describeEachEngine } from '../support/engines.js';

/**
 * The inbox's unfiltered total (from the per-agency counter on SQLite, migration 0012; an exact
 * COUNT on PostgreSQL) is every request of the agency, after intake one by one and in bulk, and a
 * filtered total is still counted over the filter.
 */
describeEachEngine("the inbox's totals", ({ database, engine }) => {
  let services: Services;

  beforeAll(async () => {
    services = createServices(database(), { sessionTtlHours: 1 });
    await prepareDatabase(database(), () => services, { demo: true, researchDemo: false });
  });

  const counted = async (agencyId: string) =>
    Number(
      (
        await database()
          .db.selectFrom('detainer_requests')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('agency_id', '=', agencyId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('is the number of the agency requests, before and after a bulk intake, in each agency', async () => {
    const user = (await services.auth.users.findByEmail('records-officer@harris.demo.example'))!;
    const principal = principalOf(user, 'cli');
    const total = async () => {
      const page = await listInbox(services.detainers, principal, { sort: 'deadline', limit: 1 });
      if (!page.ok) throw new Error(page.error.message);
      return page.value.total;
    };
    const before = await total();
    expect(before).toBe(await counted(user.agencyId));
    expect(before).toBeGreaterThan(0);

    const header = ['federalReference', 'form', 'issuedAt', 'receivedAt', 'subjectReference'];
    const rows = Array.from({ length: 7 }, (_, i) => ({
      line: i + 2,
      cells: [`COUNT-${i}`, 'I-247A', '2026-11-28T09:00:00-06:00', '2026-11-28T10:00:00-06:00', `BK-COUNT-${i}`],
    }));
    const report = await importDetainers(services.detainers, principal, { header, rows });
    expect(report.ok && report.value.created).toBe(7);
    expect(await total()).toBe(before + 7);
    expect(await total()).toBe(await counted(user.agencyId));

    // Another agency's total did not move with Harris's intake.
    const cook = (await services.auth.users.findByEmail('records-officer@cook.demo.example'))!;
    const cookPage = await listInbox(services.detainers, principalOf(cook, 'cli'), {});
    expect(cookPage.ok && cookPage.value.total).toBe(await counted(cook.agencyId));

    // A filtered total is counted over the filter.
    const pending = await listInbox(services.detainers, principal, { state: 'pending', limit: 1 });
    expect(pending.ok && pending.value.total).toBeLessThanOrEqual(before + 7);
    expect(pending.ok && pending.value.total).toBeGreaterThanOrEqual(7);
  });

  it.runIf(engine === 'sqlite')(
    'on SQLite, keeps the counter in the transaction: a rolled back insert counts nothing',
    async () => {
      const db = database().db;
      const agency = (await services.auth.users.findByEmail('records-officer@harris.demo.example'))!.agencyId;
      const counter = async (reader: typeof db = db) =>
        Number(
          (
            await reader
              .selectFrom('agency_request_counts')
              .select('requests')
              .where('agency_id', '=', agency)
              .executeTakeFirst()
          )?.requests ?? 0,
        );
      const before = await counter();
      expect(before).toBe(await counted(agency));
      const row = await db
        .selectFrom('detainer_requests')
        .selectAll()
        .where('agency_id', '=', agency)
        .limit(1)
        .executeTakeFirstOrThrow();
      await expect(
        db.transaction().execute(async (trx) => {
          await trx
            .insertInto('detainer_requests')
            .values({
              ...row,
              id: 'rolled-back',
              federal_reference: null,
              created_at: String(row.created_at),
              issued_at: String(row.issued_at),
              received_at: String(row.received_at),
              probable_cause: String(row.probable_cause),
              requested_actions: String(row.requested_actions),
            })
            .execute();
          expect(await counter(trx)).toBe(before + 1);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await counter()).toBe(before);
    },
  );
});
