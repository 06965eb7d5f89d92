import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from './detainer-command.js';
import { EXAMPLE_COMMANDS } from '../../../test/support/command-examples.js';
import { COMMAND_FIELDS, parseDetainerCommand } from './parse-command.js';

describe('parsing a command as a client sends it', () => {
  it('has an example for every command type, and accepts each', () => {
    expect(EXAMPLE_COMMANDS.map((c) => c.type)).toEqual(COMMAND_TYPES);
    for (const body of EXAMPLE_COMMANDS) {
      const parsed = parseDetainerCommand(body);
      expect(parsed.ok, JSON.stringify(body)).toBe(true);
      expect(parsed.ok && parsed.value.expectedVersion).toBe(body.expectedVersion);
      expect(parsed.ok && parsed.value.command.type).toBe(body.type);
    }
  });

  it('reads facts as the evaluate contract does: missing categories are empty, flags false', () => {
    const parsed = parseDetainerCommand(EXAMPLE_COMMANDS[0]);
    expect(parsed.ok && parsed.value.command).toEqual({
      type: 'facts-updated',
      facts: {
        proofOfLawfulStatus: false,
        convictions: [{ date: '2012-04-03', level: 'felony', categories: ['serious-felony'], prop47Reduced: false }],
        pendingCharges: [{ level: 'misdemeanor', categories: [], magistrateProbableCause: false }],
        expectedReleaseAt: '2026-12-01T09:00:00-06:00',
      },
    });
  });

  it('refuses fields of another type, naming the field and the type', () => {
    for (const type of COMMAND_TYPES) {
      const stranger = ['facts', 'notice', 'corrects', 'action'].find((f) => !COMMAND_FIELDS[type].includes(f))!;
      const parsed = parseDetainerCommand({ type, expectedVersion: 1, [stranger]: 'x' });
      // The stranger is named first; the fields the type lacks follow in details.problems.
      expect(!parsed.ok && parsed.error.details).toMatchObject({
        field: stranger,
        problem: `is not a field of ${type}`,
      });
    }
  });

  it.each([
    [{ expectedVersion: 1 }, 'type', 'is required'],
    [{ type: 'escaped', expectedVersion: 1 }, 'type', expect.stringContaining('must be one of')],
    [{ type: 'released' }, 'expectedVersion', 'is required'],
    [{ type: 'released', expectedVersion: 0 }, 'expectedVersion', expect.any(String)],
    [{ type: 'released', expectedVersion: '3' }, 'expectedVersion', expect.any(String)],
    [{ type: 'released', expectedVersion: 3, at: 5 }, 'at', 'must be text'],
    [{ type: 'release-eligible', expectedVersion: 3, reason: 'bond-posted' }, 'at', 'is required'],
    [
      { type: 'release-eligible', expectedVersion: 3, at: '2026-11-30T10:00:00Z', reason: 'bribed' },
      'reason',
      expect.any(String),
    ],
    [{ type: 'facts-updated', expectedVersion: 3, facts: {} }, 'facts', expect.stringContaining('at least one')],
    [
      { type: 'facts-updated', expectedVersion: 3, facts: { registrant: 'no' } },
      'facts.registrant',
      'must be true or false',
    ],
    [
      { type: 'facts-updated', expectedVersion: 3, facts: { eyeColour: 'blue' } },
      'facts.eyeColour',
      'is not a known field',
    ],
    [
      { type: 'facts-updated', expectedVersion: 3, facts: { expectedReleaseAt: 'Tuesday' } },
      'facts.expectedReleaseAt',
      expect.any(String),
    ],
    [{ type: 'notice-served', expectedVersion: 3, notice: 'letter', language: 'en' }, 'notice', expect.any(String)],
    [
      { type: 'decision-overridden', expectedVersion: 3, action: 'hold', decision: 'maybe', reason: 'r' },
      'decision',
      expect.any(String),
    ],
    [
      { type: 'corrected', expectedVersion: 3, corrects: 1.5, reason: 'r', replacement: { at: 'x' } },
      'corrects',
      expect.any(String),
    ],
    [
      { type: 'corrected', expectedVersion: 3, corrects: 2, reason: 'r', replacement: { actor: 'x' } },
      'replacement.actor',
      expect.any(String),
    ],
    [
      { type: 'corrected', expectedVersion: 3, corrects: 2, reason: 'r', replacement: { facts: { registrant: 1 } } },
      'replacement.facts.registrant',
      expect.any(String),
    ],
  ])('refuses %j naming %s', (body, field, problem) => {
    const parsed = parseDetainerCommand(body);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'REQUEST.INVALID_FIELD', details: { field, problem } });
    expect(!parsed.ok && parsed.error.message).not.toMatch(/blue|Tuesday|bribed|escaped/);
  });
});
