import { beforeAll, expect, it } from 'vitest';
import type { AppendBatch } from '../../src/core/lifecycle/lifecycle.ports.js';
import type { DetainerRequest } from '../../src/core/request/detainer-request.js';
import type { AgencyId, DetainerId, SubjectId, UserId } from '../../src/core/shared/ids.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { migrateToLatest } from '../../src/db/migrations/migrate.js';
import { SqlDetainerRepository } from '../../src/db/repositories/detainer.repository.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';
import { describeEachEngine } from '../support/engines.js';
import { EVERY_MIGRATION } from '../support/migrations.js';

/** The smallest first batch a request can be stored with: it was received. */
function receivedOnly(request: DetainerRequest): AppendBatch {
  return {
    agencyId: request.agencyId,
    detainerId: request.id,
    expectedVersion: 0,
    events: [
      { payload: { type: 'received', receivedAt: request.receivedAt.toISOString() }, actor: request.submittedBy },
    ],
    recordedAt: request.createdAt,
    decisions: [],
    notices: [],
    projection: {
      status: 'pending',
      version: 1,
      holdDeadline: null,
      nextDutyDue: null,
      decisionBlocked: false,
      receivedAt: request.receivedAt,
      alarmAt: null,
      decisionError: null,
      decisionErrorCode: null,
      decisionErrorFact: null,
      openDuties: [],
      urgency: { rank: 2, at: null },
    },
  };
}

describeEachEngine('migrations, seeding and repositories', ({ database }) => {
  let services: Services;

  beforeAll(async () => {
    services = createServices(database(), { sessionTtlHours: 1 });
  });

  it('applies the migration set once; a second run applies nothing', async () => {
    expect(await migrateToLatest(database())).toEqual(EVERY_MIGRATION);
    expect(await migrateToLatest(database())).toEqual([]);
  });

  it('seeds places and the demo idempotently: a second start duplicates nothing', async () => {
    const first = await prepareDatabase(database(), () => services, { demo: true });
    expect(first.placesChanged).toBe(true);
    expect(first.demo).toMatchObject({ agenciesAdded: 3, usersAdded: 15, requestsAdded: 12 });

    const counts = async () => {
      const db = database().db;
      const n = async (table: 'counties' | 'agencies' | 'users' | 'detainer_requests' | 'subjects') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      return {
        counties: await n('counties'),
        agencies: await n('agencies'),
        users: await n('users'),
        requests: await n('detainer_requests'),
        subjects: await n('subjects'),
      };
    };
    const before = await counts();
    expect(before).toEqual({ counties: 3231, agencies: 3, users: 15, requests: 12, subjects: 12 });

    const second = await prepareDatabase(database(), () => services, { demo: true });
    expect(second.placesChanged).toBe(false);
    expect(second.demo).toMatchObject({ agenciesAdded: 0, usersAdded: 0, requestsAdded: 0 });
    expect(await counts()).toEqual(before);
  });

  it('labels every demo agency as synthetic and names it Demo', async () => {
    const agencies = await services.agencies.list();
    expect(agencies).toHaveLength(3);
    for (const agency of agencies) {
      expect(agency.synthetic).toBe(true);
      expect(agency.name).toMatch(/^Demo .*\(synthetic\)$/);
    }
  });

  it('refuses a second user with the same email', async () => {
    const outcome = await services.auth.users.insert({
      id: 'a0000000-0000-4000-8000-000000000001' as UserId,
      agencyId: DEMO_AGENCIES[0]!.agency.id,
      email: 'admin@alameda.demo.example',
      displayName: 'Copy',
      role: 'admin',
      passwordHash: 'x',
      createdAt: new Date(),
    });
    expect(outcome).toBe('email-taken');
  });

  it('keeps detainer requests inside their agency', async () => {
    const repo = new SqlDetainerRepository(database().db, database().engine);
    const [alameda, harris] = DEMO_AGENCIES.map((d) => d.agency.id) as [AgencyId, AgencyId];
    const page = await repo.list({ agencyId: alameda, now: new Date(), limit: 100, offset: 0 });
    expect(page.total).toBe(4);
    const one = page.items[0]!;
    const { subject, status: _status, version: _version, holdDeadline: _deadline, openDuties, ...fields } = one;
    // The most urgent is Alameda's pending request (demo story 1-0): it has one open duty, due on receipt.
    expect(openDuties).toEqual({ count: 1, nextDue: one.receivedAt });
    expect(await repo.findById(alameda, one.id)).toMatchObject({
      ...fields,
      subject: { ...subject, fullName: expect.any(String) },
    });
    expect(await repo.findById(harris, one.id)).toBeUndefined();
  });

  it('round-trips every field, instants to the millisecond', async () => {
    const repo = new SqlDetainerRepository(database().db, database().engine);
    const agency = DEMO_AGENCIES[1]!;
    const officer = await services.auth.users.findByEmail('records-officer@harris.demo.example');
    const request: DetainerRequest = {
      id: 'b0000000-0000-4000-8000-000000000001' as DetainerId,
      agencyId: agency.agency.id,
      facilityId: agency.facility.id,
      form: 'I-247D',
      formEdition: '2015-06',
      warrant: 'none',
      probableCause: ['final-order', 'statements'],
      requestedActions: ['hold', 'notify', 'transfer'],
      issuedAt: new Date('2016-03-01T14:15:16.789Z'),
      receivedAt: new Date('2016-03-01T15:00:00.001Z'),
      issuingOffice: null,
      federalReference: null,
      subject: {
        id: 'c0000000-0000-4000-8000-000000000001' as SubjectId,
        reference: 'RT-1',
        fullName: null,
        birthDate: '1970-01-02',
        aNumber: null,
      },
      submittedBy: officer!.id,
      createdAt: new Date('2016-03-01T15:00:00.002Z'),
    };
    expect(await repo.insert(request, receivedOnly(request))).toBe('inserted');
    expect(await repo.findById(agency.agency.id, request.id)).toEqual({
      ...request,
      submittedSubject: request.subject,
      identityConflict: null,
    });
    // Requests without a federal reference never collide with each other.
    const second: DetainerRequest = {
      ...request,
      id: 'b0000000-0000-4000-8000-000000000002' as DetainerId,
      subject: { ...request.subject, id: 'c0000000-0000-4000-8000-000000000002' as SubjectId, reference: 'RT-2' },
    };
    expect(await repo.insert(second, receivedOnly(second))).toBe('inserted');
  });
});
