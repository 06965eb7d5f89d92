import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/composition/prepare-database.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { verifyAudit } from '../../src/core/audit/audit.use-cases.js';
import { canonicalJson, GENESIS_HASH, linkHash, sha256 } from '../../src/core/audit/hash-chain.js';
import { principalOf } from '../../src/core/auth/auth.use-cases.js';
import type { Principal } from '../../src/core/auth/principal.js';
import type { DetainerEventPayload } from '../../src/core/lifecycle/detainer-event.js';
import type { AppendBatch, DetainerProjection, NewEvent } from '../../src/core/lifecycle/lifecycle.ports.js';
import { recordEvent, viewDetainer } from '../../src/core/lifecycle/lifecycle.use-cases.js';
import type { DetainerRequest } from '../../src/core/request/detainer-request.js';
import { receiveDetainer } from '../../src/core/request/detainer.use-cases.js';
import type { NewDetainerInput } from '../../src/core/request/new-detainer.js';
import type { AgencyId, DetainerId, UserId } from '../../src/core/shared/ids.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { APPEND_ONLY_TABLES } from '../../src/db/migrations/0002-lifecycle.js';
import type { DatabaseHandle } from '../../src/db/engine.js';
import { SqlDetainerRepository } from '../../src/db/repositories/detainer.repository.js';
import { DEMO_AGENCIES } from '../../src/ingest/demo/demo-agencies.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';

/** Tuesday 1 December 2026, 09:00 in Alameda (17:00 UTC). Tests move the clock forward only. */
const T0 = new Date('2026-12-01T17:00:00.000Z');
const [ALAMEDA, HARRIS] = DEMO_AGENCIES as [(typeof DEMO_AGENCIES)[0], (typeof DEMO_AGENCIES)[1]];

class TestClock implements Clock {
  current = T0;
  now(): Date {
    return new Date(this.current);
  }
}

async function openDesk(handle: DatabaseHandle, clock: Clock): Promise<Services> {
  const services = createServices(handle, { sessionTtlHours: 1, clock });
  await prepareDatabase(handle, () => services, { demo: true });
  return services;
}

async function principal(services: Services, email: string): Promise<Principal> {
  const user = await services.auth.users.findByEmail(email);
  if (!user) throw new Error(`no demo user ${email}`);
  return principalOf(user, 'cli');
}

function intake(overrides: Partial<NewDetainerInput> = {}): NewDetainerInput {
  const tag = randomUUID().slice(0, 8);
  return {
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: ['biometric-database'],
    issuedAt: '2026-12-01T07:00:00-08:00',
    receivedAt: '2026-12-01T08:00:00-08:00',
    federalReference: `ES-${tag}`,
    subject: { reference: `BK-${tag}`, fullName: 'Test Person' },
    ...overrides,
  };
}

async function receive(services: Services, who: Principal, overrides: Partial<NewDetainerInput> = {}) {
  const received = await receiveDetainer(services.detainers, who, intake(overrides));
  if (!received.ok) throw new Error(received.error.message);
  return received.value;
}

const PENDING: Omit<DetainerProjection, 'version'> = {
  status: 'pending',
  holdDeadline: null,
  nextDutyDue: null,
  decisionBlocked: false,
  receivedAt: null,
  alarmAt: null,
  decisionError: null,
  decisionErrorCode: null,
  decisionErrorFact: null,
  openDuties: [],
  urgency: { rank: 2, at: null },
};

/** A batch of plain events on top of `expectedVersion`, with a pending projection. */
function batchOf(
  request: Pick<DetainerRequest, 'agencyId' | 'id'>,
  expectedVersion: number,
  payloads: DetainerEventPayload[],
  actor: NewEvent['actor'],
  recordedAt = T0,
): AppendBatch {
  return {
    agencyId: request.agencyId,
    detainerId: request.id,
    expectedVersion,
    events: payloads.map((payload) => ({ payload, actor })),
    recordedAt,
    decisions: [],
    notices: [],
    projection: { ...PENDING, version: expectedVersion + payloads.length },
  };
}

type CountedTable =
  | 'detainer_requests'
  | 'subjects'
  | 'detainer_events'
  | 'detainer_states'
  | 'decisions'
  | 'notices'
  | 'agency_chain_heads'
  | 'personal_data_reads';

