import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../src/core/shared/ports.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * Custody facts known at intake (POST /detainers `facts`): recorded as a facts-updated event by the
 * officer, and read by the first decision, so a Texas request whose proof of lawful status is
 * known is decided at once.
 */
const clock: Clock = { now: () => new Date('2026-11-30T16:05:00Z') };

describeEachEngine('facts given at intake, over HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
    officer = await tokenFor(t.services, DEMO.harris('records-officer'));
  });

  const post = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/detainers', headers: bearer(officer), payload });
  const view = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${id}`, headers: bearer(officer) })).json();
  const texas = { issuedAt: '2026-11-30T07:30:00-06:00', receivedAt: '2026-11-30T08:00:00-06:00' };

  it('a Texas request with proof of lawful status known is decided at intake', async () => {
    const created = await post(newDetainerBody({ ...texas, facts: { proofOfLawfulStatus: false } }));
    expect(created.statusCode, created.body).toBe(201);
    const json = await view(created.json().id);
    expect(json.events.map((e: { type: string }) => e.type)).toEqual(['received', 'facts-updated', 'evaluated']);
    expect(json.events[1].payload.facts).toMatchObject({ proofOfLawfulStatus: false });
    expect(json.decision.error).toBeNull();
    expect(json.decision.actions.hold.modality).toBe('required');
  });

  it('without it the law waits for the fact, as before', async () => {
    const json = await view((await post(newDetainerBody(texas))).json().id);
    expect(json.decision.error.fact).toBe('subject.proofOfLawfulStatus');
  });

  it('refuses a bad fact naming its field', async () => {
    const res = await post(newDetainerBody({ ...texas, facts: { proofOfLawfulStatus: 'maybe' } }));
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details;
    expect((details.problems ?? [details]).map((p: { field: string }) => p.field)).toContain(
      'facts.proofOfLawfulStatus',
    );
  });
});
