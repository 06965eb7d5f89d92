import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../src/core/shared/ports.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * notice-served offers, and accepts, only the notices the detainer's law calls for (a notice that
 * discharges a duty of the decision in force): the Texas notice in Texas, the TRUTH Act's in
 * California, none while the only notice duty waits for a missing fact.
 */
const clock: Clock = { now: () => new Date('2026-11-30T16:05:00Z') };

interface Offer {
  type: string;
  notices?: string[];
}

describeEachEngine('the notices a detainer’s law calls for, over HTTP', ({ database }) => {
  let t: TestApp;
  let harris: string;
  let alameda: string;
  let cook: string;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
    harris = await tokenFor(t.services, DEMO.harris('records-officer'));
    alameda = await tokenFor(t.services, DEMO.alameda('records-officer'));
    cook = await tokenFor(t.services, 'records-officer@cook.demo.example');
  });

  const receive = async (token: string, offset: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(token),
      payload: newDetainerBody({
        issuedAt: `2026-11-30T05:30:00${offset}`,
        receivedAt: `2026-11-30T06:00:00${offset}`,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = await t.app.inject({
      method: 'GET',
      url: `/api/v1/detainers/${res.json().id}`,
      headers: bearer(token),
    });
    return view.json<{ id: string; version: number; commands: Offer[] }>();
  };
  const record = (token: string, id: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/detainers/${id}/events`, headers: bearer(token), payload });
  const serve = (token: string, id: string, expectedVersion: number, notice: string, language = 'en') =>
    record(token, id, { type: 'notice-served', expectedVersion, notice, language });
  const noticeOffer = (commands: Offer[]) => commands.find((c) => c.type === 'notice-served');

  it('Texas: none while the notice duty waits for a fact; then only the Texas notice, another kind refused at its field', async () => {
    const created = await receive(harris, '-06:00');
    expect(noticeOffer(created.commands)).toBeUndefined();
    const early = await serve(harris, created.id, created.version, 'tx-held-on-detainer', 'en');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('calls for no notice');

    const decided = await record(harris, created.id, {
      type: 'facts-updated',
      expectedVersion: created.version,
      facts: { proofOfLawfulStatus: false },
    });
    const view = decided.json<{ version: number; commands: Offer[] }>();
    expect(noticeOffer(view.commands)?.notices).toEqual(['tx-held-on-detainer']);
    const wrong = await serve(harris, created.id, view.version, 'ca-truth-copy-and-intent', 'es');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field: 'notice' } });
    const right = await serve(harris, created.id, view.version, 'tx-held-on-detainer', 'es');
    expect(right.statusCode, right.body).toBe(201);
  });

  it('California: the TRUTH Act copy and intent, never the Texas notice', async () => {
    const created = await receive(alameda, '-08:00');
    expect(noticeOffer(created.commands)?.notices).toEqual(['ca-truth-copy-and-intent']);
    const wrong = await serve(alameda, created.id, created.version, 'tx-held-on-detainer', 'en');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toMatchObject({ field: 'notice' });
  });

  it("Illinois: the Way Forward Act's record for the annual report, declared on its duty, with no personal identifier", async () => {
    const created = await receive(cook, '-06:00');
    const offer = noticeOffer(created.commands) as Offer & {
      duties?: Array<{ dutyId: string; notice: string; languages: string[] }>;
    };
    expect(offer?.notices).toEqual(['il-annual-report-record']);
    expect(offer?.duties).toContainEqual(
      expect.objectContaining({
        dutyId: 'il-5ilcs805-25-annual-report',
        notice: 'il-annual-report-record',
        languages: ['en', 'es'],
      }),
    );
    const served = await record(cook, created.id, {
      type: 'notice-served',
      expectedVersion: created.version,
      notice: 'il-annual-report-record',
      language: 'en',
      dutyId: 'il-5ilcs805-25-annual-report',
    });
    expect(served.statusCode, served.body).toBe(201);
    const notice = served.json<{ notices: Array<{ kind: string; previewUrl: string }> }>().notices[0]!;
    expect(notice.kind).toBe('il-annual-report-record');
    const preview = await t.app.inject({ method: 'GET', url: notice.previewUrl, headers: bearer(cook) });
    expect(preview.statusCode, preview.body).toBe(200);
    const text = preview.json<{ text: string }>().text;
    expect(text).toContain('5 ILCS 805/25');
    expect(text).toContain('Date the detainer or warrant was received');
    // The person (newDetainerBody's "Test Person Zeta", booking BK-…) is not in the report.
    expect(text).not.toContain('Test Person Zeta');
    expect(text).not.toMatch(/BK-/);
  });
});
