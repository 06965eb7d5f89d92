import { describe, expect, it } from 'vitest';
import { federalRequestOnlyFile } from '../../../test/support/policy-fixture.js';
import { MAX_SPANISH_LINE, parsePolicy } from './parse-policy.js';

const file = (lines: string) => federalRequestOnlyFile({ ruleLines: lines });

describe("a rule's unofficial Spanish title and summary", () => {
  it('are optional, and read when given', () => {
    const none = parsePolicy('federal/us/reg.policy.yaml', file(''));
    expect(none.ok && none.value.rules[0]!.titleEs).toBeNull();
    expect(none.ok && none.value.rules[0]!.summaryEs).toBeNull();
    const both = parsePolicy(
      'federal/us/reg.policy.yaml',
      file(
        "    titleEs: 'Una solicitud de retención es una petición'\n    summaryEs: 'toda acción que pide la solicitud está permitida'",
      ),
    );
    expect(both.ok && both.value.rules[0]!.titleEs).toBe('Una solicitud de retención es una petición');
    expect(both.ok && both.value.rules[0]!.summaryEs).toBe('toda acción que pide la solicitud está permitida');
  });

  it.each([
    ['two lines', '    titleEs: |\n      Una\n      petición', 'titleEs must be one line'],
    ['a control character', '    summaryEs: "una\\u0007petición"', 'summaryEs must be one line'],
    ['blank', "    titleEs: '  '", 'titleEs must be non-empty text'],
    ['spaces around it', "    titleEs: ' Una petición'", 'titleEs must not be blank nor start or end with spaces'],
    ['too long', `    titleEs: '${'a'.repeat(MAX_SPANISH_LINE + 1)}'`, `titleEs must be at most ${MAX_SPANISH_LINE}`],
    ['not text', '    titleEs: [a, b]', 'titleEs'],
  ])('refuses %s, naming the file, line and field', (_label, lines, message) => {
    const result = parsePolicy('federal/us/reg.policy.yaml', file(lines));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^federal\/us\/reg\.policy\.yaml:7: rules\[0\]\./);
      expect(result.error.message).toContain(message);
    }
  });
});
