import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { ROLES, type Role } from '../auth/roles.js';
import { ACTIONS, type Action, type DutyNotice } from '../policy/policy.types.js';
import type { AgencyId, UserId } from '../shared/ids.js';
import { COMMAND_TYPES, type DetainerCommand, type DetainerCommandType } from './detainer-command.js';
import {
  CORRECTABLE,
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  RELEASE_REASONS,
  type DecisionSummary,
  type DetainerEvent,
  type DetainerEventPayload,
} from './detainer-event.js';
import { foldDetainer, statusAt } from './detainer-state.js';
import { DETAINER_STATUSES, type DetainerStatus } from './detainer-status.js';
import { availableCommands, planCommand, type CommandOffer } from './plan-command.js';

/**
 * The commands a detainer's page offers (`availableCommands`) against the handler's rules
 * (`planCommand`, which `POST /detainers/:id/events` runs): over every status, decision and role,
 * each offered command is accepted with valid input built from the offer, every other input of an
 * offered command is refused, and each command not offered is refused whatever its input.
 */

const NOW = new Date('2026-11-30T16:00:00.000Z');
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const EARLIER = iso(-HOUR);
const RECEIVED = iso(-5 * HOUR);

type Law = DecisionSummary['actions'][Action];
const law = (modality: Law['modality'], decision: Law['decision'], requested = true): Law => ({
  requested,
  modality,
  decision,
});

/** The notices the policy files declare on these duties (kept with each decision's duties). */
const BOTH = ['en', 'es'] as const;
const DECLARED: Readonly<Record<string, DutyNotice>> = {
  'ca-truth-copy-and-intent': { kind: 'ca-truth-copy-and-intent', languages: BOTH },
  'ca-truth-release-notice': { kind: 'release-notification', languages: BOTH },
  'tx-inform-held-on-detainer': { kind: 'tx-held-on-detainer', languages: BOTH },
};

function decision(
  actions: DecisionSummary['actions'],
  holdUntil: string | null,
  duties: string[],
  error: DecisionSummary['error'] = null,
): DecisionSummary {
  return {
    decisionId: 'decision-1',
    decisionSha256: '0'.repeat(64),
    asOf: RECEIVED,
    actions,
    holdUntil,
    duties: duties.map((id) => ({ id, text: id, due: RECEIVED, dueWhen: 'immediately', notice: DECLARED[id] ?? null })),
    applied: [],
    error,
  };
}

/** The decisions a detainer may be under: the law requires, forbids or permits; or it could not decide. */
const DECISIONS: Record<string, DecisionSummary> = {
  'texas: all required': decision(
    { hold: law('required', 'comply'), notify: law('required', 'comply'), transfer: law('required', 'comply') },
    iso(24 * HOUR),
    ['tx-inform-held-on-detainer'],
  ),
  'alameda: hold forbidden, the rest permitted and declined': decision(
    { hold: law('forbidden', 'decline'), notify: law('permitted', 'decline'), transfer: law('permitted', 'decline') },
    null,
    ['ca-truth-copy-and-intent', 'ca-truth-release-notice', 'il-report'],
  ),
  'permitted hold declined, notify permitted and complied, no transfer asked': decision(
    { hold: law('permitted', 'decline'), notify: law('permitted', 'comply'), transfer: law(null, null, false) },
    iso(24 * HOUR),
    [],
  ),
  'required hold whose window has ended': decision(
    { hold: law('required', 'comply'), notify: law('required', 'comply'), transfer: law(null, null, false) },
    iso(-2 * HOUR),
    [],
  ),
  'the law could not decide': decision(
    { hold: law(null, null), notify: law(null, null), transfer: law(null, null) },
    null,
    [],
    { kind: 'MissingFact', message: 'subject.convictions is needed', fact: 'subject.convictions' },
  ),
};

