import { beforeAll, expect, it } from 'vitest';
import type { Clock } from '../../src/core/shared/ports.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * The hold deadline names the days its business-day clock skips (8 CFR 287.7(d)): an I-247D of
 * November 2016 in Harris County, the person eligible for release on the Wednesday before
 * Thanksgiving; the clock skips Thanksgiving (named) and the weekend.
 */
const SEEDED = new Date('2026-12-01T17:00:00Z'); // the demo data is seeded as of today
let now = SEEDED;
const clock: Clock = { now: () => now };

describeEachEngine('the days a hold deadline skips, over HTTP', ({ database }) => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    now = SEEDED;
    t = await buildTestApp(database(), { clock });
    officer = await tokenFor(t.services, DEMO.harris('records-officer'));
    now = new Date('2016-11-23T17:00:00Z'); // Wednesday 23 Nov 2016, 11:00 in Houston
  });

  const send = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: bearer(officer), ...(payload ? { payload } : {}) });

  it('lists Thanksgiving by name and the weekend days, in the agency zone', async () => {
    const created = await send(
      'POST',
      '/api/v1/detainers',
      newDetainerBody({
        form: 'I-247D',
        formEdition: '2015',
        issuedAt: '2016-11-21T09:00:00-06:00',
        receivedAt: '2016-11-21T09:30:00-06:00',
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const pending = (await send('GET', `/api/v1/detainers/${id}`)).json();
    // No hold yet: nothing to skip.
    expect(pending.deadlines.excludedDays).toEqual([]);
    let version = pending.version as number;
    if (pending.decision?.error?.fact) {
      const facts = await send('POST', `/api/v1/detainers/${id}/events`, {
        type: 'facts-updated',
        expectedVersion: version,
        facts: { proofOfLawfulStatus: false },
      });
      expect(facts.statusCode, facts.body).toBe(201);
      version = facts.json().version;
    }
    const eligible = await send('POST', `/api/v1/detainers/${id}/events`, {
      type: 'release-eligible',
      expectedVersion: version,
      at: '2016-11-23T10:00:00-06:00',
      reason: 'bond-posted',
    });
    expect(eligible.statusCode, eligible.body).toBe(201);
    const view = eligible.json();
    expect(view.decision.trace.hold.window).toBe('business-48h');
    expect(view.deadlines.hold).toBe('2016-11-28T10:00:00-06:00');
    expect(view.deadlines.excludedDays).toEqual([
      { date: '2016-11-24', reason: 'holiday', name: 'Thanksgiving Day' },
      { date: '2016-11-26', reason: 'weekend' },
      { date: '2016-11-27', reason: 'weekend' },
    ]);
  });
});
