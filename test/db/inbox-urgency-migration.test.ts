import { expect, it } from 'vitest';
import type { DecisionSummary, DetainerEventPayload } from '../../src/core/lifecycle/detainer-event.js';
import { migrateToLatest, migrateUpTo } from '../../src/db/migrations/migrate.js';
import { describeEachEngine } from '../support/engines.js';
import { insertLegacyAgencyAndUser, insertLegacyRequests } from '../support/legacy-fixture.js';

const CREATED = '2026-03-01T10:00:00.000Z';

function evaluated(duties: DecisionSummary['duties'], error: string | null): DetainerEventPayload {
  const action = { requested: true, modality: 'required' as const, decision: 'comply' as const };
  return {
    type: 'evaluated',
    decision: {
      decisionId: 'dec',
      decisionSha256: '0'.repeat(64),
      asOf: '2026-03-01T02:00:00-08:00',
      actions: { hold: action, notify: action, transfer: action },
      holdUntil: null,
      duties,
      applied: [],
      error: error === null ? null : { kind: 'MissingFact', message: error, fact: 'subject.proofOfLawfulStatus' },
    },
  };
}

describeEachEngine('migration 0010 (inbox urgency, alarms from the projection)', ({ database }) => {
  it('computes the new projection columns and open duties from the events, and gives a legacy request its row', async () => {
    await migrateUpTo(database(), '0009-identity-conflicts');
    const { db } = database();
    await insertLegacyAgencyAndUser(database(), { role: 'records-officer', createdAt: CREATED });
    await insertLegacyRequests(database(), ['held', 'due', 'legacy'], {
      createdAt: CREATED,
      receivedAt: (id) => `2026-03-01T0${id.length}:00:00.000Z`,
    });
    const streams: Record<string, DetainerEventPayload[]> = {
      held: [
        { type: 'received', receivedAt: '2026-03-01T04:00:00.000Z' },
        evaluated(
          [
            { id: 'd1', text: 'Serve a copy', due: null, dueWhen: 'immediately' },
            { id: 'd2', text: 'Tell the person', due: '2026-03-02T09:00:00-08:00', dueWhen: 'at-release-eligibility' },
          ],
          null,
        ),
        { type: 'hold-started', at: '2026-03-02T09:00:00-08:00', deadline: '2026-03-04T09:00:00-08:00' },
      ],
      due: [
        { type: 'received', receivedAt: '2026-03-01T03:00:00.000Z' },
        evaluated([], 'a fact is missing'),
        { type: 'release-eligible', at: '2026-03-02T07:30:00-08:00', reason: 'bond-posted' },
      ],
    };
    let seq = 0;
    for (const [id, payloads] of Object.entries(streams)) {
      await db
        .insertInto('detainer_events')
        .values(
          payloads.map((payload, i) => ({
            agency_id: 'a1',
            seq: ++seq,
            detainer_id: id,
            version: i + 1,
            type: payload.type,
            payload: JSON.stringify(payload),
            recorded_at: CREATED,
            actor: 'system',
            prev_hash: 'x',
            hash: `h${seq}`,
          })),
        )
        .execute();
      await db
        .insertInto('detainer_states')
        .values({
          detainer_id: id,
          agency_id: 'a1',
          status: id === 'held' ? 'holding' : 'release-due',
          version: payloads.length,
          hold_deadline: null,
          next_duty_due: null,
          decision_blocked: 0,
          updated_at: CREATED,
        } as never)
        .execute();
    }

    expect(await migrateToLatest(database())).toEqual(
      expect.arrayContaining(['0011-inbox-urgency', '0013-alarm-parameters']),
    );
    // 0013: the decision-blocked alarm's parameters, the engine's error code and missing fact, from the events.
    const blocked = await db
      .selectFrom('detainer_states')
      .select(['detainer_id', 'decision_error_code', 'decision_error_fact'])
      .orderBy('detainer_id')
      .execute();
    expect(blocked).toEqual([
      { detainer_id: 'due', decision_error_code: 'MissingFact', decision_error_fact: 'subject.proofOfLawfulStatus' },
      { detainer_id: 'held', decision_error_code: null, decision_error_fact: null },
      { detainer_id: 'legacy', decision_error_code: null, decision_error_fact: null },
    ]);
    const rows = await db
      .selectFrom('detainer_states')
      .select([
        'detainer_id',
        'status',
        'version',
        'sort_rank',
        'sort_at',
        'received_at',
        'alarm_at_text',
        'decision_error',
      ])
      .orderBy('detainer_id')
      .execute();
    const iso = (v: unknown) => (v === null ? null : new Date(v as string).toISOString());
    expect(rows.map((r) => ({ ...r, sort_at: iso(r.sort_at), received_at: iso(r.received_at) }))).toEqual([
      {
        detainer_id: 'due',
        status: 'release-due',
        version: 3,
        sort_rank: 0,
        sort_at: '2026-03-02T15:30:00.000Z',
        received_at: '2026-03-01T03:00:00.000Z',
        alarm_at_text: '2026-03-02T07:30:00-08:00',
        decision_error: 'a fact is missing',
      },
      {
        detainer_id: 'held',
        status: 'holding',
        version: 3,
        sort_rank: 0,
        sort_at: '2026-03-04T17:00:00.000Z',
        received_at: '2026-03-01T04:00:00.000Z',
        alarm_at_text: '2026-03-04T09:00:00-08:00',
        decision_error: null,
      },
      {
        detainer_id: 'legacy',
        status: 'pending',
        version: 0,
        sort_rank: 2,
        sort_at: null,
        received_at: '2026-03-01T06:00:00.000Z',
        alarm_at_text: null,
        decision_error: null,
      },
    ]);
    const duties = await db
      .selectFrom('detainer_open_duties')
      .select(['detainer_id', 'position', 'duty_id', 'due_text'])
      .orderBy('detainer_id')
      .orderBy('position')
      .execute();
    // "Immediately" is due on receipt; both duties of the held person are open.
    expect(duties).toEqual([
      { detainer_id: 'held', position: 0, duty_id: 'd1', due_text: '2026-03-01T04:00:00.000Z' },
      { detainer_id: 'held', position: 1, duty_id: 'd2', due_text: '2026-03-02T09:00:00-08:00' },
    ]);
  });
});
