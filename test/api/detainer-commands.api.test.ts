import { beforeAll, expect, it } from 'vitest';
import { COMMAND_TYPES } from '../../src/core/lifecycle/detainer-command.js';
import type { CommandOfferJson } from '../../src/core/lifecycle/detainer-presenter.js';
import type { Clock } from '../../src/core/shared/ports.js';
import { describeEachEngine } from '../support/engines.js';
import { bearer, buildTestApp, DEMO, newDetainerBody, tokenFor, type TestApp } from '../support/test-app.js';

/**
 * `commands` in the detainer view over HTTP: in each state of a Texas and a California request,
 * every command the view offers is recorded by POST /events with input built from the offer, and
 * every command it does not offer is refused; auditors and liaisons are offered nothing.
 */

interface View {
  id: string;
  status: string;
  version: number;
  commands: CommandOfferJson[];
}

const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** A valid command body built from what the offer says it needs. */
function bodyFromOffer(offer: CommandOfferJson, version: number): Record<string, unknown> {
  const base = { type: offer.type, expectedVersion: version };
  switch (offer.type) {
    case 'facts-updated':
      return { ...base, facts: { proofOfLawfulStatus: false } };
    case 'release-eligible':
      return { ...base, at: '2026-11-30T09:00:00-06:00', reason: offer.reasons.at(-1) };
    case 'notice-served': {
      const duty = offer.duties.find((d) => !d.served);
      return duty
        ? { ...base, notice: duty.notice, language: 'es', dutyId: duty.dutyId }
        : { ...base, notice: offer.notices[0], language: offer.languages[0] };
    }
    case 'lifted':
    case 'cancelled':
      return { ...base, reason: 'test: recorded from the offer' };
    case 'decision-overridden': {
      const { action, effective } = offer.actions[0]!;
      return { ...base, action, decision: effective === 'comply' ? 'decline' : 'comply', reason: 'county policy' };
    }
    case 'corrected': {
      const target = offer.events.at(-1)!;
      const field = target.fields[0]!;
      const replacement =
        field === 'facts'
          ? { facts: { registrant: false } }
          : field === 'reason'
            ? { reason: target.type === 'release-eligible' ? 'other' : 'corrected reason' }
            : field === 'document'
              ? { document: { sha256: 'd'.repeat(64), mediaType: 'image/png', bytes: 10 } }
              : { [field]: '2026-11-30T09:30:00-06:00' };
      return { ...base, corrects: target.version, reason: 'typed wrong', replacement };
    }
    default:
      return base;
  }
}

/** A well-formed body for a command the view does not offer (the handler must refuse it). */
function bodyOf(type: (typeof COMMAND_TYPES)[number], version: number): Record<string, unknown> {
  const generic: Record<string, Record<string, unknown>> = {
    'facts-updated': { facts: { proofOfLawfulStatus: false } },
    'release-eligible': { at: '2026-11-30T09:00:00-06:00', reason: 'bond-posted' },
    'notice-served': { notice: 'tx-held-on-detainer', language: 'en' },
    lifted: { reason: 'withdrawn' },
    cancelled: { reason: 'entered in error' },
    'decision-overridden': { action: 'hold', decision: 'comply', reason: 'county policy' },
    corrected: { corrects: 1, reason: 'typed wrong', replacement: { at: '2026-11-30T09:30:00-06:00' } },
  };
  return { type, expectedVersion: version, ...(generic[type] ?? {}) };
}

