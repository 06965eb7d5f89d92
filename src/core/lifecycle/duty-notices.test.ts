import { describe, expect, it } from 'vitest';
import { buildLibrary, type PolicyLibrary } from '../policy/library.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { DecisionSummary } from './detainer-event.js';
import { foldDetainer, type DetainerState } from './detainer-state.js';
import { dueNotices, noticeCitations, storedAppliedRules, withDutyNotices } from './duty-notices.js';

const FILE = `source:
  title: Test Act
  kind: statute
  href: https://example.org/act
notes: test
rules:
  - id: tx-test-rule
    title: A duty
    level: state-statute
    place: { state: TX }
    citations:
      - { title: Test Act 1, href: https://example.org/act/1 }
      - { title: Shared bulletin, href: https://example.org/bulletin }
    versions:
      - effectiveFrom: '2017-09-01'
        formula: duties-only
        params: { actions: [hold] }
        duties:
          - id: tx-test-duty
            text: Tell the person.
            when: always
            due: immediately
            notice: { kind: tx-held-on-detainer, languages: [en] }
          - id: tx-test-silent
            text: Keep a record.
            when: always
            due: immediately
  - id: tx-other-rule
    title: Another rule
    level: state-statute
    place: { state: TX }
    citations:
      - { title: Shared bulletin, href: https://example.org/bulletin }
      - { title: Other Act 2, href: https://example.org/other/2 }
    versions:
      - effectiveFrom: '2017-09-01'
        formula: duties-only
        params: { actions: [hold] }
`;

function library(): PolicyLibrary {
  const source = parsePolicy('state/tx/test.policy.yaml', FILE);
  if (!source.ok) throw new Error(source.error.message);
  const built = buildLibrary([source.value]);
  if (!built.ok) throw new Error('library');
  return built.value;
}

const AT = '2018-01-01T00:00:00.000Z';

function stateWith(duties: DecisionSummary['duties'], applied: DecisionSummary['applied']): DetainerState {
  const none = { requested: true, modality: null, decision: null };
  const decision: DecisionSummary = {
    decisionId: 'd-1',
    decisionSha256: '0'.repeat(64),
    asOf: AT,
    actions: { hold: none, notify: none, transfer: none },
    holdUntil: null,
    duties,
    applied,
    error: null,
  };
  return foldDetainer(
    [
      { type: 'received' as const, receivedAt: AT },
      { type: 'evaluated' as const, decision },
    ].map((payload, i) => ({
      detainerId: 'x',
      agencyId: 'a',
      version: i + 1,
      payload,
      recordedAt: AT,
      actor: 'someone',
    })),
  );
}

const duty = (id: string, extra: Partial<DecisionSummary['duties'][number]> = {}) => ({
  id,
  text: id,
  due: AT,
  dueWhen: 'immediately',
  ...extra,
});

describe("the notices of a decision's duties", () => {
  it('reads the notice kept with each duty, and completes a decision recorded before it was kept from the library', () => {
    const kept = stateWith([duty('tx-test-duty', { notice: { kind: 'release-notification', languages: ['es'] } })], []);
    // Kept with the decision: what the law said when it decided, whatever the library says now.
    expect(withDutyNotices(kept, library())).toBe(kept);
    expect(dueNotices(kept)).toEqual([{ kind: 'release-notification', languages: ['es'] }]);

    const old = stateWith([duty('tx-test-duty', { rule: 'tx-test-rule' }), duty('tx-test-silent')], []);
    expect(dueNotices(old)).toEqual([]);
    const completed = withDutyNotices(old, library());
    expect(completed.decision!.duties.map((d) => d.notice)).toEqual([
      { kind: 'tx-held-on-detainer', languages: ['en'] },
      null,
    ]);
    expect(dueNotices(completed)).toEqual([{ kind: 'tx-held-on-detainer', languages: ['en'] }]);
  });

  it('calls for no notice of a duty still waiting for a missing fact', () => {
    const waiting = stateWith(
      [duty('tx-test-duty', { notice: { kind: 'tx-held-on-detainer', languages: ['en'] }, waitingFor: ['x'] })],
      [],
    );
    expect(dueNotices(waiting)).toEqual([]);
  });
});

describe('the citations a served notice prints', () => {
  const notice = { kind: 'tx-held-on-detainer' as const, languages: ['en' as const] };

  it("are the duty's rule first, then the other applied rules, each citation once", () => {
    const state = stateWith(
      [duty('tx-test-duty', { rule: 'tx-test-rule', notice })],
      [
        { rule: 'tx-other-rule', version: '2017-09-01' },
        { rule: 'tx-test-rule', version: '2017-09-01' },
      ],
    );
    expect(noticeCitations(state, 'tx-held-on-detainer', library()).map((c) => c.title)).toEqual([
      'Test Act 1',
      'Shared bulletin',
      'Other Act 2',
    ]);
  });

  it('are taken as the stored decision kept them, before the library as it is now', () => {
    const state = stateWith(
      [duty('tx-test-duty', { rule: 'tx-test-rule', notice })],
      [{ rule: 'tx-test-rule', version: '2017-09-01' }],
    );
    const document = {
      input: {},
      output: {
        applied: [
          {
            rule: 'tx-test-rule',
            title: 'A duty',
            version: '2017-09-01',
            level: 'state-statute',
            citations: [{ title: 'Test Act 1 (as enacted)', href: 'https://example.org/act/1/2017' }],
          },
        ],
      },
    };
    expect(noticeCitations(state, 'tx-held-on-detainer', library(), storedAppliedRules(document))).toEqual([
      { title: 'Test Act 1 (as enacted)', href: 'https://example.org/act/1/2017' },
    ]);
    expect(storedAppliedRules({ output: { error: {} } })).toEqual({});
    expect(storedAppliedRules(null)).toEqual({});
  });

  it('are none when there is no decision', () => {
    expect(noticeCitations(foldDetainer([]), 'tx-held-on-detainer', library())).toEqual([]);
  });
});