/** What happened after the request arrived and the law decided. */
const PATHS: Record<string, DetainerEventPayload[]> = {
  'nothing yet': [],
  'facts recorded': [{ type: 'facts-updated', facts: { proofOfLawfulStatus: false } }],
  'eligible for release': [{ type: 'release-eligible', at: EARLIER, reason: 'bond-posted' }],
  'held, deadline ahead': [
    { type: 'release-eligible', at: EARLIER, reason: 'bond-posted' },
    { type: 'hold-started', at: EARLIER, deadline: iso(20 * HOUR) },
  ],
  'held, deadline passed (not yet swept)': [
    { type: 'release-eligible', at: iso(-50 * HOUR), reason: 'sentence-served' },
    { type: 'hold-started', at: iso(-50 * HOUR), deadline: iso(-2 * HOUR) },
  ],
  'held, then swept': [
    { type: 'release-eligible', at: iso(-50 * HOUR), reason: 'sentence-served' },
    { type: 'hold-started', at: iso(-50 * HOUR), deadline: iso(-2 * HOUR) },
    { type: 'hold-expired', at: iso(-HOUR), deadline: iso(-2 * HOUR) },
  ],
  'eligible, a supervisor turned the hold to comply': [
    { type: 'release-eligible', at: EARLIER, reason: 'bond-posted' },
    { type: 'decision-overridden', action: 'hold', decision: 'comply', reason: 'county policy' },
  ],
  'a notice served': [
    {
      type: 'notice-served',
      noticeId: 'notice-1',
      notice: 'ca-truth-copy-and-intent',
      language: 'es',
      dutyId: 'ca-truth-copy-and-intent',
      servedAt: EARLIER,
    },
  ],
  'ICE notified, then transferred': [
    { type: 'federal-notified', at: iso(-2 * HOUR) },
    { type: 'transferred', at: EARLIER },
  ],
  released: [{ type: 'released', at: EARLIER }],
  'lifted while pending': [{ type: 'lifted', at: EARLIER, reason: 'withdrawn' }],
  'lifted while held': [
    { type: 'release-eligible', at: EARLIER, reason: 'bond-posted' },
    { type: 'hold-started', at: EARLIER, deadline: iso(20 * HOUR) },
    { type: 'lifted', at: EARLIER, reason: 'withdrawn' },
  ],
  cancelled: [{ type: 'cancelled', reason: 'entered in error' }],
  'cancelled, then a correction': [
    { type: 'facts-updated', facts: { registrant: false } },
    { type: 'cancelled', reason: 'entered in error' },
  ],
};

function history(summary: DecisionSummary, path: DetainerEventPayload[]): DetainerEvent[] {
  const payloads: DetainerEventPayload[] = [
    { type: 'received', receivedAt: RECEIVED },
    { type: 'evaluated', decision: summary },
    ...path,
  ];
  return payloads.map((payload, i) => ({
    detainerId: 'detainer-1',
    agencyId: 'agency-1',
    version: i + 1,
    payload,
    recordedAt: RECEIVED,
    actor: 'someone',
  }));
}

const principal = (role: Role): Principal => ({
  userId: 'user-1' as UserId,
  agencyId: 'agency-1' as AgencyId,
  role,
  via: 'session',
});

/** A valid value for a field a correction replaces. */
function replacementFor(field: string, eventType: string): Record<string, unknown> {
  switch (field) {
    case 'facts':
      return { facts: { registrant: true } };
    case 'reason':
      return { reason: eventType === 'release-eligible' ? 'other' : 'a clearer reason' };
    case 'document':
      return { document: { sha256: 'c'.repeat(64), mediaType: 'application/pdf', bytes: 1 } };
    default:
      return { [field]: EARLIER };
  }
}