describeEachEngine('the commands a detainer offers, over HTTP', ({ database }) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    // Monday 30 November 2026, 10:05 in Houston, 08:05 in Oakland.
    t = await buildTestApp(database(), { clock: fixedClock('2026-11-30T16:05:00Z') });
    for (const [name, email] of Object.entries({
      harrisOfficer: DEMO.harris('records-officer'),
      harrisSupervisor: DEMO.harris('supervisor'),
      harrisAuditor: DEMO.harris('auditor'),
      harrisLiaison: DEMO.harris('federal-liaison'),
      alamedaSupervisor: DEMO.alameda('supervisor'),
    })) {
      tokens[name] = await tokenFor(t.services, email);
    }
  });

  const as = (who: string) => bearer(tokens[who]!);
  const post = (who: string, id: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/detainers/${id}/events`, headers: as(who), payload: body });
  const view = async (who: string, id: string): Promise<View> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/detainers/${id}`, headers: as(who) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<View>();
  };
  const receive = async (who: string, place: 'harris' | 'alameda'): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/detainers',
      headers: as(who),
      payload: newDetainerBody(
        place === 'harris'
          ? { issuedAt: '2026-11-30T07:30:00-06:00', receivedAt: '2026-11-30T08:00:00-06:00' }
          : { issuedAt: '2026-11-30T05:30:00-08:00', receivedAt: '2026-11-30T06:00:00-08:00' },
      ),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const step = async (who: string, id: string, body: Record<string, unknown>) => {
    const res = await post(who, id, body);
    expect(res.statusCode, res.body).toBe(201);
  };

  const CA_FACTS = {
    convictions: [],
    pendingCharges: [],
    registrant: false,
    federalFelonyWarrant: false,
    terroristWatchListMatch: false,
  };

  /** States of a request's life, each reached afresh for every command tried on it. */
  const SCENARIOS: Record<string, { who: string; reach: () => Promise<string> }> = {
    'Texas, pending, the law waiting for a fact': {
      who: 'harrisOfficer',
      reach: () => receive('harrisOfficer', 'harris'),
    },
    'Texas, pending, decided: every action required': {
      who: 'harrisOfficer',
      reach: async () => {
        const id = await receive('harrisOfficer', 'harris');
        await step('harrisOfficer', id, {
          type: 'facts-updated',
          expectedVersion: 2,
          facts: { proofOfLawfulStatus: false },
        });
        return id;
      },
    },
    'Texas, holding (supervisor)': {
      who: 'harrisSupervisor',
      reach: async () => {
        const id = await receive('harrisOfficer', 'harris');
        await step('harrisOfficer', id, {
          type: 'facts-updated',
          expectedVersion: 2,
          facts: { proofOfLawfulStatus: false },
        });
        await step('harrisOfficer', id, {
          type: 'release-eligible',
          expectedVersion: 4,
          at: '2026-11-30T10:00:00-06:00',
          reason: 'bond-posted',
        });
        return id;
      },
    },
    'California, decided: the hold forbidden (supervisor)': {
      who: 'alamedaSupervisor',
      reach: async () => {
        const id = await receive('alamedaSupervisor', 'alameda');
        await step('alamedaSupervisor', id, { type: 'facts-updated', expectedVersion: 2, facts: CA_FACTS });
        return id;
      },
    },
    'California, cancelled after its facts (supervisor): only a correction': {
      who: 'alamedaSupervisor',
      reach: async () => {
        const id = await receive('alamedaSupervisor', 'alameda');
        await step('alamedaSupervisor', id, { type: 'facts-updated', expectedVersion: 2, facts: CA_FACTS });
        await step('alamedaSupervisor', id, { type: 'cancelled', expectedVersion: 4, reason: 'entered in error' });
        return id;
      },
    },
  };

  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: records every command offered, refuses every other`, async () => {
      const first = await view(scenario.who, await scenario.reach());
      const offered = new Map(first.commands.map((c) => [c.type, c]));
      expect(offered.size).toBeGreaterThan(0);
      for (const type of COMMAND_TYPES) {
        const shown = await view(scenario.who, await scenario.reach());
        expect(
          shown.commands.map((c) => c.type),
          type,
        ).toEqual([...offered.keys()]);
        const offer = offered.get(type);
        const body = offer
          ? bodyFromOffer(
              shown.commands.find((c) => c.type === type)!,
              shown.version,
            )
          : bodyOf(type, shown.version);
        const res = await post(scenario.who, shown.id, body);
        if (offer) expect(res.statusCode, `${type} was offered: ${res.body}`).toBe(201);
        else {
          expect([400, 403, 409], `${type} was not offered: ${res.body}`).toContain(res.statusCode);
          expect((await view(scenario.who, shown.id)).version, `${type} wrote nothing`).toBe(shown.version);
        }
      }
    });
  }

  it('offers what each state and role allow, and nothing to auditors and liaisons', async () => {
    const id = await receive('harrisLiaison', 'harris');
    const types = async (who: string) => (await view(who, id)).commands.map((c) => c.type);
    expect(await types('harrisAuditor')).toEqual([]);
    expect(await types('harrisLiaison')).toEqual([]);
    expect(await types('harrisOfficer')).toEqual([
      'facts-updated',
      'release-eligible',
      // No notice yet: Texas's notice duty waits for the missing fact.
      'released',
      'lifted',
      'cancelled',
      // The received event's scanned document may be added or fixed.
      'corrected',
    ]);

    await step('harrisOfficer', id, {
      type: 'facts-updated',
      expectedVersion: 2,
      facts: { proofOfLawfulStatus: false },
    });
    const decided = await view('harrisSupervisor', id);
    // Texas requires every action: ICE may be notified and the person transferred; nothing is left to override.
    expect(decided.commands.map((c) => c.type)).toEqual([
      'facts-updated',
      'release-eligible',
      'notice-served',
      'federal-notified',
      'transferred',
      'released',
      'lifted',
      'cancelled',
      'corrected',
    ]);
    expect(decided.commands.find((c) => c.type === 'notice-served')).toMatchObject({
      languages: ['en', 'es'],
      duties: [
        { dutyId: 'tx-inform-held-on-detainer', notice: 'tx-held-on-detainer', languages: ['en', 'es'], served: false },
      ],
    });
    expect(decided.commands.find((c) => c.type === 'corrected')).toEqual({
      type: 'corrected',
      events: [
        { version: 1, type: 'received', fields: ['document'] },
        { version: 3, type: 'facts-updated', fields: ['facts'] },
      ],
    });
    const res = await post('harrisOfficer', id, {
      type: 'release-eligible',
      expectedVersion: decided.version,
      at: '2026-11-30T10:00:00-06:00',
      reason: 'bond-posted',
    });
    // The answer to a command carries the commands of the new state at once.
    const held = res.json<View>();
    expect(held.status).toBe('holding');
    expect(held.commands.map((c) => c.type)).not.toContain('release-eligible');
    expect(held.commands.map((c) => c.type)).not.toContain('cancelled');
  });
});
