import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDeadlineSweeper } from '../../src/composition/deadline-sweeper.js';
import { SingleProcessLeadership } from '../../src/db/sweep-leadership.js';
import { sweepHolds } from '../../src/core/lifecycle/lifecycle.use-cases.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { createTestDatabase, describeEachEngine } from '../support/engines.js';
import { parsePrometheusText, sampleValue, type PrometheusSample } from '../support/prometheus-text.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/** A clock the test moves by hand. */
function controlledClock(iso: string): Clock & { set(iso: string): void } {
  let now = Date.parse(iso);
  return { now: () => new Date(now), set: (to: string) => void (now = Date.parse(to)) };
}

const ALARM_KINDS = ['hold-past-deadline', 'release-due', 'hold-ending-soon', 'duty-overdue', 'decision-blocked'];

describeEachEngine('GET /metrics', ({ database }) => {
  // Monday 30 November 2026, 10:05 in Houston.
  const clock = controlledClock('2026-11-30T16:05:00Z');
  let t: TestApp;
  let officer: string;
  let sweeper: ReturnType<typeof startDeadlineSweeper> | undefined;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock, metrics: { sweeper: () => sweeper?.status() } });
    officer = await tokenFor(t.services, DEMO.harris('records-officer'));
  });
  afterAll(async () => {
    await sweeper?.stop();
    await t.app.close();
  });

  const scrape = async (): Promise<{ text: string; samples: PrometheusSample[] }> => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return { text: res.body, samples: parsePrometheusText(res.body) };
  };

  /** A Harris request whose person is held from bond at 10:00 Houston time; its hold deadline. */
  const heldInHarris = async (): Promise<{ id: string; deadline: string }> => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(officer),
      payload: newDetainerBody({ issuedAt: '2026-11-30T07:30:00-06:00', receivedAt: '2026-11-30T08:00:00-06:00' }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const event = (body: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/v1/detainers/${id}/events`, headers: bearer(officer), payload: body });
    expect(
      (await event({ type: 'facts-updated', expectedVersion: 2, facts: { proofOfLawfulStatus: false } })).statusCode,
    ).toBe(201);
    const held = await event({
      type: 'release-eligible',
      expectedVersion: 4,
      at: '2026-11-30T10:00:00-06:00',
      reason: 'bond-posted',
    });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json().status).toBe('holding');
    return { id, deadline: held.json().deadlines.hold as string };
  };

  it('parses as Prometheus text, with the process metrics, and counts a request by its route pattern', async () => {
    const { id } = await heldInHarris();
    const before = sampleValue((await scrape()).samples, 'detainer_desk_http_requests_total', {
      route: '/api/v1/detainers/:id',
      method: 'GET',
      status_class: '2xx',
    });
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${id}`, headers: bearer(officer) });
    expect(read.statusCode).toBe(200);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/people/Marisol-Quetzal' });
    expect(missing.statusCode).toBe(404);

    const { text, samples } = await scrape();
    const labels = { route: '/api/v1/detainers/:id', method: 'GET', status_class: '2xx' };
    expect(sampleValue(samples, 'detainer_desk_http_requests_total', labels)).toBe((before ?? 0) + 1);
    expect(sampleValue(samples, 'detainer_desk_http_request_duration_seconds_count', labels)).toBe((before ?? 0) + 1);
    expect(sampleValue(samples, 'detainer_desk_http_request_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(
      (before ?? 0) + 1,
    );
    expect(
      sampleValue(samples, 'detainer_desk_http_requests_total', {
        route: '(unmatched)',
        method: 'GET',
        status_class: '4xx',
      }),
    ).toBeGreaterThanOrEqual(1);
    // Route patterns only: no id, no path asked, ever becomes a label value.
    expect(text).not.toContain(id);
    expect(text).not.toContain('Marisol');
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sampleValue(samples, 'detainer_desk_database_up')).toBe(1);
    expect(sampleValue(samples, 'detainer_desk_work_pending')).toBe(0);
    for (const kind of ALARM_KINDS)
      expect(sampleValue(samples, 'detainer_desk_open_alarms', { kind }), kind).toBeGreaterThanOrEqual(0);
  });

  it('reads 0 holds past deadline normally, 1 with an expired unswept hold, 0 again once swept', async () => {
    // Every hold so far (the demo's, the test's above) ended and swept a year on, then back to today.
    clock.set('2027-12-01T00:00:00Z');
    await sweepHolds(t.services.lifecycle);
    clock.set('2026-11-30T16:05:00Z');
    const { deadline } = await heldInHarris();
    const now = await scrape();
    expect(sampleValue(now.samples, 'detainer_desk_holds_past_deadline')).toBe(0);
    expect(sampleValue(now.samples, 'detainer_desk_open_alarms', { kind: 'hold-past-deadline' })).toBe(0);
    // No sweeper has started: not the leader, never run.
    expect(sampleValue(now.samples, 'detainer_desk_sweeper_leader')).toBe(0);
    expect(sampleValue(now.samples, 'detainer_desk_sweeper_runs_total')).toBe(0);
    expect(sampleValue(now.samples, 'detainer_desk_sweeper_last_run_timestamp_seconds')).toBe(0);

    // A minute past the deadline, nothing has swept yet: the hold is past its lawful end.
    clock.set(new Date(Date.parse(deadline) + 60_000).toISOString());
    const late = await scrape();
    const releaseDue = sampleValue(late.samples, 'detainer_desk_open_alarms', { kind: 'release-due' })!;
    expect(sampleValue(late.samples, 'detainer_desk_holds_past_deadline')).toBe(1);
    expect(sampleValue(late.samples, 'detainer_desk_open_alarms', { kind: 'hold-past-deadline' })).toBe(1);

    // The sweeper marks it expired: no hold is past its deadline, the alarm is now release-due.
    // One process in this test: it leads whatever the engine (the election is tested in sweep-leadership.test.ts).
    const running = startDeadlineSweeper(t.services.lifecycle, new SingleProcessLeadership(), t.app.log, 3600);
    sweeper = running;
    await vi.waitFor(() => expect(running.status().runs).toBe(1));
    const swept = await scrape();
    await running.stop();
    expect(sampleValue(swept.samples, 'detainer_desk_holds_past_deadline')).toBe(0);
    expect(sampleValue(swept.samples, 'detainer_desk_open_alarms', { kind: 'hold-past-deadline' })).toBe(0);
    expect(sampleValue(swept.samples, 'detainer_desk_open_alarms', { kind: 'release-due' })).toBe(releaseDue + 1);
    expect(sampleValue(swept.samples, 'detainer_desk_sweeper_runs_total')).toBe(1);
    expect(sampleValue(swept.samples, 'detainer_desk_sweeper_leader')).toBe(1);
    expect(sampleValue(swept.samples, 'detainer_desk_sweeper_last_run_timestamp_seconds')).toBe(
      clock.now().getTime() / 1000,
    );
    expect(sampleValue(swept.samples, 'detainer_desk_sweeper_last_lag_seconds')).toBe(60);
  });
});

