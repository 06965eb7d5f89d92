import { describe, expect, it } from 'vitest';
import { lintPolicies, lintWarnings } from './lint.js';
import { loadPolicies } from './load-policies.js';
import type { PlaceDirectory } from './place-directory.port.js';
import { parsePolicy } from './parse-policy.js';

const places: PlaceDirectory = {
  stateZone: (s) => ({ ZZ: 'America/Chicago', YY: 'America/Denver' })[s],
  county: () => undefined,
};

const header = (extra: string) =>
  `source:\n  title: Survey\n  kind: statute\n  href: https://example.org/survey\n${extra}notes: searched the code\n`;

const ruleOf = (id: string, state: string, from: string) => `  - id: ${id}
    title: ${id}
    level: state-statute
    place: { state: ${state} }
    citations:
      - { title: 'Test', href: 'https://example.org/${id}' }
    versions:
      - effectiveFrom: '${from}'
        formula: request-only
`;

function library(files: Record<string, string>) {
  const loaded = loadPolicies(Object.entries(files).map(([path, text]) => ({ path, text })));
  if (!loaded.ok) throw new Error(loaded.error.map((e) => e.message).join('\n'));
  return loaded.value.library;
}

describe('a file that finds no detainer law', () => {
  it('parses with no rules, and keeps its finding and open points', () => {
    const parsed = parsePolicy(
      'state/zz/no-detainer-law.policy.yaml',
      header("reviewed: '2026-12-06'\nfinding: no-detainer-law\nunconfirmed:\n  - a 2026 bill's fate\n") +
        'rules: []\n',
    );
    expect(parsed.ok && parsed.value).toMatchObject({
      finding: 'no-detainer-law',
      unconfirmed: ["a 2026 bill's fate"],
      rules: [],
    });
  });

  it('refuses rules beside the finding, and no rules without it, naming the field', () => {
    const both = parsePolicy(
      'state/zz/a.policy.yaml',
      header('finding: no-detainer-law\n') + 'rules:\n' + ruleOf('zz-a', 'ZZ', '2020-01-01'),
    );
    expect(!both.ok && both.error.message).toMatch(/finding: no-detainer-law needs rules: \[\]/);
    const none = parsePolicy('state/zz/a.policy.yaml', header('') + 'rules: []\n');
    expect(!none.ok && none.error.message).toMatch(/rules must list at least one rule/);
    const unknown = parsePolicy('state/zz/a.policy.yaml', header('finding: maybe\n') + 'rules: []\n');
    expect(!unknown.ok && unknown.error.message).toMatch(/finding/);
  });

  it('is a lint problem where the same place has rules', () => {
    const lib = library({
      'state/zz/no-detainer-law.policy.yaml': header('finding: no-detainer-law\n') + 'rules: []\n',
      'state/zz/a.policy.yaml': header('') + 'rules:\n' + ruleOf('zz-a', 'ZZ', '2020-01-01'),
      'state/yy/no-detainer-law.policy.yaml': header('finding: no-detainer-law\n') + 'rules: []\n',
    });
    const problems = lintPolicies(lib, [], places, []).map((p) => p.message);
    expect(problems.filter((m) => m.includes('no detainer law'))).toEqual([
      'state/zz/no-detainer-law.policy.yaml: says state/zz has no detainer law, but other files there have rules',
    ]);
  });
});

describe('lint warnings', () => {
  it('warns of a file never checked, and of one checked before a version took effect', () => {
    const lib = library({
      'state/zz/never.policy.yaml': header('') + 'rules:\n' + ruleOf('zz-never', 'ZZ', '2020-01-01'),
      'state/zz/stale.policy.yaml':
        header("reviewed: '2021-06-30'\n") + 'rules:\n' + ruleOf('zz-stale', 'ZZ', '2022-01-01'),
      'state/zz/fresh.policy.yaml':
        header("reviewed: '2026-12-06'\n") + 'rules:\n' + ruleOf('zz-fresh', 'ZZ', '2022-01-01'),
    });
    expect(lintWarnings(lib).map((w) => w.message)).toEqual([
      'state/zz/never.policy.yaml: was never checked against its sources (add reviewed: YYYY-MM-DD)',
      'state/zz/stale.policy.yaml: was last checked on 2021-06-30, before its version of 2022-01-01 took effect',
    ]);
  });
});
