import { parseSubjectFacts } from '../policy/evaluation-input.js';
import { ACTIONS, type Action } from '../policy/policy.types.js';
import { parseInstant } from '../request/new-detainer.js';
import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { COMMAND_TYPES, type DetainerCommand, type DetainerCommandType } from './detainer-command.js';
import {
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  RELEASE_REASONS,
  type CustodyFacts,
  type NoticeKind,
  type NoticeLanguage,
  type ReleaseReason,
} from './detainer-event.js';

/** A command as a client sends it: its type, the version it last saw, and the command's fields. */
export interface CommandInput {
  readonly expectedVersion: number;
  readonly command: DetainerCommand;
}

/** The fields each command type takes besides `type` and `expectedVersion`. */
export const COMMAND_FIELDS: Readonly<Record<DetainerCommandType, readonly string[]>> = {
  'facts-updated': ['facts'],
  'release-eligible': ['at', 'reason'],
  'hold-started': ['at'],
  'notice-served': ['notice', 'language', 'dutyId'],
  'federal-notified': ['at'],
  transferred: ['at'],
  released: ['at'],
  lifted: ['at', 'reason'],
  cancelled: ['reason'],
  'decision-overridden': ['action', 'decision', 'reason'],
  corrected: ['corrects', 'reason', 'replacement'],
};

const FACT_FLAGS = ['proofOfLawfulStatus', 'registrant', 'federalFelonyWarrant', 'terroristWatchListMatch'] as const;

class Problem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(body: Json, field: string, values: readonly T[]): T {
  const value = body[field];
  if (value === undefined) throw new Problem(field, 'is required');
  if (typeof value !== 'string' || !values.includes(value as T)) {
    throw new Problem(field, `must be one of ${values.join(', ')}`);
  }
  return value as T;
}

function text(body: Json, field: string, required: true): string;
function text(body: Json, field: string, required: false): string | undefined;
function text(body: Json, field: string, required: boolean): string | undefined {
  const value = body[field];
  if (value === undefined) {
    if (required) throw new Problem(field, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') throw new Problem(field, 'must be text');
  return value;
}

/** Instants are checked for their shape and range by the state machine (planCommand); here only their type. */
function optionalAt(body: Json): { at?: string } {
  const at = text(body, 'at', false);
  return at === undefined ? {} : { at };
}

/**
 * Custody facts as `facts-updated` records them: the `evaluate` contract's `subject` (so the law reads
 * a recorded fact exactly as it reads one given to `evaluate`), plus when the person is expected to
 * become eligible for release.
 */
export function parseCustodyFacts(value: unknown, root: string): Result<CustodyFacts, DomainError> {
  if (!isObject(value)) return err(invalidField(root, 'must be an object'));
  const { expectedReleaseAt, ...subject } = value;
  const parsed = parseSubjectFacts(subject, root);
  if (!parsed.ok) {
    const e = parsed.error;
    return err(e.kind === 'InvalidInput' ? invalidField(e.field, e.problem) : invalidField(root, e.message));
  }
  if (expectedReleaseAt !== undefined && (typeof expectedReleaseAt !== 'string' || !parseInstant(expectedReleaseAt))) {
    return err(invalidField(`${root}.expectedReleaseAt`, 'must be an ISO 8601 instant with a time zone offset'));
  }
  const facts: CustodyFacts = { ...parsed.value, ...(expectedReleaseAt === undefined ? {} : { expectedReleaseAt }) };
  if (Object.keys(facts).length === 0) {
    return err(
      invalidField(
        root,
        `must give at least one of ${[...FACT_FLAGS, 'convictions', 'pendingCharges', 'expectedReleaseAt'].join(', ')}`,
      ),
    );
  }
  return ok(facts);
}

function facts(body: Json): CustodyFacts {
  if (body.facts === undefined) throw new Problem('facts', 'is required');
  const parsed = parseCustodyFacts(body.facts, 'facts');
  if (!parsed.ok) {
    const details = parsed.error.details as { field: string; problem: string };
    throw new Problem(details.field, details.problem);
  }
  return parsed.value;
}

/**
 * The fields a correction replaces, checked for their type (which fields the corrected event
 * allows, and whether instants are in range, is the state machine's question).
 */
function replacement(value: unknown): Json {
  if (!isObject(value)) throw new Problem('replacement', 'must be an object');
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'facts') {
      const parsed = parseCustodyFacts(field, 'replacement.facts');
      if (!parsed.ok) {
        const details = parsed.error.details as { field: string; problem: string };
        throw new Problem(details.field, details.problem);
      }
      out.facts = parsed.value;
    } else if (['at', 'servedAt', 'reason'].includes(key)) {
      if (typeof field !== 'string') throw new Problem(`replacement.${key}`, 'must be text');
      out[key] = field;
    } else {
      throw new Problem(`replacement.${key}`, 'is not a field any event can have corrected');
    }
  }
  return out;
}

