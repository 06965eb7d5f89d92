import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/core/audit/audit.use-cases.js';
import { parseDetainerCommand } from '../../src/core/lifecycle/parse-command.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { validateInput } from '../../src/core/shared/validate-input.js';
import { DetainerEventBody } from '../../src/server/schemas/lifecycle.schema.js';
import { EXAMPLE_COMMANDS } from '../support/command-examples.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * The detainer lifecycle over HTTP: the two transcripts of the issue (Harris County TX, Alameda
 * County CA), the state machine's refusals, overrides, corrections, notices, reads of personal
 * data, alarms, the inbox, and 200 concurrent commands on one detainer.
 */

const HOUR = 3_600_000;
const HARRIS_FACILITY = '00000000-0000-4000-9000-000000000002';

/** A clock the test moves by hand. */
function controlledClock(iso: string): Clock & { set(iso: string): void } {
  let now = Date.parse(iso);
  return { now: () => new Date(now), set: (to: string) => void (now = Date.parse(to)) };
}

interface View {
  id: string;
  status: string;
  version: number;
  decision: {
    asOf: string;
    actions: Record<
      'hold' | 'notify' | 'transfer',
      {
        requested: boolean;
        modality: string | null;
        decision: string | null;
        effective: string | null;
        overridden: unknown;
      }
    >;
    holdUntil: string | null;
    applied: Array<{ rule: string; version: string; citations?: Array<{ title: string; href: string }> }>;
    trace: unknown;
    error: { kind: string; message: string; fact?: string } | null;
  } | null;
  deadlines: { hold: string | null; releaseEligibleAt: string | null };
  duties: Array<{ id: string; status: string; noticeId: string | null; noticeUrl: string | null }>;
  alarms: Array<{ kind: string; severity: string }>;
  events: Array<{ version: number; type: string; payload: Record<string, unknown>; actor: string }>;
}