/** Every input of a command type worth trying (valid field by field), whatever the state. */
function everyInput(type: DetainerCommandType, events: readonly DetainerEvent[]): DetainerCommand[] {
  switch (type) {
    case 'facts-updated':
      return [{ type, facts: { proofOfLawfulStatus: true } }];
    case 'release-eligible':
      return RELEASE_REASONS.map((reason) => ({ type, at: EARLIER, reason }));
    case 'hold-started':
    case 'federal-notified':
    case 'transferred':
    case 'released':
      return [{ type }, { type, at: EARLIER }];
    case 'notice-served': {
      const plain = NOTICE_KINDS.flatMap((notice) => NOTICE_LANGUAGES.map((language) => ({ type, notice, language })));
      const duties = ['ca-truth-copy-and-intent', 'tx-inform-held-on-detainer', 'ca-truth-release-notice', 'il-report'];
      const named = duties.flatMap((dutyId) =>
        NOTICE_KINDS.flatMap((notice) => NOTICE_LANGUAGES.map((language) => ({ type, notice, language, dutyId }))),
      );
      return [...plain, ...named] as DetainerCommand[];
    }
    case 'lifted':
      return [{ type, reason: 'ICE withdrew the detainer' }];
    case 'cancelled':
      return [{ type, reason: 'entered in error' }];
    case 'decision-overridden':
      return ACTIONS.flatMap((action) =>
        (['comply', 'decline'] as const).map((d) => ({ type, action, decision: d, reason: 'agency policy' })),
      );
    case 'corrected':
      return events.flatMap((e) =>
        (CORRECTABLE[e.payload.type] ?? ['at']).map((field) => ({
          type,
          corrects: e.version,
          reason: 'typed wrong',
          replacement: replacementFor(field, e.payload.type),
        })),
      );
  }
}

/** The inputs an offer describes: everything it lists, each valid. */
function inputsOf(offer: CommandOffer, events: readonly DetainerEvent[]): DetainerCommand[] {
  switch (offer.type) {
    case 'release-eligible':
      return offer.reasons.map((reason) => ({ type: offer.type, at: EARLIER, reason }));
    case 'notice-served':
      return [
        ...offer.notices.flatMap((notice) =>
          offer.languages.map((language) => ({ type: offer.type, notice, language })),
        ),
        ...offer.duties.flatMap((d) =>
          d.languages.map((language) => ({ type: offer.type, notice: d.notice, language, dutyId: d.dutyId })),
        ),
      ];
    case 'decision-overridden':
      return offer.actions.flatMap(({ action }) =>
        (['comply', 'decline'] as const).map((d) => ({
          type: offer.type,
          action,
          decision: d,
          reason: 'agency policy',
        })),
      );
    case 'corrected':
      return offer.events.flatMap((e) =>
        e.fields.map((field) => ({
          type: offer.type,
          corrects: e.version,
          reason: 'typed wrong',
          replacement: replacementFor(field, e.type),
        })),
      );
    default:
      return everyInput(offer.type, events);
  }
}

const key = (command: DetainerCommand) => JSON.stringify(command);