describe('GET /metrics with METRICS_TOKEN, and never rate limited', () => {
  const token = 'metrics-token-for-the-test-0123456789';
  let t: TestApp;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    t = await buildTestApp(db, { demo: false, metrics: { token }, rateLimit: { anonymous: 2, user: 2 } });
  });
  afterAll(async () => {
    await t.app.close();
    await db.dispose();
  });

  it('answers only the bearer of the token, 401 in the error envelope otherwise', async () => {
    for (const headers of [{}, bearer('not-the-metrics-token-000000000'), { authorization: token }]) {
      const res = await t.app.inject({ method: 'GET', url: '/metrics', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.json().error).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', requestId: res.headers['x-request-id'] });
      expect(res.body).not.toContain(token);
    }
    const ok = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(token) });
    expect(ok.statusCode).toBe(200);
    expect(parsePrometheusText(ok.body).length).toBeGreaterThan(10);
  });

  it('is not rate limited, nor are liveness and readiness, where the API is', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(token) })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health/live' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' })).statusCode).toBe(200);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/v1/places/states' })).statusCode);
    expect(statuses).toContain(429);
  });

  it('reads database_up 0 and gives no holds figure (rather than 0) when the database fails at a scrape', async () => {
    if (db.native.engine !== 'sqlite') throw new Error('the test closes a SQLite connection');
    db.native.sqlite.close();
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(token) });
    expect(res.statusCode).toBe(200);
    const samples = parsePrometheusText(res.body);
    expect(sampleValue(samples, 'detainer_desk_database_up')).toBe(0);
    expect(sampleValue(samples, 'detainer_desk_holds_past_deadline')).toBeUndefined();
    expect(samples.filter((s) => s.name === 'detainer_desk_open_alarms')).toEqual([]);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
