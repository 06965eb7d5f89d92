import { describe, expect, it } from 'vitest';
import { fixtureLaw } from '../../../test/support/policy-fixture.js';
import type { PolicyCase } from './cases.js';
import { lintLibrary, runAllCases } from './policy-checks.js';

const { engine, cases, files } = fixtureLaw();

describe('runAllCases', () => {
  it('counts the cases and passes a library whose cases hold', () => {
    expect(runAllCases(engine, cases)).toEqual({ total: cases.length, passed: cases.length, failed: 0, failures: [] });
  });

  it('reports a failing case with its file, line and sentence', () => {
    // The memo forbids the hold in its case; pretend the case expected it required.
    const wrong: PolicyCase = {
      ...cases[0]!,
      expect: { kind: 'decision', actions: { hold: { modality: 'required' } } },
    };
    expect(wrong.sentence).toBe('The memo binds Alameda.');
    const report = runAllCases(engine, [wrong, ...cases.slice(1)]);
    expect(report).toMatchObject({ total: cases.length, passed: cases.length - 1, failed: 1 });
    expect(report.failures[0]).toEqual({
      file: wrong.file,
      line: wrong.line,
      sentence: wrong.sentence,
      failures: ['hold: expected required, got forbidden'],
    });
  });
});

describe('lintLibrary', () => {
  it('finds a rule without a case on each side of an effective date, naming the file', () => {
    const problems = lintLibrary(engine, cases, files);
    const memo = problems.find((p) => p.rules.includes('ca-alameda-memo'));
    expect(memo).toMatchObject({
      file: 'county/ca-alameda/memo.policy.yaml',
      line: expect.any(Number),
      problem:
        'rule ca-alameda-memo: no case in county/ca-alameda/memo.cases.yaml before its effective date 2014-05-21',
      rules: ['ca-alameda-memo'],
    });
    expect(memo?.message).toBe(`county/ca-alameda/memo.policy.yaml:${memo?.line}: ${memo?.problem}`);
  });
});
