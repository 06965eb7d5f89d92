import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../policy/load-policies.js';
import { stateResearch } from './state-research.js';

const file = (extra: string, rules: string) =>
  `source:\n  title: T\n  kind: statute\n  href: https://example.org/t\n${extra}notes: n\nrules:${rules}`;
const rule = (id: string, state: string) => `
  - id: ${id}
    title: ${id}
    level: state-statute
    place: { state: ${state} }
    citations:
      - { title: 'T', href: 'https://example.org/${id}' }
    versions:
      - effectiveFrom: '2020-01-01'
        formula: request-only
`;

describe('stateResearch', () => {
  it('tells a state with rules, one found to have no law, and one not researched apart', () => {
    const loaded = loadPolicies([
      { path: 'state/zz/a.policy.yaml', text: file("reviewed: '2026-01-02'\n", rule('zz-a', 'ZZ')) },
      { path: 'state/zz/b.policy.yaml', text: file("reviewed: '2026-12-06'\n", rule('zz-b', 'ZZ')) },
      {
        path: 'state/yy/no-detainer-law.policy.yaml',
        text: file("reviewed: '2026-12-05'\nfinding: no-detainer-law\n", ' []\n'),
      },
      { path: 'state/ww/unsettled.policy.yaml', text: file("reviewed: '2026-12-04'\nfinding: unsettled\n", ' []\n') },
    ]);
    if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
    expect(stateResearch(loaded.value.library, ['ZZ', 'YY', 'WW', 'XX'])).toEqual({
      WW: { status: 'unsettled', reviewed: '2026-12-04' },
      ZZ: { status: 'law-found', reviewed: '2026-12-06' },
      YY: { status: 'no-detainer-law', reviewed: '2026-12-05' },
      XX: { status: 'not-researched', reviewed: null },
    });
  });
});
