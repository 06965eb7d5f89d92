import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { verifyAudit } from '../../src/core/audit/audit.use-cases.js';
import type { AgencyId } from '../../src/core/shared/ids.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * The auditor's page over HTTP: the agency's hash chain as `audit verify --agency` computes it
 * (intact, then tampered with; verified from the last verified head on), and the log of personal-data reads with its filters; admins and
 * auditors only, their own agency only, never the personal data read.
 */

const NAME = 'Audit Person Quill';
const A_NUMBER = 'A987654321';

describeEachEngine('the audit page API', ({ database }) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let alamedaAgency: AgencyId;
  let detainerId: string;
  let otherDetainerId: string;
  let officerId: string;
  let supervisorId: string;

  beforeAll(async () => {
    t = await buildTestApp(database());
    for (const role of ['records-officer', 'supervisor', 'auditor', 'admin', 'federal-liaison']) {
      tokens[role] = await tokenFor(t.services, DEMO.alameda(role));
    }
    tokens['harris-auditor'] = await tokenFor(t.services, DEMO.harris('auditor'));
    const officer = (await t.services.auth.users.findByEmail(DEMO.alameda('records-officer')))!;
    officerId = officer.id;
    alamedaAgency = officer.agencyId;
    supervisorId = (await t.services.auth.users.findByEmail(DEMO.alameda('supervisor')))!.id;
    const created = async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/detainers',
        headers: bearer(tokens['records-officer']!),
        payload: newDetainerBody({
          subject: { reference: `BK-AUD-${Math.random()}`, fullName: NAME, aNumber: A_NUMBER },
        }),
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    };
    detainerId = await created();
    otherDetainerId = await created();
  });

  const get = (role: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(tokens[role]!) });

  it("answers the agency's chain exactly as audit verify --agency computes it", async () => {
    const res = await get('auditor', '/api/v1/audit/chains');
    expect(res.statusCode).toBe(200);
    const chain = res.json();
    const { chains } = await verifyAudit(t.services.audit, alamedaAgency);
    expect(chain).toEqual(chains[0]);
    expect(chain).toMatchObject({ agencyId: alamedaAgency, ok: true, broken: null });
    expect(chain.events).toBeGreaterThan(0);
    expect(chain.head.seq).toBe(chain.events);
    expect(chain.head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await get('admin', '/api/v1/audit/chains')).json()).toEqual(chain);
  });

  it('gives audit:read to admins and auditors only', async () => {
    for (const role of ['records-officer', 'supervisor', 'federal-liaison']) {
      for (const url of ['/api/v1/audit/chains', '/api/v1/audit/reads']) {
        const res = await get(role, url);
        expect(res.statusCode, `${role} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit/reads' })).statusCode).toBe(401);
  });

  it('lists reads of personal data, newest first, with who, which detainer, when, why and how', async () => {
    const view = await get('records-officer', `/api/v1/detainers/${detainerId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().subject.fullName).toBe(NAME);
    expect((await get('supervisor', `/api/v1/detainers/${detainerId}`)).statusCode).toBe(200);
    expect((await get('records-officer', `/api/v1/detainers/${otherDetainerId}`)).statusCode).toBe(200);

    const res = await get('auditor', `/api/v1/audit/reads?detainerId=${detainerId}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ total: 2, limit: 100, offset: 0 });
    expect(page.reads.map((r: { userId: string }) => r.userId)).toEqual([supervisorId, officerId]);
    expect(page.reads[1]).toMatchObject({
      userId: officerId,
      userEmail: DEMO.alameda('records-officer'),
      detainerId,
      purpose: 'view',
      channel: 'token',
    });
    expect(Date.parse(page.reads[0].at)).toBeGreaterThanOrEqual(Date.parse(page.reads[1].at));
    // The log says who read what, never what was read.
    expect(res.body).not.toContain(NAME);
    expect(res.body).not.toContain(A_NUMBER);
    expect(Object.keys(page.reads[0]).sort()).toEqual(
      ['at', 'channel', 'detainerId', 'id', 'purpose', 'userEmail', 'userId'].sort(),
    );
  });

  it('filters by user, detainer and time, and pages', async () => {
    const mine = (await get('auditor', `/api/v1/audit/reads?userId=${officerId}&limit=500`)).json();
    expect(mine.reads.length).toBeGreaterThanOrEqual(2);
    expect(mine.reads.every((r: { userId: string }) => r.userId === officerId)).toBe(true);
    const both = (await get('auditor', `/api/v1/audit/reads?userId=${officerId}&detainerId=${otherDetainerId}`)).json();
    expect(both.total).toBe(1);
    expect(both.reads[0].detainerId).toBe(otherDetainerId);

    const all = (await get('auditor', '/api/v1/audit/reads?limit=500')).json();
    expect(all.total).toBe(all.reads.length);
    const second = (await get('auditor', '/api/v1/audit/reads?limit=1&offset=1')).json();
    expect(second).toMatchObject({ total: all.total, limit: 1, offset: 1 });
    expect(second.reads).toEqual([all.reads[1]]);

    const newest = all.reads[0].at as string;
    const from = (await get('auditor', `/api/v1/audit/reads?from=${encodeURIComponent(newest)}`)).json();
    expect(from.reads.every((r: { at: string }) => Date.parse(r.at) >= Date.parse(newest))).toBe(true);
    expect(from.total).toBeGreaterThanOrEqual(1);
    const before = (await get('auditor', `/api/v1/audit/reads?to=${encodeURIComponent(newest)}&limit=500`)).json();
    expect(before.reads.every((r: { at: string }) => Date.parse(r.at) < Date.parse(newest))).toBe(true);
    expect(from.total + before.total).toBe(all.total);
  });

  it("keeps each agency's log to itself", async () => {
    const res = await get('harris-auditor', `/api/v1/audit/reads?detainerId=${detainerId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reads: [], total: 0 });
    const harris = (await get('harris-auditor', '/api/v1/audit/chains')).json();
    expect(harris.agencyId).not.toBe(alamedaAgency);
  });

  it('refuses bad filters, naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['userId=not-a-uuid', 'userId'],
      ['detainerId=42', 'detainerId'],
      ['from=2026-12-01', 'from'],
      ['limit=501', 'limit'],
      ['offset=-1', 'offset'],
      ['purpose=view', 'purpose'],
      ['from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', 'from'],
    ];
    for (const [query, field] of cases) {
      const res = await get('auditor', `/api/v1/audit/reads?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details.field, query).toBe(field);
    }
  });

  it('shows a tampered chain as broken, naming the first broken event and its problem', async () => {
    const handle = database();
    const [row] = await handle.db
      .selectFrom('detainer_events')
      .selectAll()
      .where('agency_id', '=', alamedaAgency)
      .where('detainer_id', '=', otherDetainerId)
      .orderBy('seq')
      .limit(1)
      .execute();
    if (handle.engine === 'postgres') await sql`ALTER TABLE detainer_events DISABLE TRIGGER USER`.execute(handle.db);
    else await sql`DROP TRIGGER detainer_events_no_update`.execute(handle.db);
    const payload = typeof row!.payload === 'string' ? JSON.parse(row!.payload) : row!.payload;
    await handle.db
      .updateTable('detainer_events')
      .set({ payload: JSON.stringify({ ...payload, receivedAt: '2020-01-01T00:00:00.000Z' }) })
      .where('agency_id', '=', alamedaAgency)
      .where('seq', '=', row!.seq)
      .execute();

    // The event is below the head this server last verified: a server started now (which verifies
    // in full first) reports it, as `audit verify` does (the route's description says so).
    const restarted = await buildTestApp(handle);
    try {
      const res = await restarted.app.inject({
        method: 'GET',
        url: '/api/v1/audit/chains',
        headers: bearer(tokens.auditor!),
      });
      expect(res.statusCode).toBe(200);
      const chain = res.json();
      expect(chain).toMatchObject({
        ok: false,
        broken: { seq: Number(row!.seq), detainerId: otherDetainerId, version: 1, problem: 'hash-mismatch' },
      });
      expect(chain.events).toBe(Number(row!.seq) - 1);
      expect(chain).toEqual((await verifyAudit(t.services.audit, alamedaAgency)).chains[0]);
    } finally {
      await restarted.app.close();
    }
    // Another agency's chain is untouched.
    expect((await get('harris-auditor', '/api/v1/audit/chains')).json().ok).toBe(true);

    // The head event rewritten: the server that verified it sees it at once, and answers the full verdict.
    const [last] = await handle.db
      .selectFrom('detainer_events')
      .selectAll()
      .where('agency_id', '=', alamedaAgency)
      .orderBy('seq', 'desc')
      .limit(1)
      .execute();
    await handle.db
      .updateTable('detainer_events')
      .set({ actor: officerId === last!.actor ? supervisorId : officerId })
      .where('agency_id', '=', alamedaAgency)
      .where('seq', '=', last!.seq)
      .execute();
    const warm = (await get('auditor', '/api/v1/audit/chains')).json();
    expect(warm.ok).toBe(false);
    expect(warm).toEqual((await verifyAudit(t.services.audit, alamedaAgency)).chains[0]);
  });

  it('verifies again only what was appended: a new event keeps the chain intact, as audit verify says', async () => {
    const before = (await get('harris-auditor', '/api/v1/audit/chains')).json();
    const harrisOfficer = await tokenFor(t.services, DEMO.harris('records-officer'));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(harrisOfficer),
      payload: newDetainerBody({ subject: { reference: `BK-AUD-H-${Math.random()}` } }),
    });
    expect(res.statusCode).toBe(201);
    const after = (await get('harris-auditor', '/api/v1/audit/chains')).json();
    expect(after.ok).toBe(true);
    expect(after.events).toBeGreaterThan(before.events);
    const harrisAgency = (await t.services.auth.users.findByEmail(DEMO.harris('auditor')))!.agencyId;
    expect(after).toEqual((await verifyAudit(t.services.audit, harrisAgency)).chains[0]);
  });
});