function command(type: DetainerCommandType, body: Json): DetainerCommand {
  switch (type) {
    case 'facts-updated':
      return { type, facts: facts(body) };
    case 'release-eligible':
      return { type, at: text(body, 'at', true), reason: oneOf<ReleaseReason>(body, 'reason', RELEASE_REASONS) };
    case 'hold-started':
    case 'federal-notified':
    case 'transferred':
    case 'released':
      return { type, ...optionalAt(body) };
    case 'notice-served': {
      const dutyId = text(body, 'dutyId', false);
      return {
        type,
        notice: oneOf<NoticeKind>(body, 'notice', NOTICE_KINDS),
        language: oneOf<NoticeLanguage>(body, 'language', NOTICE_LANGUAGES),
        ...(dutyId === undefined ? {} : { dutyId }),
      };
    }
    case 'lifted':
      return { type, ...optionalAt(body), reason: text(body, 'reason', true) };
    case 'cancelled':
      return { type, reason: text(body, 'reason', true) };
    case 'decision-overridden':
      return {
        type,
        action: oneOf<Action>(body, 'action', ACTIONS),
        decision: oneOf(body, 'decision', ['comply', 'decline'] as const),
        reason: text(body, 'reason', true),
      };
    case 'corrected': {
      const corrects = body.corrects;
      if (corrects === undefined) throw new Problem('corrects', 'is required');
      if (typeof corrects !== 'number' || !Number.isInteger(corrects) || corrects < 1) {
        throw new Problem('corrects', 'must be the version (a whole number from 1) of the event to correct');
      }
      if (body.replacement === undefined) throw new Problem('replacement', 'is required');
      return { type, corrects, reason: text(body, 'reason', true), replacement: replacement(body.replacement) };
    }
  }
}

/**
 * Checks a command as a client sends it (`POST /detainers/:id/events`, `detainers event`): the type,
 * the expected version, and exactly the fields of that type, each named in errors. Whether the
 * command is allowed now is the state machine's question (planCommand), not this one's.
 */
export function parseDetainerCommand(raw: unknown): Result<CommandInput, DomainError> {
  if (!isObject(raw)) return err(invalidField('body', 'must be a JSON object'));
  try {
    const type = oneOf<DetainerCommandType>(raw, 'type', COMMAND_TYPES);
    const version = raw.expectedVersion;
    if (version === undefined) throw new Problem('expectedVersion', 'is required');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new Problem(
        'expectedVersion',
        'must be the version (a whole number from 1) the detainer had when you read it',
      );
    }
    const allowed = ['type', 'expectedVersion', ...COMMAND_FIELDS[type]];
    const unknown = Object.keys(raw).find((key) => !allowed.includes(key));
    if (unknown !== undefined) throw new Problem(unknown, `is not a field of ${type}`);
    return ok({ expectedVersion: version, command: command(type, raw) });
  } catch (error) {
    if (error instanceof Problem) return err(invalidField(error.field, error.problem));
    throw error;
  }
}
