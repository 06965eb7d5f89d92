import { parseSubjectFacts } from '../policy/evaluation-input.js';
import { invalidField, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateInput } from '../shared/validate-input.js';
import { COMMAND_TYPES, type DetainerCommand, type DetainerCommandType } from './detainer-command.js';
import { COMMAND_SCHEMAS } from './detainer-command.schema.js';
import type { CustodyFacts } from './detainer-event.js';

/** A command as a client sends it: its type, the version it last saw, and the command's fields. */
export interface CommandInput {
  readonly expectedVersion: number;
  readonly command: DetainerCommand;
}

/** The fields each command type takes besides `type` and `expectedVersion` (from its schema). */
export const COMMAND_FIELDS: Readonly<Record<DetainerCommandType, readonly string[]>> = Object.fromEntries(
  COMMAND_TYPES.map((type) => [
    type,
    Object.keys(COMMAND_SCHEMAS[type].properties).filter((k) => k !== 'type' && k !== 'expectedVersion'),
  ]),
) as unknown as Record<DetainerCommandType, readonly string[]>;

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Custody facts as the schema took them, read as the `evaluate` contract reads its `subject`
 * (missing categories empty, flags false), plus when release is expected.
 */
export function custodyFacts(value: Json, root: string): Result<CustodyFacts, DomainError> {
  const { expectedReleaseAt, ...subject } = value;
  const parsed = parseSubjectFacts(subject, root);
  if (!parsed.ok) return parsed;
  return ok({
    ...parsed.value,
    ...(expectedReleaseAt === undefined ? {} : { expectedReleaseAt: String(expectedReleaseAt) }),
  });
}

/**
 * Checks a command as a client sends it (`POST /detainers/:id/events`, `detainers event`) with the
 * schema of its type: the type, the expected version, and exactly the fields of that type, each
 * named in errors. Whether the command is allowed now is the state machine's question (planCommand).
 */
export function parseDetainerCommand(raw: unknown): Result<CommandInput, DomainError> {
  if (!isObject(raw)) return err(invalidField('body', 'must be a JSON object', 'type', { allowed: ['object'] }));
  const type = raw.type;
  if (type === undefined) return err(invalidField('type', 'is required', 'required'));
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return err(
      invalidField('type', `must be one of ${COMMAND_TYPES.join(', ')}`, 'oneOf', { allowed: [...COMMAND_TYPES] }),
    );
  }
  const commandType = type as DetainerCommandType;
  const checked = validateInput(COMMAND_SCHEMAS[commandType], raw, { unknownField: `is not a field of ${type}` });
  if (!checked.ok) return checked;
  const { expectedVersion, ...fields } = checked.value as Json & { expectedVersion: number };
  if (commandType === 'facts-updated') {
    const facts = custodyFacts(fields.facts as Json, 'facts');
    if (!facts.ok) return facts;
    return ok({ expectedVersion, command: { type: 'facts-updated', facts: facts.value } });
  }
  if (commandType === 'corrected') {
    const replacement = { ...(fields.replacement as Json) };
    if (replacement.facts !== undefined) {
      const facts = custodyFacts(replacement.facts as Json, 'replacement.facts');
      if (!facts.ok) return facts;
      replacement.facts = facts.value;
    }
    return ok({ expectedVersion, command: { ...fields, replacement } as DetainerCommand });
  }
  return ok({ expectedVersion, command: fields as DetainerCommand });
}