describe('the commands offered are exactly the commands the handler accepts', () => {
  const seen = new Map<Role, Set<DetainerStatus>>(ROLES.map((r) => [r, new Set()]));
  const offeredSomewhere = new Set<string>();
  const refusedSomewhere = new Set<string>();

  for (const [decisionName, summary] of Object.entries(DECISIONS)) {
    for (const [pathName, path] of Object.entries(PATHS)) {
      const events = history(summary, path);
      const state = foldDetainer(events);
      const status = statusAt(state, NOW);
      for (const role of ROLES) {
        it(`${role}, ${status} (${pathName}; ${decisionName})`, () => {
          seen.get(role)!.add(status);
          const who = principal(role);
          const offers = availableCommands(state, events, NOW, who);
          const offered = new Map(offers.map((o) => [o.type, o]));
          // Offers come in the order of the command list, once each.
          expect(offers.map((o) => o.type)).toEqual(COMMAND_TYPES.filter((t) => offered.has(t)));
          if (role === 'auditor' || role === 'federal-liaison') expect(offers).toEqual([]);

          for (const type of COMMAND_TYPES) {
            const offer = offered.get(type);
            const every = everyInput(type, events);
            if (!offer) {
              refusedSomewhere.add(type);
              for (const command of every) {
                const plan = planCommand(state, events, command, NOW, who);
                expect(plan.ok, `${key(command)} was not offered but is accepted`).toBe(false);
              }
              continue;
            }
            offeredSomewhere.add(type);
            const valid = inputsOf(offer, events);
            expect(valid.length, `${type} is offered with no valid input`).toBeGreaterThan(0);
            for (const command of valid) {
              const plan = planCommand(state, events, command, NOW, who);
              expect(plan.ok ? 'accepted' : plan.error.message, key(command)).toBe('accepted');
            }
            // Whatever the offer leaves out (another action, event or duty) is refused.
            const listed = new Set(valid.map(key));
            for (const command of every.filter((c) => !listed.has(key(c)))) {
              const plan = planCommand(state, events, command, NOW, who);
              if (
                type === 'hold-started' ||
                type === 'federal-notified' ||
                type === 'transferred' ||
                type === 'released'
              )
                continue; // same inputs as offered ({}, {at})
              expect(plan.ok, `${key(command)} is outside the offer but accepted`).toBe(false);
            }
          }
        });
      }
    }
  }

  it('covers every status for every role, and offers and refuses every command somewhere', () => {
    for (const role of ROLES) expect([...seen.get(role)!].sort(), role).toEqual([...DETAINER_STATUSES].sort());
    expect([...offeredSomewhere].sort()).toEqual([...COMMAND_TYPES].sort());
    expect([...refusedSomewhere].sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('lists what each command needs', () => {
    const events = history(
      DECISIONS['alameda: hold forbidden, the rest permitted and declined']!,
      PATHS['a notice served']!,
    );
    const offers = availableCommands(foldDetainer(events), events, NOW, principal('supervisor'));
    expect(offers.find((o) => o.type === 'decision-overridden')).toEqual({
      type: 'decision-overridden',
      actions: [
        { action: 'notify', effective: 'decline' },
        { action: 'transfer', effective: 'decline' },
      ],
    });
    expect(offers.find((o) => o.type === 'notice-served')).toEqual({
      type: 'notice-served',
      // Only the notices the decision's duties call for: no Texas notice in California.
      notices: ['ca-truth-copy-and-intent', 'release-notification'],
      languages: NOTICE_LANGUAGES,
      duties: [
        { dutyId: 'ca-truth-copy-and-intent', notice: 'ca-truth-copy-and-intent', languages: BOTH, served: true },
        { dutyId: 'ca-truth-release-notice', notice: 'release-notification', languages: BOTH, served: false },
      ],
    });
    expect(offers.find((o) => o.type === 'corrected')).toEqual({
      type: 'corrected',
      events: [
        { version: 1, type: 'received', fields: ['document'] },
        { version: 3, type: 'notice-served', fields: ['servedAt'] },
      ],
    });
    expect(offers.map((o) => o.type)).toEqual([
      'facts-updated',
      'release-eligible',
      'notice-served',
      'released',
      'lifted',
      'cancelled',
      'decision-overridden',
      'corrected',
    ]);
    // A records officer is offered the same, without the override.
    const officer = availableCommands(foldDetainer(events), events, NOW, principal('records-officer'));
    expect(officer.map((o) => o.type)).not.toContain('decision-overridden');
  });

  it('serves a notice only in a language its policy file declares for it', () => {
    const englishOnly = decision(
      { hold: law('required', 'comply'), notify: law('required', 'comply'), transfer: law('required', 'comply') },
      iso(24 * HOUR),
      [],
    );
    const withDuty: DecisionSummary = {
      ...englishOnly,
      duties: [
        {
          id: 'tx-inform-held-on-detainer',
          text: 'inform',
          due: RECEIVED,
          dueWhen: 'immediately',
          notice: { kind: 'tx-held-on-detainer', languages: ['en'] },
        },
      ],
    };
    const events = history(withDuty, []);
    const state = foldDetainer(events);
    const offer = availableCommands(state, events, NOW, principal('records-officer')).find(
      (o) => o.type === 'notice-served',
    );
    expect(offer).toMatchObject({ notices: ['tx-held-on-detainer'], languages: ['en'] });
    const spanish = planCommand(
      state,
      events,
      { type: 'notice-served', notice: 'tx-held-on-detainer', language: 'es' },
      NOW,
      principal('records-officer'),
    );
    expect(spanish.ok ? null : spanish.error.details).toMatchObject({
      field: 'language',
      kind: 'oneOf',
      allowed: ['en'],
    });
    const english = planCommand(
      state,
      events,
      { type: 'notice-served', notice: 'tx-held-on-detainer', language: 'en', dutyId: 'tx-inform-held-on-detainer' },
      NOW,
      principal('records-officer'),
    );
    expect(english.ok).toBe(true);
  });
});
