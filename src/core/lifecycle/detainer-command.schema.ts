import { Type, type TProperties } from 'typebox';
import { ACTIONS } from '../policy/policy.types.js';
import { SUBJECT_FACT_FIELDS } from '../policy/evaluation-input.schema.js';
import { Instant, Line, MultilineText, REQUEST_YEARS, PROBLEM_KEY } from '../shared/input-types.js';
import { ScannedDocumentSchema } from '../request/scanned-document.schema.js';
import type { DetainerCommandType } from './detainer-command.js';
import { NOTICE_KINDS, NOTICE_LANGUAGES, RELEASE_REASONS } from './detainer-event.js';

/**
 * The commands a desk records (`POST /detainers/:id/events`, `detainers event`): one schema per
 * command type, each with exactly its fields. Whether the command is allowed now, and whether its
 * instants are in order, is the state machine's question (planCommand).
 */

/** Versions are counted from 1; the bound keeps them far inside what every engine stores. */
export const MAX_VERSION = 1_000_000_000;

const ExpectedVersion = Type.Integer({
  minimum: 1,
  maximum: MAX_VERSION,
  description: 'the version of the detainer you last read; a newer version answers 409 DETAINER.VERSION_CONFLICT',
});
const At = (what: string) => Instant(REQUEST_YEARS, `${what}; not in the future`);
const OptionalAt = (what: string) => Type.Optional(Instant(REQUEST_YEARS, `${what}; now when absent`));
const Reason = MultilineText({ minLength: 1, maxLength: 2000, description: 'why, in words (kept in the record)' });

/** Facts as the `evaluate` contract's `subject` takes them, plus when release is expected. */
export const CustodyFactsSchema = Type.Object(
  {
    ...SUBJECT_FACT_FIELDS,
    expectedReleaseAt: Type.Optional(At('when the person is expected to become eligible for release')),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    [PROBLEM_KEY]: 'must give at least one fact',
    description: 'each fact given replaces the one recorded before; the law is asked again',
  },
);

const ReplacementSchema = Type.Object(
  {
    facts: Type.Optional(CustodyFactsSchema),
    at: Type.Optional(Instant(REQUEST_YEARS, 'the corrected instant')),
    servedAt: Type.Optional(Instant(REQUEST_YEARS, 'the corrected instant a notice was served')),
    reason: Type.Optional(Line({ minLength: 1, maxLength: 2000, description: 'the corrected reason' })),
    document: Type.Optional(ScannedDocumentSchema),
  },
  {
    additionalProperties: false,
    description:
      'the fields to replace: facts (facts-updated); at, reason (release-eligible, lifted); at (federal-notified, ' +
      'transferred, released); servedAt (notice-served); document (received: the scanned request, added or fixed)',
  },
);

function command<C extends DetainerCommandType, P extends TProperties>(type: C, description: string, properties: P) {
  return Type.Object(
    { type: Type.Literal(type), expectedVersion: ExpectedVersion, ...properties },
    { additionalProperties: false, title: type, description },
  );
}

export const COMMAND_SCHEMAS = {
  'facts-updated': command(
    'facts-updated',
    'Custody facts became known or changed (convictions, charges, proof of status...). The law is asked again.',
    { facts: CustodyFactsSchema },
  ),
  'release-eligible': command(
    'release-eligible',
    'The person became eligible for release (recorded once, while pending). The law is asked again with the release time; where the decision complies with the hold, the hold starts and runs to its lawful deadline.',
    { at: At('when the person became eligible for release'), reason: Type.Enum(RELEASE_REASONS) },
  ),
  'hold-started': command(
    'hold-started',
    'The person is held on the detainer (normally recorded by itself on release eligibility).',
    { at: OptionalAt('when the hold started') },
  ),
  'notice-served': command(
    'notice-served',
    'A notice was served on the person. The PDF is rendered, stored, and served at the notice URL in the view.',
    {
      notice: Type.Enum(NOTICE_KINDS),
      language: Type.Enum(NOTICE_LANGUAGES),
      dutyId: Type.Optional(Line({ maxLength: 128, description: 'the duty of the decision this notice fulfils' })),
    },
  ),
  'federal-notified': command(
    'federal-notified',
    'ICE was notified (only where the decision in force complies with notification).',
    { at: OptionalAt('when ICE was notified') },
  ),
  transferred: command(
    'transferred',
    'The person was transferred to ICE (only where the decision in force complies with transfer). Closes the detainer.',
    { at: OptionalAt('when the person was transferred') },
  ),
  released: command('released', 'The person was released. Closes the detainer.', {
    at: OptionalAt('when the person was released'),
  }),
  lifted: command(
    'lifted',
    'ICE withdrew the detainer. A person not yet eligible for release closes it; a held person becomes release-due.',
    { at: OptionalAt('when ICE withdrew it'), reason: Reason },
  ),
  cancelled: command('cancelled', 'The request was entered in error (only while pending). Closes the detainer.', {
    reason: Reason,
  }),
  'decision-overridden': command(
    'decision-overridden',
    'A supervisor decides an action the law leaves permitted (never one it requires or forbids: 409 DETAINER.OVERRIDE_NOT_PERMITTED).',
    { action: Type.Enum(ACTIONS), decision: Type.Enum(['comply', 'decline']), reason: Reason },
  ),
  corrected: command(
    'corrected',
    'Corrects an earlier event (a new event: nothing is edited). Corrections of facts or release eligibility ask the law again and may move the hold deadline.',
    {
      corrects: Type.Integer({ minimum: 1, maximum: MAX_VERSION, description: 'the version of the event to correct' }),
      reason: Reason,
      replacement: ReplacementSchema,
    },
  ),
} as const satisfies Record<DetainerCommandType, unknown>;

/** The body of `POST /detainers/:id/events`: one of the commands (documentation; parseDetainerCommand checks it). */
export const DetainerCommandSchema = Type.Union(Object.values(COMMAND_SCHEMAS), {
  description: 'one command: its type, the version you last read, and the fields of that type (no others)',
});
