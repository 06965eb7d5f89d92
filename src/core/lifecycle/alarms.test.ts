import { describe, expect, it } from 'vitest';
import type { PolicyLibrary } from '../policy/library.js';
import { alarmFromProjection, alarmsOf, DUTY_GRACE_MS, type Alarm } from './alarms.js';
import type { DecisionSummary } from './detainer-event.js';
import type { DetainerState } from './detainer-state.js';
import type { ProjectedAlarm } from './lifecycle.ports.js';
import { projectionOf } from './projection.js';

const RECEIVED = '2026-11-30T16:00:00Z';
const NOW = new Date(Date.parse(RECEIVED) + DUTY_GRACE_MS + 60_000);
const DUTY = { id: 'notify-person', text: 'Give the person a copy of the request.' };

/** A library holding one rule whose duty has an unofficial Spanish text (all `dutyTextEs` reads). */
const library = {
  rules: new Map([
    [
      'ca-trust',
      {
        versions: [{ duties: [{ ...DUTY, textEs: 'Entregue a la persona una copia de la solicitud.' }] }],
      },
    ],
  ]),
} as unknown as PolicyLibrary;

const none = { requested: false, modality: null, decision: null } as const;
const decision = (over: Partial<DecisionSummary>): DecisionSummary => ({
  decisionId: 'd1',
  decisionSha256: '0'.repeat(64),
  asOf: RECEIVED,
  actions: { hold: none, notify: none, transfer: none },
  holdUntil: null,
  duties: [],
  applied: [],
  error: null,
  ...over,
});
const state = (d: DecisionSummary): DetainerState => ({
  status: 'pending',
  version: 2,
  receivedAt: RECEIVED,
  document: null,
  facts: {},
  decision: d,
  overrides: {},
  releaseEligible: null,
  hold: null,
  federalNotifiedAt: null,
  liftedAt: null,
  closedAt: null,
  noticesServed: [],
});

/** The rows the projection's alarm query reads for this state (detainer-event.store.ts), as the store maps them. */
function projectedRows(id: string, s: DetainerState): ProjectedAlarm[] {
  const p = projectionOf(s, NOW);
  const graceCut = NOW.getTime() - DUTY_GRACE_MS;
  const duties = p.openDuties
    .filter((d) => Date.parse(d.due) < graceCut)
    .map((d): ProjectedAlarm => ({
      kind: 'duty-overdue',
      detainerId: id,
      at: d.due,
      detail: d.text,
      dutyId: d.dutyId,
      errorCode: null,
      errorFact: null,
    }));
  const blocked: ProjectedAlarm[] = p.decisionBlocked
    ? [
        {
          kind: 'decision-blocked',
          detainerId: id,
          at: null,
          detail: p.decisionError,
          dutyId: null,
          errorCode: p.decisionErrorCode,
          errorFact: p.decisionErrorFact,
        },
      ]
    : [];
  return [...duties, ...blocked];
}

describe('alarm parameters: the fold and the projection give the same alarm', () => {
  it('duty-overdue names the duty: its id, its text and the library’s unofficial Spanish', () => {
    const s = state(decision({ duties: [{ ...DUTY, due: null, dueWhen: 'immediately', rule: 'ca-trust' }] }));
    const folded = alarmsOf('x1', s, NOW, library);
    const expected: Alarm = {
      kind: 'duty-overdue',
      severity: 'warning',
      detainerId: 'x1',
      at: RECEIVED,
      message: `Duty overdue: ${DUTY.text}`,
      duty: { ...DUTY, textEs: 'Entregue a la persona una copia de la solicitud.' },
      blocked: null,
    };
    expect(folded).toEqual([expected]);
    expect(projectedRows('x1', s).map((row) => alarmFromProjection(row, library))).toEqual(folded);
  });

  it('a duty whose English is not the library’s has no Spanish (a translation of another wording is never shown)', () => {
    const s = state(decision({ duties: [{ ...DUTY, text: 'Another wording.', due: null, dueWhen: 'immediately' }] }));
    const [alarm] = alarmsOf('x1', s, NOW, library);
    expect(alarm?.duty).toEqual({ id: DUTY.id, text: 'Another wording.', textEs: null });
    expect(projectedRows('x1', s).map((row) => alarmFromProjection(row, library))).toEqual([alarm]);
  });

  it('decision-blocked names the engine’s error code and the missing fact', () => {
    const error = { kind: 'MissingFact', message: 'The fact custody.bookedAt is missing.', fact: 'custody.bookedAt' };
    const s = state(decision({ error }));
    const folded = alarmsOf('x2', s, NOW, library);
    expect(folded).toEqual([
      {
        kind: 'decision-blocked',
        severity: 'warning',
        detainerId: 'x2',
        at: null,
        message: `The law could not decide: ${error.message}`,
        duty: null,
        blocked: { code: 'MissingFact', fact: 'custody.bookedAt' },
      },
    ]);
    expect(projectedRows('x2', s).map((row) => alarmFromProjection(row, library))).toEqual(folded);
  });

  it('an error without a fact has a null fact; alarms about the hold carry no parameters', () => {
    const s = state(decision({ error: { kind: 'ConflictingRules', message: 'Two rules conflict.' } }));
    expect(alarmsOf('x3', s, NOW, library)[0]?.blocked).toEqual({ code: 'ConflictingRules', fact: null });
    const holding: DetainerState = {
      ...state(decision({})),
      status: 'holding',
      hold: { startedAt: RECEIVED, deadline: new Date(NOW.getTime() - 1000).toISOString() },
    };
    const [past] = alarmsOf('x4', holding, NOW, library);
    expect(past).toMatchObject({ kind: 'hold-past-deadline', duty: null, blocked: null });
  });
});