describeEachEngine('the detainer lifecycle over HTTP', ({ database }) => {
  // Monday 30 November 2026, 10:05 in Houston, 08:05 in Oakland.
  const clock = controlledClock('2026-11-30T16:05:00Z');
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
    for (const [name, email] of Object.entries({
      harrisOfficer: DEMO.harris('records-officer'),
      harrisSupervisor: DEMO.harris('supervisor'),
      harrisAuditor: DEMO.harris('auditor'),
      harrisLiaison: DEMO.harris('federal-liaison'),
      alamedaOfficer: DEMO.alameda('records-officer'),
      alamedaSupervisor: DEMO.alameda('supervisor'),
    })) {
      tokens[name] = await tokenFor(t.services, email);
    }
  });

  const as = (who: string) => bearer(tokens[who]!);
  const receive = async (who: string, overrides: Record<string, unknown> = {}): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: as(who),
      payload: newDetainerBody({
        issuedAt: '2026-11-30T07:30:00-06:00',
        receivedAt: '2026-11-30T08:00:00-06:00',
        ...overrides,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const record = (who: string, id: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/detainers/${id}/events`, headers: as(who), payload: body });
  const recorded = async (who: string, id: string, body: Record<string, unknown>): Promise<View> => {
    const res = await record(who, id, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as View;
  };
  const view = async (who: string, id: string): Promise<View> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${id}`, headers: as(who) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as View;
  };
  /** A Harris request whose person is held: bond posted at 10:00 Houston time. */
  const heldInHarris = async (): Promise<View> => {
    const id = await receive('harrisOfficer');
    await recorded('harrisOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: { proofOfLawfulStatus: false },
    });
    return recorded('harrisOfficer', id, {
      type: 'release-eligible',
      expectedVersion: 4,
      at: '2026-11-30T10:00:00-06:00',
      reason: 'bond-posted',
    });
  };

  it('Harris County TX: facts, release eligibility, a 48-hour hold under art. 2.251, transfer', async () => {
    const id = await receive('harrisOfficer');
    const received = await view('harrisOfficer', id);
    expect(received).toMatchObject({ status: 'pending', version: 2 });
    // Texas law needs to know whether the person has proved lawful status before it can decide.
    expect(received.decision?.error).toMatchObject({ kind: 'MissingFact' });
    expect(received.alarms.map((a) => a.kind)).toContain('decision-blocked');

    const known = await recorded('harrisOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: { proofOfLawfulStatus: false },
    });
    expect(known).toMatchObject({ status: 'pending', version: 4 });
    expect(known.decision?.actions.hold).toMatchObject({
      requested: true,
      modality: 'required',
      decision: 'comply',
      effective: 'comply',
    });

    const held = await recorded('harrisOfficer', id, {
      type: 'release-eligible',
      expectedVersion: 4,
      at: '2026-11-30T10:00:00-06:00',
      reason: 'bond-posted',
    });
    expect(held.status).toBe('holding');
    expect(held.events.slice(-3).map((e) => [e.type, e.actor])).toEqual([
      ['release-eligible', expect.any(String)],
      ['evaluated', 'system'],
      ['hold-started', 'system'],
    ]);
    for (const action of ['hold', 'notify', 'transfer'] as const) {
      expect(held.decision?.actions[action]).toMatchObject({ modality: 'required', effective: 'comply' });
    }
    // An I-247A asks for 48 elapsed hours from release eligibility.
    expect(Date.parse(held.deadlines.hold!) - Date.parse('2026-11-30T10:00:00-06:00')).toBe(48 * HOUR);
    expect(held.deadlines.hold).toBe(held.decision?.holdUntil);
    const texas = held.decision?.applied.find((a) => a.rule === 'tx-ccp-2.251');
    expect(texas?.citations?.map((c) => c.title)).toEqual([
      'Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017)',
      'City of El Cenizo v. Texas, 890 F.3d 164 (5th Cir. 2018)',
    ]);
    expect(held.decision?.trace).toMatchObject({ place: { state: 'TX', countyFips: '48201' } });

    const transferred = await recorded('harrisOfficer', id, { type: 'transferred', expectedVersion: held.version });
    expect(transferred).toMatchObject({ status: 'transferred', alarms: [] });
  });

  it('Alameda County CA: the Values Act forbids the hold; release eligibility makes the person release-due; released', async () => {
    const id = await receive('alamedaOfficer', {
      issuedAt: '2026-11-30T05:30:00-08:00',
      receivedAt: '2026-11-30T06:00:00-08:00',
    });
    expect((await view('alamedaOfficer', id)).decision?.error).toMatchObject({ kind: 'MissingFact' });

    const known = await recorded('alamedaOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: {
        convictions: [],
        pendingCharges: [],
        registrant: false,
        federalFelonyWarrant: false,
        terroristWatchListMatch: false,
      },
    });
    expect(known.decision?.actions.hold).toMatchObject({
      modality: 'forbidden',
      decision: 'decline',
      effective: 'decline',
    });
    const valuesAct = known.decision?.applied.find((a) => a.rule === 'ca-gov-7284.6-a1b');
    expect(valuesAct?.citations?.length).toBeGreaterThan(0);
    expect(known.duties.map((d) => d.id)).toContain('ca-truth-copy-and-intent');
    // Each duty carries the library's unofficial Spanish text beside the English.
    expect(known.duties.find((d) => d.id === 'ca-truth-copy-and-intent')).toMatchObject({
      text: 'Give the person a copy of the ICE request and tell them in writing whether the agency intends to comply.',
      textEs: expect.stringMatching(/^Entregue a la persona una copia de la solicitud de ICE/),
    });

    const due = await recorded('alamedaOfficer', id, {
      type: 'release-eligible',
      expectedVersion: known.version,
      at: '2026-11-30T08:00:00-08:00',
      reason: 'charges-dismissed',
    });
    expect(due).toMatchObject({ status: 'release-due', deadlines: { hold: null } });
    expect(due.events.map((e) => e.type)).not.toContain('hold-started');
    expect(due.alarms).toContainEqual(expect.objectContaining({ kind: 'release-due', severity: 'critical' }));

    const released = await recorded('alamedaOfficer', id, { type: 'released', expectedVersion: due.version });
    expect(released.status).toBe('released');
  });

  it('refuses commands the state does not allow, naming the command and the status (409)', async () => {
    const held = await heldInHarris();
    const cancel = await record('harrisOfficer', held.id, {
      type: 'cancelled',
      expectedVersion: held.version,
      reason: 'typo',
    });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().error).toMatchObject({
      code: 'DETAINER.ILLEGAL_TRANSITION',
      details: { type: 'cancelled', status: 'holding' },
    });
    expect(cancel.json().error.message).toContain('cancelled');

    const released = await recorded('harrisOfficer', held.id, { type: 'released', expectedVersion: held.version });
    const again = await record('harrisOfficer', held.id, { type: 'released', expectedVersion: released.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'DETAINER.ILLEGAL_TRANSITION',
      details: { type: 'released', status: 'released' },
    });

    // California forbids the transfer: the desk cannot record one.
    const id = await receive('alamedaOfficer', {
      issuedAt: '2026-11-30T05:30:00-08:00',
      receivedAt: '2026-11-30T06:00:00-08:00',
    });
    await recorded('alamedaOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: {
        convictions: [],
        pendingCharges: [],
        registrant: false,
        federalFelonyWarrant: false,
        terroristWatchListMatch: false,
      },
    });
    const transfer = await record('alamedaOfficer', id, { type: 'transferred', expectedVersion: 4 });
    expect(transfer.statusCode).toBe(409);
    expect(transfer.json().error).toMatchObject({
      code: 'DETAINER.ILLEGAL_TRANSITION',
      details: { type: 'transferred', status: 'pending' },
    });
  });

  it('refuses a stale expectedVersion (409 DETAINER.VERSION_CONFLICT) and writes nothing', async () => {
    const held = await heldInHarris();
    const stale = await record('harrisOfficer', held.id, { type: 'released', expectedVersion: held.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'DETAINER.VERSION_CONFLICT',
      details: { expectedVersion: held.version - 1, version: held.version },
    });
    expect((await view('harrisOfficer', held.id)).version).toBe(held.version);
  });

  it('names a bad field of a command (400) without repeating its value', async () => {
    const held = await heldInHarris();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ type: 'escaped', expectedVersion: held.version }, 'type'],
      [{ type: 'released' }, 'expectedVersion'],
      [{ type: 'released', expectedVersion: held.version, reason: 'x' }, 'reason'],
      [{ type: 'lifted', expectedVersion: held.version }, 'reason'],
      [
        {
          type: 'facts-updated',
          expectedVersion: held.version,
          facts: { convictions: [{ date: '2001-01-01', level: 'secret-level' }] },
        },
        'facts.convictions[0].level',
      ],
      [{ type: 'released', expectedVersion: held.version, at: 'yesterday-ish' }, 'at'],
      [
        {
          type: 'notice-served',
          expectedVersion: held.version,
          notice: 'tx-held-on-detainer',
          language: 'en',
          dutyId: 'no-such-duty',
        },
        'dutyId',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await record('harrisOfficer', held.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field } });
      expect(res.body).not.toMatch(/secret-level|yesterday-ish|escaped/);
    }
  });

  it('lets only roles that record do so: auditors and liaisons get 403, another agency 404', async () => {
    const held = await heldInHarris();
    for (const who of ['harrisAuditor', 'harrisLiaison']) {
      const res = await record(who, held.id, { type: 'released', expectedVersion: held.version });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
    }
    const other = await record('alamedaOfficer', held.id, { type: 'released', expectedVersion: held.version });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('DETAINER.NOT_FOUND');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${held.id}`, headers: as('alamedaOfficer') }))
        .statusCode,
    ).toBe(404);
    expect((await view('harrisOfficer', held.id)).version).toBe(held.version);
  });

  it('lets a supervisor override a permitted action with a reason, never a required or forbidden one', async () => {
    // A person who proved lawful status is outside art. 2.251: the law leaves every action permitted.
    const id = await receive('harrisOfficer');
    const permitted = await recorded('harrisOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: { proofOfLawfulStatus: true },
    });
    expect(permitted.decision?.actions.hold).toMatchObject({
      modality: 'permitted',
      decision: 'comply',
      effective: 'comply',
      overridden: null,
    });

    const override = {
      type: 'decision-overridden',
      expectedVersion: permitted.version,
      action: 'hold',
      decision: 'decline',
      reason: 'Counsel: no hold.',
    };
    const officer = await record('harrisOfficer', id, override);
    expect(officer.statusCode).toBe(403);
    expect(officer.json().error.code).toBe('AUTH.FORBIDDEN');

    const overridden = await recorded('harrisSupervisor', id, override);
    expect(overridden.decision?.actions.hold).toEqual({
      requested: true,
      modality: 'permitted',
      decision: 'comply',
      effective: 'decline',
      overridden: { decision: 'decline', reason: 'Counsel: no hold.' },
    });
    // Release eligibility now starts no hold: the person is release-due.
    const due = await recorded('harrisOfficer', id, {
      type: 'release-eligible',
      expectedVersion: overridden.version,
      at: '2026-11-30T10:00:00-06:00',
      reason: 'bond-posted',
    });
    expect(due.status).toBe('release-due');

    const required = await heldInHarris();
    const notRequired = await record('harrisSupervisor', required.id, {
      ...override,
      expectedVersion: required.version,
    });
    expect(notRequired.statusCode).toBe(409);
    expect(notRequired.json().error).toMatchObject({
      code: 'DETAINER.OVERRIDE_NOT_PERMITTED',
      details: { action: 'hold', modality: 'required' },
    });

    const alameda = await receive('alamedaOfficer', {
      issuedAt: '2026-11-30T05:30:00-08:00',
      receivedAt: '2026-11-30T06:00:00-08:00',
    });
    await recorded('alamedaOfficer', alameda, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: {
        convictions: [],
        pendingCharges: [],
        registrant: false,
        federalFelonyWarrant: false,
        terroristWatchListMatch: false,
      },
    });
    const forbidden = await record('alamedaSupervisor', alameda, {
      ...override,
      decision: 'comply',
      expectedVersion: 4,
    });
    expect(forbidden.statusCode).toBe(409);
    expect(forbidden.json().error).toMatchObject({
      code: 'DETAINER.OVERRIDE_NOT_PERMITTED',
      details: { modality: 'forbidden' },
    });
  });

  it('corrects the release time: the law is asked again and the hold deadline moves', async () => {
    const held = await heldInHarris();
    const eligible = held.events.find((e) => e.type === 'release-eligible')!;
    const corrected = await recorded('harrisOfficer', held.id, {
      type: 'corrected',
      expectedVersion: held.version,
      corrects: eligible.version,
      reason: 'The bond was posted an hour earlier.',
      replacement: { at: '2026-11-30T09:00:00-06:00' },
    });
    expect(corrected.status).toBe('holding');
    expect(corrected.events.slice(-2).map((e) => e.type)).toEqual(['corrected', 'evaluated']);
    expect(Date.parse(corrected.deadlines.hold!)).toBe(Date.parse('2026-12-02T09:00:00-06:00'));
    expect(Date.parse(corrected.deadlines.releaseEligibleAt!)).toBe(Date.parse('2026-11-30T09:00:00-06:00'));
    // The original event is still there, unchanged: corrections are new events.
    expect(corrected.events.find((e) => e.version === eligible.version)?.payload).toEqual(eligible.payload);

    const bad = await record('harrisOfficer', held.id, {
      type: 'corrected',
      expectedVersion: corrected.version,
      corrects: eligible.version,
      reason: 'x',
      replacement: { reason: 'escaped' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toMatchObject({
      field: 'replacement.reason',
      kind: 'oneOf',
      allowed: expect.arrayContaining(['bond-posted']),
    });
    // Each correction rule names its problem with a kind of its own, for the reader's language.
    const correction = { type: 'corrected', expectedVersion: corrected.version, reason: 'Typed wrong.' };
    const noEvent = await record('harrisOfficer', held.id, {
      ...correction,
      corrects: 999,
      replacement: { at: '2026-11-30T09:00:00-06:00' },
    });
    expect(noEvent.json().error.details).toMatchObject({ field: 'corrects', kind: 'noEvent' });
    const notField = await record('harrisOfficer', held.id, {
      ...correction,
      corrects: eligible.version,
      replacement: { servedAt: '2026-11-30T09:00:00-06:00' },
    });
    expect(notField.json().error.details).toMatchObject({
      field: 'replacement.servedAt',
      kind: 'replaceOnly',
      allowed: expect.arrayContaining(['at']),
    });
  });

  it('serves a notice: the PDF is stored, downloadable, and its read recorded', async () => {
    const held = await heldInHarris();
    // Due at release eligibility (10:00), five minutes ago: open, and overdue once the 2-hour grace has passed.
    expect(held.duties).toContainEqual(
      expect.objectContaining({ id: 'tx-inform-held-on-detainer', status: 'open', noticeUrl: null }),
    );
    expect(held.alarms.map((a) => a.kind)).not.toContain('duty-overdue');
    const served = await recorded('harrisOfficer', held.id, {
      type: 'notice-served',
      expectedVersion: held.version,
      notice: 'tx-held-on-detainer',
      language: 'es',
      dutyId: 'tx-inform-held-on-detainer',
    });
    const duty = served.duties.find((d) => d.id === 'tx-inform-held-on-detainer')!;
    expect(duty.status).toBe('served');
    expect(served.alarms.map((a) => a.kind)).not.toContain('duty-overdue');
    expect(duty.noticeUrl).toBe(`/api/v1/detainers/${held.id}/notices/${duty.noticeId}`);

    const reads = await readsOf(held.id);
    const pdf = await t.app.inject({ method: 'GET', url: duty.noticeUrl!, headers: as('harrisAuditor') });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="tx-held-on-detainer-es.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await readsOf(held.id)).toEqual([...reads, 'notice']);

    for (const [who, url, status, code] of [
      [
        'harrisOfficer',
        `/api/v1/detainers/${held.id}/notices/6f1c1f3e-1111-4222-8333-444455556666`,
        404,
        'NOTICE.NOT_FOUND',
      ],
      ['harrisOfficer', `/api/v1/detainers/${held.id}/notices/not-an-id`, 404, 'NOTICE.NOT_FOUND'],
      ['alamedaOfficer', duty.noticeUrl!, 404, 'DETAINER.NOT_FOUND'],
      ['harrisLiaison', duty.noticeUrl!, 403, 'AUTH.FORBIDDEN'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers: as(who) });
      expect(res.statusCode, `${who} ${url}`).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
  });

  /** The purposes of the recorded reads of one detainer's personal data, oldest first. */
  async function readsOf(detainerId: string): Promise<string[]> {
    const rows = await database()
      .db.selectFrom('personal_data_reads')
      .select(['purpose', 'read_at', 'id'])
      .where('detainer_id', '=', detainerId)
      .execute();
    return rows.map((r) => r.purpose);
  }

  it('records every read of a detainer with personal data, and only those', async () => {
    const id = await receive('harrisOfficer');
    const before = await readsOf(id);
    await view('harrisAuditor', id);
    expect(await readsOf(id)).toEqual([...before, 'view']);
    const rows = await database()
      .db.selectFrom('personal_data_reads')
      .innerJoin('users', 'users.id', 'personal_data_reads.user_id')
      .select(['users.email'])
      .where('detainer_id', '=', id)
      .execute();
    expect(rows.map((r) => r.email)).toContain(DEMO.harris('auditor'));
    // The inbox carries no personal data, so listing reads none.
    await t.app.inject({ method: 'GET', url: '/api/v1/detainers?limit=200', headers: as('harrisAuditor') });
    expect(await readsOf(id)).toEqual([...before, 'view']);
  });

  it('filters and sorts the inbox without personal data', async () => {
    const held = await heldInHarris();
    // A PEP form, issued before it was retired (2017-04-02) and still pending.
    const pendingN = await receive('harrisOfficer', {
      form: 'I-247N',
      formEdition: undefined,
      issuedAt: '2017-03-30T09:00:00-06:00',
      facilityId: HARRIS_FACILITY,
    });
    // 23:30 on Sunday 29 November in Houston is already Monday in UTC: the inbox counts local days.
    const sunday = await receive('harrisOfficer', {
      issuedAt: '2026-11-29T23:00:00-06:00',
      receivedAt: '2026-11-29T23:30:00-06:00',
    });
    const list = async (query: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/detainers?limit=200&${query}`,
        headers: as('harrisOfficer'),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toMatch(/fullName|aNumber|birthDate|Test Person Zeta/);
      return res.json().items as Array<{
        id: string;
        status: string;
        form: string;
        facilityId: string | null;
        version: number;
        holdDeadline: string | null;
      }>;
    };

    const holding = await list('state=holding&sort=deadline');
    expect(holding.map((d) => d.id)).toContain(held.id);
    expect(holding.every((d) => d.status === 'holding' && d.holdDeadline !== null)).toBe(true);
    const deadlines = holding.map((d) => Date.parse(d.holdDeadline!));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(holding.find((d) => d.id === held.id)).toMatchObject({
      version: held.version,
      holdDeadline: new Date(held.deadlines.hold!).toISOString(),
    });

    // Release-due first, then the holds by deadline, then the rest (test/api/inbox-urgency.api.test.ts has the detail).
    const byDeadline = await list('sort=deadline');
    const lastDue = byDeadline.map((d) => d.status).lastIndexOf('release-due');
    const firstHeld = byDeadline.findIndex((d) => d.status === 'holding');
    expect(firstHeld).toBeGreaterThan(lastDue);
    const heldUntil = byDeadline.filter((d) => d.status === 'holding').map((d) => Date.parse(d.holdDeadline!));
    expect(heldUntil).toEqual([...heldUntil].sort((a, b) => a - b));
    const afterHolds = byDeadline.slice(firstHeld + heldUntil.length);
    expect(afterHolds.every((d) => d.holdDeadline === null && d.status !== 'release-due')).toBe(true);

    const forms = await list('form=I-247N');
    expect(forms.map((d) => d.id)).toContain(pendingN);
    expect(forms.every((d) => d.form === 'I-247N')).toBe(true);

    const facility = await list(`facility=${HARRIS_FACILITY}`);
    expect(facility.map((d) => d.id)).toContain(pendingN);
    expect(facility.map((d) => d.id)).not.toContain(held.id);

    const monday = await list('from=2026-11-30&to=2026-11-30');
    expect(monday.map((d) => d.id)).toEqual(expect.arrayContaining([held.id, pendingN]));
    expect(monday.map((d) => d.id)).not.toContain(sunday);
    expect((await list('to=2026-11-29')).map((d) => d.id)).toContain(sunday);

    for (const query of ['state=escaped', 'sort=name', 'from=2026-11-31', 'facility=x']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/detainers?${query}`,
        headers: as('harrisOfficer'),
      });
      expect(res.statusCode, query).toBe(400);
    }
    const backwards = await t.app.inject({
      method: 'GET',
      url: '/api/v1/detainers?from=2026-11-30&to=2026-11-29',
      headers: as('harrisOfficer'),
    });
    expect(backwards.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'to' } });
  });

  it('keeps exactly one of 200 concurrent commands on one detainer, and the audit chain intact', async () => {
    const id = await receive('harrisOfficer');
    const known = await recorded('harrisOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: { proofOfLawfulStatus: false },
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        record('harrisOfficer', id, { type: 'federal-notified', expectedVersion: known.version }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    for (const answer of answers.filter((a) => a.statusCode === 409)) {
      expect(answer.json().error.code).toBe('DETAINER.VERSION_CONFLICT');
    }
    const after = await view('harrisOfficer', id);
    expect(after.version).toBe(known.version + 1);
    expect(after.events.filter((e) => e.type === 'federal-notified')).toHaveLength(1);
    const audit = await verifyAudit(t.services.audit);
    expect(audit.ok, JSON.stringify(audit.chains.filter((c) => !c.ok))).toBe(true);
  });

  it('documents the lifecycle routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/v1/detainers/{id}/events',
      '/api/v1/detainers/{id}/notices/{noticeId}',
      '/api/v1/alarms',
      '/api/v1/detainers/import',
    ]) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    const body = doc.paths['/api/v1/detainers/{id}/events'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('decision-overridden');
  });

  describe('alarms, as time passes', () => {
    // A second app on the same database, with its own clock, so moving time here moves nothing else.
    const later = controlledClock('2026-11-30T16:05:00Z');
    let alarmsApp: TestApp;
    beforeAll(async () => {
      alarmsApp = await buildTestApp(database(), { clock: later });
    });
    const alarms = async () => {
      const res = await alarmsApp.app.inject({ method: 'GET', url: '/api/v1/alarms', headers: as('harrisOfficer') });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().alarms as Array<{
        kind: string;
        severity: string;
        detainerId: string;
        at: string | null;
        message: string;
      }>;
    };

    it('lists a hold ending within 2 hours, then the hold past its deadline, most urgent first', async () => {
      const held = await heldInHarris();
      const deadline = Date.parse(held.deadlines.hold!);
      later.set(new Date(deadline - 3 * HOUR).toISOString());
      expect((await alarms()).filter((a) => a.detainerId === held.id && a.kind.startsWith('hold'))).toEqual([]);

      later.set(new Date(deadline - 90 * 60_000).toISOString());
      const soon = await alarms();
      expect(soon).toContainEqual({
        kind: 'hold-ending-soon',
        severity: 'warning',
        detainerId: held.id,
        at: held.deadlines.hold,
        message: expect.any(String),
        // An alarm about the hold has no duty and no blocked decision to name.
        duty: null,
        blocked: null,
      });

      later.set(new Date(deadline + 60_000).toISOString());
      const past = await alarms();
      expect(past).toContainEqual(
        expect.objectContaining({ kind: 'hold-past-deadline', severity: 'critical', detainerId: held.id }),
      );
      const severities = past.map((a) => a.severity);
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'critical' ? -1 : 1)));
      expect(JSON.stringify(past)).not.toMatch(/Test Person Zeta|A123456789/);

      const res = await alarmsApp.app.inject({
        method: 'GET',
        url: `/api/v1/detainers/${held.id}`,
        headers: as('harrisOfficer'),
      });
      expect(res.json().status).toBe('release-due');
    });

    it('Alameda County CA: while the record is missing, the TRUTH Act copy and intent is owed on receipt, alarmed once overdue, and unchanged when the facts arrive', async () => {
      interface DutyView {
        id: string;
        status: string;
        due: string | null;
        rule: string | null;
        citations: Array<{ title: string; href: string }>;
        waitingFor: string[];
      }
      type Shown = Omit<View, 'duties'> & {
        duties: DutyView[];
        deadlines: View['deadlines'] & { duties: Array<{ id: string; due: string }> };
      };
      const show = async (id: string): Promise<Shown> => {
        const res = await alarmsApp.app.inject({
          method: 'GET',
          url: `/api/v1/detainers/${id}`,
          headers: as('alamedaOfficer'),
        });
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as Shown;
      };
      const alamedaAlarms = async () => {
        const res = await alarmsApp.app.inject({ method: 'GET', url: '/api/v1/alarms', headers: as('alamedaOfficer') });
        expect(res.statusCode, res.body).toBe(200);
        return res.json().alarms as Array<{ kind: string; detainerId: string; at: string | null }>;
      };
      // Received at 07:00 in Oakland; the desk's clocks read 08:05 there.
      later.set('2026-11-30T16:05:00Z');
      const id = await receive('alamedaOfficer', {
        issuedAt: '2026-11-30T06:30:00-08:00',
        receivedAt: '2026-11-30T07:00:00-08:00',
      });
      const blocked = await show(id);
      expect(blocked.decision?.error).toMatchObject({ kind: 'MissingFact' });
      const copy = blocked.duties.find((d) => d.id === 'ca-truth-copy-and-intent');
      expect(copy).toMatchObject({ status: 'open', rule: 'ca-gov-7283.1-b', waitingFor: [] });
      expect(Date.parse(copy!.due!)).toBe(Date.parse('2026-11-30T07:00:00-08:00'));
      expect(copy!.citations.map((c) => c.title)).toContain('Cal. Gov. Code 7283.1(b)');
      expect(blocked.deadlines.duties).toEqual([{ id: 'ca-truth-copy-and-intent', due: copy!.due, status: 'open' }]);
      // Whether ICE is told of the release (and so the person too) waits for the criminal record.
      expect(blocked.duties.find((d) => d.id === 'ca-truth-release-notice')).toMatchObject({
        status: 'waiting',
        due: null,
        rule: 'ca-gov-7283.1-b',
        waitingFor: expect.arrayContaining(['subject.convictions']),
      });
      const notYet = await record('alamedaOfficer', id, {
        type: 'notice-served',
        expectedVersion: blocked.version,
        notice: 'release-notification',
        language: 'en',
        dutyId: 'ca-truth-release-notice',
      });
      expect(notYet.statusCode, notYet.body).toBe(400);
      expect(notYet.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'dutyId' } });
      expect((await alamedaAlarms()).filter((a) => a.detainerId === id).map((a) => a.kind)).toEqual([
        'decision-blocked',
      ]);
      // The inbox row counts the duty owed (not the waiting one), with its due time.
      const inbox = await alarmsApp.app.inject({
        method: 'GET',
        url: '/api/v1/detainers?limit=200',
        headers: as('alamedaOfficer'),
      });
      const row = (inbox.json().items as Array<{ id: string; openDuties: unknown }>).find((item) => item.id === id);
      expect(row?.openDuties).toEqual({ count: 1, nextDue: new Date(copy!.due!).toISOString() });

      // Two hours after receipt the copy is overdue: an alarm, though the law has not decided yet.
      later.set('2026-11-30T17:01:00Z');
      expect(await alamedaAlarms()).toContainEqual(
        expect.objectContaining({ kind: 'duty-overdue', detainerId: id, at: copy!.due }),
      );
      expect((await show(id)).duties.find((d) => d.id === copy!.id)?.status).toBe('overdue');

      // The facts arrive: the decision appears, the copy duty is the same, the release notice is not owed.
      await recorded('alamedaOfficer', id, {
        type: 'facts-updated',
        expectedVersion: blocked.version,
        facts: { convictions: [], pendingCharges: [], registrant: false, federalFelonyWarrant: false },
      });
      const decided = await show(id);
      expect(decided.decision?.error).toBeNull();
      expect(decided.decision?.actions.notify).toMatchObject({ modality: 'forbidden', decision: 'decline' });
      expect(decided.duties).toEqual([{ ...copy!, status: 'overdue' }]);
      expect(await alamedaAlarms()).toContainEqual(
        expect.objectContaining({ kind: 'duty-overdue', detainerId: id, at: copy!.due }),
      );
    });

    it('shows another agency none of them, and answers 401 without a credential', async () => {
      const res = await alarmsApp.app.inject({ method: 'GET', url: '/api/v1/alarms', headers: as('alamedaOfficer') });
      const harrisIds = new Set((await alarms()).map((a) => a.detainerId));
      expect(res.json().alarms.some((a: { detainerId: string }) => harrisIds.has(a.detainerId))).toBe(false);
      expect((await alarmsApp.app.inject({ method: 'GET', url: '/api/v1/alarms' })).statusCode).toBe(401);
    });
  });
});

it('documents exactly the commands the core accepts: the OpenAPI body schema agrees with the parser', () => {
  const validate = (body: unknown) => validateInput(DetainerEventBody, body).ok;
  for (const body of EXAMPLE_COMMANDS) {
    expect(parseDetainerCommand(body).ok, JSON.stringify(body)).toBe(true);
    expect(validate(body), JSON.stringify(body)).toBe(true);
  }
  for (const body of [
    { type: 'released', expectedVersion: 3, reason: 'x' },
    { type: 'escaped', expectedVersion: 3 },
    { type: 'facts-updated', expectedVersion: 3, facts: {} },
    { type: 'release-eligible', expectedVersion: 3, reason: 'bond-posted' },
  ]) {
    expect(parseDetainerCommand(body).ok, JSON.stringify(body)).toBe(false);
    expect(validate(body), JSON.stringify(body)).toBe(false);
  }
});
