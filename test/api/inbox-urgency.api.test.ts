import { beforeAll, describe, expect, it } from 'vitest';
import { alarmsOf, byUrgency } from '../../src/core/lifecycle/alarms.js';
import type { DecisionSummary, DetainerEvent, DetainerEventPayload } from '../../src/core/lifecycle/detainer-event.js';
import { foldDetainer } from '../../src/core/lifecycle/detainer-state.js';
import { projectionOf } from '../../src/core/lifecycle/projection.js';
import type { Clock } from '../../src/core/shared/ports.js';
import type { AgencyId, DetainerId } from '../../src/core/shared/ids.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * Issue 11: the inbox by deadline puts the most urgent first as of now (release-due and holds past
 * their deadline, then running holds by deadline, then the soonest duty, none last) with paging
 * done by the database; the alarms come from the projection in one query and say what folding
 * every open detainer's events says. The fixture's states are written through the event store
 * with the projection the core computes, so each state is exactly the one wanted.
 */

const HOUR = 3_600_000;
/** The instant the inbox and the alarms are read at. */
const Q = Date.parse('2026-10-20T17:00:00Z');
/** As the desk writes instants in events: with the agency's offset (Houston, CDT). */
const local = (ms: number) => new Date(ms - 5 * HOUR).toISOString().replace('.000Z', '-05:00');

function controlledClock(at: number): Clock & { set(ms: number): void } {
  let now = at;
  return { now: () => new Date(now), set: (to: number) => void (now = to) };
}

function decision(duties: DecisionSummary['duties'], error: { message: string } | null = null): DecisionSummary {
  const action = { requested: true, modality: 'required' as const, decision: 'comply' as const };
  return {
    decisionId: '00000000-0000-4000-8000-00000000d001',
    decisionSha256: '0'.repeat(64),
    asOf: local(Q - 60 * HOUR),
    actions: { hold: action, notify: action, transfer: action },
    holdUntil: null,
    duties,
    applied: [],
    error: error && { kind: 'MissingFact', message: error.message },
  };
}
const duty = (id: string, due: number | null) => ({
  id,
  text: `Fixture duty ${id}`,
  due: due === null ? null : local(due),
  dueWhen: 'at-release-eligibility',
});

