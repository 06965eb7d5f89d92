import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse-policy.js';

/** A state policy file with one duty; `notice` is the YAML of the duty's notice line, if any. */
function file(notice: string | null): string {
  return [
    'source:',
    '  title: Test Act',
    '  kind: statute',
    '  href: https://example.org/act',
    'notes: test',
    'rules:',
    '  - id: tx-test-rule',
    '    title: A duty',
    '    level: state-statute',
    '    place: { state: TX }',
    '    citations:',
    '      - { title: Test Act 1, href: https://example.org/act }',
    '    versions:',
    "      - effectiveFrom: '2017-09-01'",
    '        formula: duties-only',
    '        params: { actions: [hold] }',
    '        duties:',
    '          - id: tx-test-duty',
    '            text: Tell the person.',
    '            when: always',
    '            due: immediately',
    ...(notice === null ? [] : [`            notice: ${notice}`]),
    '',
  ].join('\n');
}

const NAME = 'state/tx/test.policy.yaml';

function dutyOf(text: string) {
  const parsed = parsePolicy(NAME, text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.rules[0]!.versions[0]!.duties[0]!;
}

describe("a duty's notice in its policy file", () => {
  it('is optional: a duty without one discharges by no notice (null)', () => {
    expect(dutyOf(file(null)).notice).toBeNull();
  });

  it('names a notice kind and its languages, kept in the order of NOTICE_LANGUAGES', () => {
    expect(dutyOf(file('{ kind: tx-held-on-detainer, languages: [es, en] }')).notice).toEqual({
      kind: 'tx-held-on-detainer',
      languages: ['en', 'es'],
    });
    expect(dutyOf(file('{ kind: release-notification, languages: [en] }')).notice).toEqual({
      kind: 'release-notification',
      languages: ['en'],
    });
  });

  it('refuses an unknown kind or language, no or repeated languages, and unknown keys, naming the file, line and field', () => {
    const cases: Array<[string, RegExp]> = [
      ['{ kind: fl-unheard-of, languages: [en] }', /notice\.kind must be one of ca-truth-copy-and-intent, /],
      ['{ kind: tx-held-on-detainer, languages: [en, fr] }', /notice\.languages\[1\] must be one of en, es/],
      ['{ kind: tx-held-on-detainer, languages: [] }', /notice\.languages must not be empty/],
      ['{ kind: tx-held-on-detainer, languages: [en, en] }', /notice\.languages must list each language once/],
      ['{ kind: tx-held-on-detainer }', /notice is missing languages|languages/],
      ['{ kind: tx-held-on-detainer, languages: [en], citations: [] }', /citations/],
      ['tx-held-on-detainer', /notice must be a mapping/],
    ];
    for (const [yaml, message] of cases) {
      const parsed = parsePolicy(NAME, file(yaml));
      expect(parsed.ok, yaml).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error.message, yaml).toMatch(
        /^state\/tx\/test\.policy\.yaml:22: rules\[0\]\.versions\[0\]\.duties\[0\]\.notice/,
      );
      expect(parsed.error.message, yaml).toMatch(message);
    }
  });
});