async function counts(handle: DatabaseHandle): Promise<Record<CountedTable, number>> {
  const tables: CountedTable[] = [
    'detainer_requests',
    'subjects',
    'detainer_events',
    'detainer_states',
    'decisions',
    'notices',
    'agency_chain_heads',
    'personal_data_reads',
  ];
  const out = {} as Record<CountedTable, number>;
  for (const table of tables) {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

async function chainOf(handle: DatabaseHandle, agencyId: AgencyId) {
  return handle.db.selectFrom('detainer_events').selectAll().where('agency_id', '=', agencyId).orderBy('seq').execute();
}

async function headOf(handle: DatabaseHandle, agencyId: AgencyId) {
  return handle.db
    .selectFrom('agency_chain_heads')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
}

/** Lets a test tamper with the events as someone with direct database access could. */
async function disableEventTriggers(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'postgres') {
    await sql`ALTER TABLE detainer_events DISABLE TRIGGER USER`.execute(handle.db);
  } else {
    await sql`DROP TRIGGER detainer_events_no_update`.execute(handle.db);
    await sql`DROP TRIGGER detainer_events_no_delete`.execute(handle.db);
  }
}

describeEachEngine('the detainer event store', ({ engine, database }) => {
  const clock = new TestClock();
  let services: Services;
  let officer: Principal;
  let harrisOfficer: Principal;

  beforeAll(async () => {
    services = await openDesk(database(), clock);
    officer = await principal(services, 'records-officer@alameda.demo.example');
    harrisOfficer = await principal(services, 'records-officer@harris.demo.example');
  });

  it('stores a new request with its first events, decision and projection in one transaction', async () => {
    const before = await counts(database());
    const request = await receive(services, officer);

    const events = await services.lifecycle.events.load(request.agencyId, request.id);
    expect(events.map((e) => [e.version, e.payload.type, e.actor])).toEqual([
      [1, 'received', officer.userId],
      [2, 'evaluated', 'system'],
    ]);
    expect(events.every((e) => e.recordedAt === T0.toISOString() && e.agencyId === ALAMEDA.agency.id)).toBe(true);
    expect(events[0]!.payload).toEqual({ type: 'received', receivedAt: '2026-12-01T16:00:00.000Z' });

    const evaluated = events[1]!.payload;
    if (evaluated.type !== 'evaluated') throw new Error('second event is not the evaluation');
    const decision = await services.lifecycle.events.decision(request.agencyId, evaluated.decision.decisionId);
    expect(decision).toMatchObject({ agencyId: request.agencyId, detainerId: request.id, decidedAt: T0 });
    // The document reads back as the same JSON value, so its hash (kept in the chained event) still matches.
    expect(decision!.sha256).toBe(evaluated.decision.decisionSha256);
    expect(sha256(canonicalJson(decision!.document))).toBe(decision!.sha256);
    expect(await services.lifecycle.events.decision(HARRIS.agency.id, evaluated.decision.decisionId)).toBeUndefined();

    const projection = await database()
      .db.selectFrom('detainer_states')
      .selectAll()
      .where('detainer_id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(projection).toMatchObject({ agency_id: request.agencyId, status: 'pending', version: 2 });

    expect(await counts(database())).toEqual({
      ...before,
      detainer_requests: before.detainer_requests + 1,
      subjects: before.subjects + 1,
      detainer_events: before.detainer_events + 2,
      detainer_states: before.detainer_states + 1,
      decisions: before.decisions + 1,
    });
  });

  it('writes nothing at all for a duplicate federal reference', async () => {
    const first = await receive(services, officer);
    const before = await counts(database());
    const headBefore = await headOf(database(), ALAMEDA.agency.id);
    const again = await receiveDetainer(
      services.detainers,
      officer,
      intake({ federalReference: first.federalReference!, subject: { reference: `NEW-${randomUUID()}` } }),
    );
    expect(again.ok ? 'inserted' : again.error.code).toBe('DETAINER.DUPLICATE_REFERENCE');
    expect(await counts(database())).toEqual(before);
    expect(await headOf(database(), ALAMEDA.agency.id)).toEqual(headBefore);
  });

  it('rolls the whole intake back when its first events cannot be stored', async () => {
    const existing = await receive(services, officer);
    const events = await services.lifecycle.events.load(existing.agencyId, existing.id);
    const evaluated = events[1]!.payload as Extract<DetainerEventPayload, { type: 'evaluated' }>;
    const stored = await services.lifecycle.events.decision(existing.agencyId, evaluated.decision.decisionId);
    const before = await counts(database());

    const repo = new SqlDetainerRepository(database().db, engine);
    const request: DetainerRequest = {
      ...existing,
      id: randomUUID() as DetainerId,
      federalReference: `RB-${randomUUID()}`,
      subject: { ...existing.subject, id: randomUUID() as never, reference: `RB-${randomUUID()}` },
    };
    const batch = batchOf(request, 0, [{ type: 'received', receivedAt: T0.toISOString() }], officer.userId);
    // A decision whose id is already taken: the last insert of the transaction fails.
    const clash = { ...stored!, detainerId: request.id };
    await expect(repo.insert(request, { ...batch, decisions: [clash] })).rejects.toThrow();
    expect(await counts(database())).toEqual(before);
    expect(await repo.findById(request.agencyId, request.id)).toBeUndefined();
  });

  it('appends and loads events: payload, instant to the millisecond, actor and version', async () => {
    const request = await receive(services, officer);
    const at = new Date('2026-12-01T17:05:06.789Z');
    const payloads: DetainerEventPayload[] = [
      {
        type: 'facts-updated',
        facts: { registrant: false, convictions: [], expectedReleaseAt: '2026-12-03T10:00-08:00' },
      },
      { type: 'federal-notified', at: '2026-12-01T17:04:00.000Z' },
    ];
    const store = services.lifecycle.events;
    expect(await store.append(batchOf(request, 2, payloads, officer.userId, at))).toBe('appended');
    const events = await store.load(request.agencyId, request.id);
    expect(events.slice(2)).toEqual(
      payloads.map((payload, i) => ({
        detainerId: request.id,
        agencyId: request.agencyId,
        version: 3 + i,
        payload,
        recordedAt: '2026-12-01T17:05:06.789Z',
        actor: officer.userId,
      })),
    );
    // Another agency sees none of them.
    expect(await store.load(HARRIS.agency.id, request.id)).toEqual([]);
  });

  it('stores a notice with its PDF bytes, readable only with its agency and detainer', async () => {
    const request = await receive(services, officer);
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a, 0x80]);
    const noticeId = randomUUID();
    const batch = batchOf(
      request,
      2,
      [
        {
          type: 'notice-served',
          noticeId,
          notice: 'release-notification',
          language: 'es',
          dutyId: null,
          servedAt: T0.toISOString(),
        },
      ],
      officer.userId,
    );
    const notice = {
      id: noticeId,
      agencyId: request.agencyId,
      detainerId: request.id,
      kind: 'release-notification' as const,
      language: 'es' as const,
      pdf,
      sha256: sha256(Buffer.from(pdf).toString('base64')),
      createdAt: T0,
      content: null,
    };
    expect(await services.lifecycle.events.append({ ...batch, notices: [notice] })).toBe('appended');
    const read = await services.lifecycle.events.notice(request.agencyId, request.id, noticeId);
    expect(read && { ...read, pdf: [...read.pdf] }).toEqual({ ...notice, pdf: [...pdf] });
    expect(await services.lifecycle.events.notice(HARRIS.agency.id, request.id, noticeId)).toBeUndefined();
  });

  it('refuses a stale version and writes nothing', async () => {
    const request = await receive(services, officer);
    const store = services.lifecycle.events;
    const event: DetainerEventPayload = { type: 'federal-notified', at: T0.toISOString() };
    expect(await store.append(batchOf(request, 2, [event], officer.userId))).toBe('appended');
    const before = await counts(database());
    const head = await headOf(database(), ALAMEDA.agency.id);

    expect(await store.append(batchOf(request, 2, [event], officer.userId))).toBe('version-conflict');
    expect(await store.append(batchOf(request, 0, [event], officer.userId))).toBe('version-conflict');
    expect(await store.append(batchOf(request, 7, [event], officer.userId))).toBe('version-conflict');
    // The version of another agency's detainer is not this agency's to append to.
    expect(await store.append({ ...batchOf(request, 3, [event], officer.userId), agencyId: HARRIS.agency.id })).toBe(
      'version-conflict',
    );
    // A batch whose projection does not end where its events do is a programming error.
    const wrong = batchOf(request, 3, [event], officer.userId);
    await expect(store.append({ ...wrong, projection: { ...wrong.projection, version: 3 } })).rejects.toThrow(
      /projection/,
    );
    expect(await counts(database())).toEqual(before);
    expect(await headOf(database(), ALAMEDA.agency.id)).toEqual(head);

    // The use case reports it as a conflict the desk can act on.
    const recorded = await recordEvent(services.lifecycle, officer, request.id, 2, {
      type: 'federal-notified',
      at: T0.toISOString(),
    });
    expect(recorded.ok ? 'recorded' : recorded.error.code).toBe('DETAINER.VERSION_CONFLICT');
  });

  it('keeps the projection in step: hold, deadline, inbox filters, open ids and the sweeper query', async () => {
    // Texas requires compliance: once the person is eligible for release, the hold starts.
    const request = await receive(services, harrisOfficer, { subject: { reference: `TX-${randomUUID()}` } });
    const facts = await recordEvent(services.lifecycle, harrisOfficer, request.id, 2, {
      type: 'facts-updated',
      facts: { proofOfLawfulStatus: false },
    });
    if (!facts.ok) throw new Error(facts.error.message);
    const recorded = await recordEvent(services.lifecycle, harrisOfficer, request.id, facts.value.version, {
      type: 'release-eligible',
      at: T0.toISOString(),
      reason: 'bond-posted',
    });
    if (!recorded.ok) throw new Error(recorded.error.message);
    const view = recorded.value;
    expect(view.status).toBe('holding');
    const deadline = new Date(view.state.hold!.deadline);
    expect(deadline.getTime()).toBeGreaterThan(T0.getTime());

    const row = await database()
      .db.selectFrom('detainer_states')
      .selectAll()
      .where('detainer_id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect({ status: row.status, version: row.version, deadline: new Date(row.hold_deadline!).toISOString() }).toEqual({
      status: 'holding',
      version: view.version,
      deadline: deadline.toISOString(),
    });

    const repo = services.detainers.detainers;
    const list = (now: Date, filters: object = {}) =>
      repo.list({ agencyId: HARRIS.agency.id, now, limit: 200, offset: 0, ...filters });
    const before = await list(T0, { status: 'holding' });
    expect(before.items.map((d) => d.id)).toContain(request.id);
    expect(before.items.find((d) => d.id === request.id)).toMatchObject({
      status: 'holding',
      version: view.version,
      holdDeadline: deadline,
    });
    expect(before.total).toBe(before.items.length);
    expect((await list(T0, { status: 'release-due' })).items.map((d) => d.id)).not.toContain(request.id);

    // Past the deadline it is release-due in the inbox even before the sweeper records it.
    const after = new Date(deadline.getTime() + 1);
    expect((await list(after, { status: 'holding' })).items.map((d) => d.id)).not.toContain(request.id);
    const due = await list(after, { status: 'release-due' });
    expect(due.items.find((d) => d.id === request.id)).toMatchObject({ status: 'release-due', holdDeadline: deadline });

    // Deadline order: holds first, soonest deadline first; the rest after.
    const byDeadline = (await list(T0, { sort: 'deadline' })).items;
    const deadlines = byDeadline.map((d) => d.holdDeadline?.getTime() ?? null);
    const firstNull = deadlines.indexOf(null);
    const held = deadlines.slice(0, firstNull === -1 ? undefined : firstNull) as number[];
    expect(held).toEqual([...held].sort((a, b) => a - b));
    expect(firstNull === -1 || deadlines.slice(firstNull).every((d) => d === null)).toBe(true);
    expect(byDeadline.findIndex((d) => d.id === request.id)).toBeLessThan(held.length);

    // Other filters narrow the list and its total alike.
    const byForm = await list(T0, { form: 'I-247D' });
    expect(byForm.items.every((d) => d.form === 'I-247D') && byForm.total === byForm.items.length).toBe(true);
    expect((await list(T0, { form: 'I-247A' })).items.map((d) => d.id)).toContain(request.id);
    const inWindow = await list(T0, {
      receivedFrom: new Date('2026-12-01T16:00:00.000Z'),
      receivedTo: new Date('2026-12-01T16:00:00.001Z'),
    });
    expect(inWindow.items.map((d) => d.id)).toContain(request.id);
    expect(inWindow.items.every((d) => d.receivedAt.getTime() === Date.parse('2026-12-01T16:00:00.000Z'))).toBe(true);
    const atFacility = await list(T0, { facilityId: HARRIS.facility.id });
    expect(atFacility.items.map((d) => d.id)).not.toContain(request.id);
    expect(atFacility.items.every((d) => d.facilityId === HARRIS.facility.id)).toBe(true);

    expect(await repo.openIds(HARRIS.agency.id)).toContain(request.id);
    expect(await repo.openIds(ALAMEDA.agency.id)).not.toContain(request.id);

    const store = services.lifecycle.events;
    expect((await store.holdsPastDeadline(T0, 100)).map((d) => d.detainerId)).not.toContain(request.id);
    const past = await store.holdsPastDeadline(after, 100);
    expect(past.find((d) => d.detainerId === request.id)).toEqual({
      agencyId: HARRIS.agency.id,
      detainerId: request.id,
      version: view.version,
    });

    // Released: closed, out of the open ids and of the sweeper's query.
    const released = await recordEvent(services.lifecycle, harrisOfficer, request.id, view.version, {
      type: 'released',
      at: T0.toISOString(),
    });
    if (!released.ok) throw new Error(released.error.message);
    expect(await repo.openIds(HARRIS.agency.id)).not.toContain(request.id);
    expect((await store.holdsPastDeadline(after, 100)).map((d) => d.detainerId)).not.toContain(request.id);
    expect((await list(T0, { status: 'released' })).items.map((d) => d.id)).toContain(request.id);
  });

  it('records each read of personal data', async () => {
    const request = await receive(services, officer);
    const viewed = await viewDetainer(services.lifecycle, officer, request.id);
    expect(viewed.ok).toBe(true);
    const reads = await database()
      .db.selectFrom('personal_data_reads')
      .selectAll()
      .where('detainer_id', '=', request.id)
      .execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ agency_id: ALAMEDA.agency.id, user_id: officer.userId, purpose: 'view' });
    expect(new Date(reads[0]!.read_at).toISOString()).toBe(T0.toISOString());
  });

  it('refuses UPDATE and DELETE on every append-only table (and TRUNCATE on PostgreSQL)', async () => {
    // Every table has a row by now (the tests above stored a notice and a read).
    const db = database().db;
    for (const table of APPEND_ONLY_TABLES) {
      const row = await db.selectFrom(table).select('agency_id').limit(1).executeTakeFirst();
      expect(row, table).toBeDefined();
      await expect(
        sql`UPDATE ${sql.table(table)} SET agency_id = agency_id`.execute(db),
        `UPDATE ${table}`,
      ).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM ${sql.table(table)}`.execute(db), `DELETE ${table}`).rejects.toThrow(/append-only/);
      if (engine === 'postgres') {
        await expect(sql`TRUNCATE ${sql.table(table)}`.execute(db), `TRUNCATE ${table}`).rejects.toThrow(/append-only/);
      }
    }
  });

  it('takes exactly one of 200 concurrent appends naming the same version', async () => {
    const request = await receive(services, officer);
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        services.lifecycle.events.append(
          batchOf(request, 2, [{ type: 'federal-notified', at: new Date(T0.getTime() + i).toISOString() }], 'system'),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'appended')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'version-conflict')).toHaveLength(199);
    const events = await services.lifecycle.events.load(request.agencyId, request.id);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3]);
    expect((await verifyAudit(services.audit, ALAMEDA.agency.id)).ok).toBe(true);
  });

  it('keeps one agency chain contiguous while its detainers append concurrently', async () => {
    const requests = await Promise.all(Array.from({ length: 8 }, () => receive(services, officer)));
    const store = services.lifecycle.events;
    await Promise.all([
      ...requests.map(async (request) => {
        for (let version = 2; version < 8; version++) {
          const payload: DetainerEventPayload = { type: 'federal-notified', at: T0.toISOString() };
          expect(await store.append(batchOf(request, version, [payload], officer.userId))).toBe('appended');
        }
      }),
      // New requests join the chain at the same time.
      ...Array.from({ length: 8 }, () => receive(services, officer)),
    ]);
    const chain = await chainOf(database(), ALAMEDA.agency.id);
    expect(chain.map((row) => Number(row.seq))).toEqual(chain.map((_, i) => i + 1));
    const head = await headOf(database(), ALAMEDA.agency.id);
    expect(Number(head.last_seq)).toBe(chain.length);
    for (const request of requests) {
      expect((await store.load(request.agencyId, request.id)).map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    }
    const audit = await verifyAudit(services.audit);
    expect(audit.ok).toBe(true);
  });

  it('starts a new agency chain once, even when its first requests arrive together', async () => {
    const agencyId = randomUUID() as AgencyId;
    await services.agencies.insertIfAbsent(
      { ...ALAMEDA.agency, id: agencyId, name: 'Test agency', synthetic: true },
      T0,
    );
    const userId = randomUUID() as UserId;
    await services.auth.users.insert({
      id: userId,
      agencyId,
      email: `officer-${userId}@test.example`,
      displayName: 'Officer',
      role: 'records-officer',
      passwordHash: 'x',
      createdAt: T0,
    });
    const who: Principal = { userId, agencyId, role: 'records-officer', via: 'cli' };
    await Promise.all(Array.from({ length: 12 }, () => receive(services, who)));
    const chain = await chainOf(database(), agencyId);
    expect(chain.map((row) => Number(row.seq))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(chain[0]!.prev_hash).toBe(GENESIS_HASH);
    expect(await verifyAudit(services.audit, agencyId)).toEqual({
      ok: true,
      chains: [{ agencyId, events: 24, ok: true, head: { seq: 24, hash: chain[23]!.hash }, broken: null }],
    });
  });

  it('verifies every chain intact, covering every event', async () => {
    const audit = await verifyAudit(services.audit);
    expect(audit.ok).toBe(true);
    const total = (await counts(database())).detainer_events;
    expect(audit.chains.reduce((n, c) => n + c.events, 0)).toBe(total);
    expect(audit.chains.map((c) => c.agencyId)).toEqual(expect.arrayContaining(DEMO_AGENCIES.map((d) => d.agency.id)));
  });
});

/**
 * Tampering, each case on its own database: the verifier names exactly the first event that
 * breaks the chain, and leaves the other agencies' chains intact.
 */
describeEachEngine('audit verification against tampering', ({ engine }) => {
  async function tampered(
    tamper: (handle: DatabaseHandle, chain: Awaited<ReturnType<typeof chainOf>>) => Promise<void>,
  ): Promise<Awaited<ReturnType<typeof verifyAudit>> & { chain: Awaited<ReturnType<typeof chainOf>> }> {
    const handle = await createTestDatabase(engine);
    try {
      const services = await openDesk(handle, new TestClock());
      const officer = await principal(services, 'records-officer@alameda.demo.example');
      for (let i = 0; i < 3; i++) await receive(services, officer);
      expect((await verifyAudit(services.audit)).ok).toBe(true);
      const chain = await chainOf(handle, ALAMEDA.agency.id);
      await disableEventTriggers(handle);
      await tamper(handle, chain);
      return { ...(await verifyAudit(services.audit)), chain };
    } finally {
      await handle.dispose();
    }
  }
  const alamedaVerdict = (audit: Awaited<ReturnType<typeof verifyAudit>>) =>
    audit.chains.find((c) => c.agencyId === ALAMEDA.agency.id)!;
  const othersIntact = (audit: Awaited<ReturnType<typeof verifyAudit>>) =>
    audit.chains.filter((c) => c.agencyId !== ALAMEDA.agency.id).every((c) => c.ok);

  it('(a) an altered payload breaks that event’s own hash', async () => {
    const audit = await tampered(async (handle, chain) => {
      const target = chain[2]!;
      const payload = JSON.parse(
        JSON.stringify(typeof target.payload === 'string' ? JSON.parse(target.payload) : target.payload),
      );
      await handle.db
        .updateTable('detainer_events')
        .set({ payload: JSON.stringify({ ...payload, receivedAt: '2020-01-01T00:00:00.000Z', type: payload.type }) })
        .where('agency_id', '=', target.agency_id)
        .where('seq', '=', target.seq)
        .execute();
    });
    const target = audit.chain[2]!;
    expect(audit.ok).toBe(false);
    expect(alamedaVerdict(audit)).toEqual({
      agencyId: ALAMEDA.agency.id,
      events: 2,
      ok: false,
      // The head recorded before the tampering: the chain's true end.
      head: { seq: audit.chain.length, hash: audit.chain.at(-1)!.hash },
      broken: { seq: 3, detainerId: target.detainer_id, version: target.version, problem: 'hash-mismatch' },
    });
    expect(othersIntact(audit)).toBe(true);
  });

  it('(b) a deleted event breaks the sequence at the event after it', async () => {
    const audit = await tampered(async (handle, chain) => {
      await handle.db
        .deleteFrom('detainer_events')
        .where('agency_id', '=', chain[3]!.agency_id)
        .where('seq', '=', 4)
        .execute();
    });
    const next = audit.chain[4]!;
    expect(alamedaVerdict(audit).broken).toEqual({
      seq: 5,
      detainerId: next.detainer_id,
      version: next.version,
      problem: 'sequence-gap',
    });
    expect(othersIntact(audit)).toBe(true);
  });

  it('(c) an inserted event with a forged hash is caught at that event', async () => {
    const audit = await tampered(async (handle, chain) => {
      const last = chain.at(-1)!;
      await handle.db
        .insertInto('detainer_events')
        .values({
          ...last,
          seq: last.seq + 1,
          version: last.version + 1,
          prev_hash: last.hash,
          hash: 'f'.repeat(64),
          payload: JSON.stringify({ type: 'released', at: '2026-12-01T18:00:00.000Z' }),
          recorded_at: new Date(last.recorded_at).toISOString(),
        })
        .execute();
    });
    const last = audit.chain.at(-1)!;
    expect(alamedaVerdict(audit).broken).toEqual({
      seq: last.seq + 1,
      detainerId: last.detainer_id,
      version: last.version + 1,
      problem: 'hash-mismatch',
    });
  });

  it('(c) an inserted event with a correctly recomputed hash is caught by the head, at that event', async () => {
    const audit = await tampered(async (handle, chain) => {
      const last = chain.at(-1)!;
      const forged = {
        agencyId: last.agency_id,
        seq: last.seq + 1,
        detainerId: last.detainer_id,
        version: last.version + 1,
        type: 'released',
        payload: { type: 'released', at: '2026-12-01T18:00:00.000Z' },
        recordedAt: new Date(last.recorded_at).toISOString(),
        actor: last.actor,
        prevHash: last.hash,
      };
      await handle.db
        .insertInto('detainer_events')
        .values({
          agency_id: forged.agencyId,
          seq: forged.seq,
          detainer_id: forged.detainerId,
          version: forged.version,
          type: forged.type,
          payload: JSON.stringify(forged.payload),
          recorded_at: forged.recordedAt,
          actor: forged.actor,
          prev_hash: forged.prevHash,
          hash: linkHash(forged),
        })
        .execute();
    });
    const last = audit.chain.at(-1)!;
    expect(alamedaVerdict(audit).broken).toEqual({
      seq: last.seq + 1,
      detainerId: last.detainer_id,
      version: last.version + 1,
      problem: 'head-mismatch',
    });
  });

  it('(d) two events with their sequence numbers swapped break the link at the first of them', async () => {
    const audit = await tampered(async (handle, chain) => {
      const agency = chain[0]!.agency_id;
      const renumber = (from: number, to: number) =>
        handle.db
          .updateTable('detainer_events')
          .set({ seq: to })
          .where('agency_id', '=', agency)
          .where('seq', '=', from)
          .execute();
      await renumber(3, -1);
      await renumber(4, 3);
      await renumber(-1, 4);
    });
    const moved = audit.chain[3]!; // the event first at seq 4, now at seq 3
    expect(alamedaVerdict(audit).broken).toEqual({
      seq: 3,
      detainerId: moved.detainer_id,
      version: moved.version,
      problem: 'previous-hash-mismatch',
    });
  });

  it('a removed tail is caught by the recorded head, naming the first missing event', async () => {
    const audit = await tampered(async (handle, chain) => {
      const last = chain.at(-1)!;
      await handle.db
        .deleteFrom('detainer_events')
        .where('agency_id', '=', last.agency_id)
        .where('seq', '=', last.seq)
        .execute();
    });
    const last = audit.chain.at(-1)!;
    expect(alamedaVerdict(audit)).toMatchObject({
      ok: false,
      events: audit.chain.length - 1,
      broken: { seq: last.seq, detainerId: null, version: null, problem: 'head-mismatch' },
    });
    expect(othersIntact(audit)).toBe(true);
  });

  it('a row slipped in below the first event is seen', async () => {
    const audit = await tampered(async (handle, chain) => {
      const first = chain[0]!;
      await handle.db
        .insertInto('detainer_events')
        .values({
          ...first,
          seq: 0,
          version: 99,
          payload: JSON.stringify(first.payload),
          recorded_at: new Date(first.recorded_at).toISOString(),
        })
        .execute();
    });
    expect(alamedaVerdict(audit).broken).toMatchObject({ seq: 0, version: 99, problem: 'sequence-gap' });
  });
});