describeEachEngine('the inbox by urgency and the alarms from the projection', ({ database }) => {
  const clock = controlledClock(Q - 70 * HOUR);
  let t: TestApp;
  let token: string;
  let agencyId: AgencyId;

  beforeAll(async () => {
    t = await buildTestApp(database(), { clock });
    token = await tokenFor(t.services, DEMO.harris('records-officer'));
    agencyId = (await t.services.auth.users.findByEmail(DEMO.harris('records-officer')))!.agencyId;
  });

  /** A Harris request received at `receivedAt` (local, Wednesday 14 October 2026 unless given): its id. */
  const receive = async (receivedAt = '2026-10-14T08:00:00-05:00'): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: bearer(token),
      payload: newDetainerBody({ issuedAt: '2026-10-14T07:00:00-05:00', receivedAt }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  /** A Harris request received on Wednesday 14 October 2026 (local), with the events given, recorded at `at`. */
  const fixture = async (steps: Array<{ at: number; events: DetainerEventPayload[] }>): Promise<string> => {
    clock.set(Q - 70 * HOUR);
    const id = await receive();
    for (const step of steps) {
      clock.set(step.at);
      const history = await t.services.lifecycle.events.load(agencyId, id as DetainerId);
      const now = new Date(step.at);
      const all: DetainerEvent[] = [
        ...history,
        ...step.events.map((payload, i) => ({
          detainerId: id,
          agencyId,
          version: history.length + i + 1,
          payload,
          recordedAt: now.toISOString(),
          actor: 'system',
        })),
      ];
      const outcome = await t.services.lifecycle.events.append({
        agencyId,
        detainerId: id as DetainerId,
        expectedVersion: history.length,
        events: step.events.map((payload) => ({ payload, actor: 'system' })),
        recordedAt: now,
        decisions: [],
        notices: [],
        projection: projectionOf(foldDetainer(all), now),
      });
      expect(outcome).toBe('appended');
    }
    return id;
  };
  const decided = (duties: DecisionSummary['duties'] = []): DetainerEventPayload => ({
    type: 'evaluated',
    decision: decision(duties),
  });
  const hold = (deadline: number): DetainerEventPayload => ({
    type: 'hold-started',
    at: local(Q - 45 * HOUR),
    deadline: local(deadline),
  });

  const ids: Record<string, string> = {};
  beforeAll(async () => {
    // Made in an order unlike the expected one, so neither receipt nor id order can pass the test.
    ids.noDeadline = await fixture([{ at: Q - 60 * HOUR, events: [decided()] }]);
    ids.holding10h = await fixture([{ at: Q - 45 * HOUR, events: [decided(), hold(Q + 10 * HOUR)] }]);
    ids.pendingWithDuty = await fixture([{ at: Q - 60 * HOUR, events: [decided([duty('a', Q + 3 * HOUR)])] }]);
    ids.holding1h = await fixture([{ at: Q - 45 * HOUR, events: [decided(), hold(Q + HOUR)] }]);
    ids.pastDeadline = await fixture([{ at: Q - 45 * HOUR, events: [decided(), hold(Q - 2 * HOUR)] }]);
    ids.releaseDue = await fixture([
      {
        at: Q - 30 * HOUR,
        events: [decided(), { type: 'release-eligible', at: local(Q - 30 * HOUR), reason: 'charges-dismissed' }],
      },
    ]);
  });

  const inboxPage = async (offset: number) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/detainers?sort=deadline&from=2026-10-14&to=2026-10-14&limit=2&offset=${offset}`,
      headers: bearer(token),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Array<{ id: string; status: string }>; total: number };
    return body;
  };
  const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

  it('puts release-due and past deadlines first, then holds by deadline, then duties, none last, across pages', async () => {
    clock.set(Q);
    const pages = [await inboxPage(0), await inboxPage(2), await inboxPage(4)];
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(pages.map((p) => p.items.map((d) => name(d.id)))).toEqual([
      ['releaseDue', 'pastDeadline'],
      ['holding1h', 'holding10h'],
      ['pendingWithDuty', 'noDeadline'],
    ]);
    expect(pages.flatMap((p) => p.items.map((d) => d.status))).toEqual([
      'release-due',
      'release-due',
      'holding',
      'holding',
      'pending',
      'pending',
    ]);
    expect((await inboxPage(6)).items).toEqual([]);
  });

  it('orders by the time of reading, not by the status last stored: a hold that ends moves among the releases', async () => {
    // Five hours later the 1-hour hold has ended; nothing was recorded (no sweeper ran).
    clock.set(Q + 5 * HOUR);
    const first = [...(await inboxPage(0)).items, ...(await inboxPage(2)).items];
    expect(first.map((d) => [name(d.id), d.status])).toEqual([
      ['releaseDue', 'release-due'],
      ['pastDeadline', 'release-due'],
      ['holding1h', 'release-due'],
      ['holding10h', 'holding'],
    ]);
    // A release-due item never sits below a holding one, whatever the hour.
    for (const hour of [-40, -3, 0, 2, 9, 11, 30]) {
      clock.set(Q + hour * HOUR);
      const all = [...(await inboxPage(0)).items, ...(await inboxPage(2)).items, ...(await inboxPage(4)).items];
      const statuses = all.map((d) => d.status);
      expect(statuses.lastIndexOf('release-due'), `at Q${hour}h`).toBeLessThan(
        statuses.includes('holding') ? statuses.indexOf('holding') : Infinity,
      );
    }
  });

  it('sorts the same way from the command line', async () => {
    clock.set(Q);
    // The CLI calls the same use case (listInbox) with its options as text.
    const { listInbox } = await import('../../src/core/request/inbox.use-cases.js');
    const user = (await t.services.auth.users.findByEmail(DEMO.harris('records-officer')))!;
    const { principalOf } = await import('../../src/core/auth/auth.use-cases.js');
    const page = await listInbox(t.services.detainers, principalOf(user, 'cli'), {
      sort: 'deadline',
      from: '2026-10-14',
      to: '2026-10-14',
      limit: '2',
      offset: '2',
    });
    expect(page.ok && page.value.items.map((d) => name(d.id))).toEqual(['holding1h', 'holding10h']);
  });

  it('puts closed requests after every open one, even one received later', async () => {
    clock.set(Q - 20 * HOUR);
    // Received an hour after every other fixture: newest first would put it before noDeadline.
    const id = await receive('2026-10-14T09:00:00-05:00');
    const lifted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/detainers/${id}/events`,
      headers: bearer(token),
      payload: { type: 'lifted', at: local(Q - 20 * HOUR), reason: 'ICE lifted the detainer', expectedVersion: 2 },
    });
    expect(lifted.statusCode, lifted.body).toBe(201);
    ids.lifted = id;
    clock.set(Q);
    const last = await inboxPage(6);
    expect(last.total).toBe(7);
    expect(last.items.map((d) => [name(d.id), d.status])).toEqual([['lifted', 'lifted']]);
    expect((await inboxPage(4)).items.map((d) => name(d.id))).toEqual(['pendingWithDuty', 'noDeadline']);
  });

  describe('alarms', () => {
    beforeAll(async () => {
      // More shapes for the alarms: overdue duties (one served, two on one detainer due at once), a
      // blocked decision, a closed detainer with an overdue duty, a hold lifted before any release
      // eligibility (release-due at its deadline, which is still ahead), a release by override.
      ids.twoDuties = await fixture([
        { at: Q - 50 * HOUR, events: [decided([duty('b', Q - 20 * HOUR), duty('c', Q - 20 * HOUR), duty('d', null)])] },
      ]);
      ids.servedOne = await fixture([
        { at: Q - 50 * HOUR, events: [decided([duty('e', Q - 30 * HOUR), duty('f', Q - 4 * HOUR)])] },
        {
          at: Q - 29 * HOUR,
          events: [
            {
              type: 'notice-served',
              noticeId: '00000000-0000-4000-8000-00000000e001',
              notice: 'tx-held-on-detainer',
              language: 'en',
              dutyId: 'e',
              servedAt: local(Q - 29 * HOUR),
            },
          ],
        },
      ]);
      ids.blocked = await fixture([
        { at: Q - 50 * HOUR, events: [{ type: 'evaluated', decision: decision([], { message: 'fixture fact' }) }] },
      ]);
      ids.closedWithDuty = await fixture([
        {
          at: Q - 50 * HOUR,
          events: [decided([duty('g', Q - 40 * HOUR)]), { type: 'released', at: local(Q - 50 * HOUR) }],
        },
      ]);
      ids.liftedHold = await fixture([
        {
          at: Q - 45 * HOUR,
          events: [decided(), hold(Q + 20 * HOUR), { type: 'lifted', at: local(Q - 45 * HOUR), reason: 'fixture' }],
        },
      ]);
      ids.heldWithDuty = await fixture([
        { at: Q - 45 * HOUR, events: [decided([duty('h', Q - 10 * HOUR)]), hold(Q + 90 * 60_000)] },
      ]);
    });

    /** Today's answer before issue 11: fold every open detainer's events, in id order, and sort by urgency. */
    const folded = async () => {
      const now = clock.now();
      const alarms = [];
      for (const id of await t.services.detainers.detainers.openIds(agencyId)) {
        alarms.push(
          ...alarmsOf(
            id,
            foldDetainer(await t.services.lifecycle.events.load(agencyId, id)),
            now,
            t.services.lifecycle.law.library,
          ),
        );
      }
      return alarms.sort(byUrgency);
    };
    const projected = async (limit: number) => {
      const alarms = [];
      let total = -1;
      for (let offset = 0; ; offset += limit) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/v1/alarms?limit=${limit}&offset=${offset}`,
          headers: bearer(token),
        });
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { alarms: unknown[]; total: number; limit: number; offset: number };
        expect(page).toMatchObject({ limit, offset });
        total = page.total;
        alarms.push(...page.alarms);
        if (page.alarms.length < limit) break;
      }
      expect(alarms).toHaveLength(total);
      return alarms;
    };

    it('gives the same alarms in the same order as folding the events, at several hours, page by page', async () => {
      for (const hour of [-48, -21, -3, 0, 0.75, 5, 11, 19, 30, 80]) {
        clock.set(Q + hour * HOUR);
        const expected = await folded();
        expect(expected.length, `at Q${hour}h`).toBeGreaterThan(0);
        expect(await projected(200), `at Q${hour}h`).toEqual(expected);
        expect(await projected(3), `at Q${hour}h, pages of 3`).toEqual(expected);
      }
    });

    it('lists hold-past-deadline and release-due first, then the warnings', async () => {
      clock.set(Q);
      const alarms = (await projected(200)) as Array<{ kind: string; detainerId: string; severity: string }>;
      const kinds = alarms.map((a) => a.kind);
      const critical = kinds.filter((k) => k === 'hold-past-deadline' || k === 'release-due').length;
      expect(kinds.slice(0, critical).every((k) => k === 'hold-past-deadline' || k === 'release-due')).toBe(true);
      expect(alarms.slice(critical).every((a) => a.severity === 'warning')).toBe(true);
      const mine = alarms.filter((a) => Object.values(ids).includes(a.detainerId));
      expect(mine.map((a) => [name(a.detainerId), a.kind])).toEqual(
        expect.arrayContaining([
          ['releaseDue', 'release-due'],
          ['pastDeadline', 'hold-past-deadline'],
          ['liftedHold', 'release-due'],
          ['holding1h', 'hold-ending-soon'],
          ['twoDuties', 'duty-overdue'],
          ['servedOne', 'duty-overdue'],
          ['blocked', 'decision-blocked'],
        ]),
      );
      expect(mine.filter((a) => a.detainerId === ids.closedWithDuty)).toEqual([]);
      expect(mine.filter((a) => a.detainerId === ids.twoDuties)).toHaveLength(2);
      expect(mine.filter((a) => a.detainerId === ids.servedOne)).toHaveLength(1);
    });

    it('refuses a bad page with the field named', async () => {
      for (const query of ['limit=0', 'limit=201', 'offset=-1', 'limit=x', 'sort=deadline']) {
        const res = await t.app.inject({ method: 'GET', url: `/api/v1/alarms?${query}`, headers: bearer(token) });
        expect(res.statusCode, query).toBe(400);
        expect(res.json().error.code, query).toBe('REQUEST.INVALID_FIELD');
      }
    });
  });
});
