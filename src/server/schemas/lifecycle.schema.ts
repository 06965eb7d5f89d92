import { Type, type Static, type TSchema } from 'typebox';
import type { Alarm } from '../../core/lifecycle/alarms.js';
import type { DetainerViewJson } from '../../core/lifecycle/detainer-presenter.js';
import {
  DETAINER_EVENT_TYPES,
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  RELEASE_REASONS,
} from '../../core/lifecycle/detainer-event.js';
import { ACTIONS, DUTY_DUE, LEVELS, MODALITIES } from '../../core/policy/policy.types.js';
import { IDENTITY_CHOICES, IDENTITY_FIELDS } from '../../core/request/identity.js';
import { Instant, Uuid } from './common.schema.js';
import { DetainerFields, DetainerStatusDto } from './detainer.schema.js';
import { CitationDto, DecisionDto, EvaluationInputDto } from './policy.schema.js';

/**
 * Schemas of the detainer lifecycle: the commands a desk records (`POST /detainers/:id/events`),
 * the detainer view, and alarms. The view mirrors the core's JSON (detainer-presenter.ts) exactly,
 * checked at the bottom of this file.
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Decided = Type.Union([Type.Literal('comply'), Type.Literal('decline')]);
const Action = Type.Enum(ACTIONS);

// ---------------------------------------------------------------------------------------------
// Commands

const ExpectedVersion = Type.Integer({
  minimum: 1,
  description: 'the version of the detainer you last read; a newer version answers 409 DETAINER.VERSION_CONFLICT',
});
const At = (what: string) =>
  Type.String({ format: 'date-time', description: `${what}: ISO 8601 with an offset, not in the future` });
const OptionalAt = (what: string) =>
  Type.Optional(Type.String({ format: 'date-time', description: `${what}: ISO 8601 with an offset; now when absent` }));
const Reason = Type.String({ minLength: 1, maxLength: 2000, description: 'why, in words (kept in the record)' });

const subjectFacts = EvaluationInputDto.properties.subject;

/** Facts as the `evaluate` contract's `subject` takes them, plus when release is expected. */
export const CustodyFactsDto = Type.Object(
  {
    ...subjectFacts.properties,
    expectedReleaseAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'when the person is expected to become eligible for release' }),
    ),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    description: 'each fact given replaces the one recorded before; the law is asked again',
  },
);

const command = <P extends Record<string, TSchema>>(type: string, description: string, properties: P) =>
  Type.Object(
    { type: Type.Literal(type), expectedVersion: ExpectedVersion, ...properties },
    { additionalProperties: false, title: type, description },
  );

export const DetainerEventBody = Type.Union(
  [
    command(
      'facts-updated',
      'Custody facts became known or changed (convictions, charges, proof of status...). The law is asked again.',
      {
        facts: CustodyFactsDto,
      },
    ),
    command(
      'release-eligible',
      'The person became eligible for release (recorded once, while pending). The law is asked again with the release time; where the decision complies with the hold, the hold starts and runs to its lawful deadline.',
      { at: At('when the person became eligible for release'), reason: Type.Enum(RELEASE_REASONS) },
    ),
    command(
      'hold-started',
      'The person is held on the detainer (normally recorded by itself on release eligibility).',
      {
        at: OptionalAt('when the hold started'),
      },
    ),
    command(
      'notice-served',
      'A notice was served on the person. The PDF is rendered, stored, and served at the notice URL in the view.',
      {
        notice: Type.Enum(NOTICE_KINDS),
        language: Type.Enum(NOTICE_LANGUAGES),
        dutyId: Type.Optional(
          Type.String({ maxLength: 128, description: 'the duty of the decision this notice fulfils' }),
        ),
      },
    ),
    command('federal-notified', 'ICE was notified (only where the decision in force complies with notification).', {
      at: OptionalAt('when ICE was notified'),
    }),
    command(
      'transferred',
      'The person was transferred to ICE (only where the decision in force complies with transfer). Closes the detainer.',
      {
        at: OptionalAt('when the person was transferred'),
      },
    ),
    command('released', 'The person was released. Closes the detainer.', {
      at: OptionalAt('when the person was released'),
    }),
    command(
      'lifted',
      'ICE withdrew the detainer. A person not yet eligible for release closes it; a held person becomes release-due.',
      {
        at: OptionalAt('when ICE withdrew it'),
        reason: Reason,
      },
    ),
    command('cancelled', 'The request was entered in error (only while pending). Closes the detainer.', {
      reason: Reason,
    }),
    command(
      'decision-overridden',
      'A supervisor decides an action the law leaves permitted (never one it requires or forbids: 409 DETAINER.OVERRIDE_NOT_PERMITTED).',
      { action: Action, decision: Decided, reason: Reason },
    ),
    command(
      'corrected',
      'Corrects an earlier event (a new event: nothing is edited). Corrections of facts or release eligibility ask the law again and may move the hold deadline.',
      {
        corrects: Type.Integer({ minimum: 1, description: 'the version of the event to correct' }),
        reason: Reason,
        replacement: Type.Record(Type.String(), Type.Unknown(), {
          description:
            'the fields to replace: facts (facts-updated); at, reason (release-eligible, lifted); at (federal-notified, transferred, released); servedAt (notice-served)',
        }),
      },
    ),
  ],
  { description: 'one command: its type, the version you last read, and the fields of that type (no others)' },
);
export type DetainerEventBody = Static<typeof DetainerEventBody>;

// ---------------------------------------------------------------------------------------------
// The view

const AlarmFields = {
  kind: Type.Union([
    Type.Literal('hold-past-deadline'),
    Type.Literal('release-due'),
    Type.Literal('hold-ending-soon'),
    Type.Literal('duty-overdue'),
    Type.Literal('decision-blocked'),
  ]),
  severity: Type.Union([Type.Literal('critical'), Type.Literal('warning')]),
  detainerId: Uuid,
  at: Nullable(Type.String({ description: 'the deadline or due time the alarm is about' })),
  message: Type.String(),
};
export const AlarmDto = Type.Object(AlarmFields);
export type AlarmDto = Static<typeof AlarmDto>;

export const AlarmListDto = Type.Object({
  alarms: Type.Array(AlarmDto, { description: 'most urgent first: critical before warning, then the earliest time' }),
});
export type AlarmListDto = Static<typeof AlarmListDto>;

const ActionDecisionDto = Type.Object({
  requested: Type.Boolean(),
  modality: Nullable(Type.Enum(MODALITIES)),
  decision: Nullable(Decided),
  effective: Nullable(Decided),
  overridden: Nullable(Type.Object({ decision: Decided, reason: Type.String() })),
});

const AppliedRuleDto = Type.Object({
  rule: Type.String(),
  version: Type.String(),
  title: Type.Optional(Type.String()),
  level: Type.Optional(Type.Enum(LEVELS)),
  citations: Type.Optional(Type.Array(CitationDto)),
});

const DecisionViewDto = Type.Object({
  id: Uuid,
  asOf: Instant,
  actions: Type.Object({ hold: ActionDecisionDto, notify: ActionDecisionDto, transfer: ActionDecisionDto }),
  holdUntil: Nullable(Type.String()),
  applied: Type.Array(AppliedRuleDto),
  trace: Nullable(DecisionDto.properties.trace),
  error: Nullable(Type.Object({ kind: Type.String(), message: Type.String(), fact: Type.Optional(Type.String()) })),
});

const DutyStatus = Type.Union([Type.Literal('open'), Type.Literal('served'), Type.Literal('overdue')]);

const IdentityFieldDto = Type.Enum(IDENTITY_FIELDS);
const IdentityChoiceDto = Type.Enum(IDENTITY_CHOICES, {
  description:
    'keep-on-file: the record on file is right; use-submitted: the submitted details replace the differing fields ' +
    'on file; separate-person: the request concerns another person, recorded under their own reference',
});

export const IdentityConflictDto = Type.Object(
  {
    fields: Type.Array(
      Type.Object({ field: IdentityFieldDto, onFile: Nullable(Type.String()), submitted: Nullable(Type.String()) }),
    ),
    detectedAt: Instant,
    resolution: Nullable(Type.Object({ choice: IdentityChoiceDto, at: Instant, by: Type.String() })),
  },
  {
    description:
      'The subject this request submitted differs from the record on file under the same reference: the fields ' +
      'that differ with both values. Only for roles that may read personal data (null for a submitter).',
  },
);

export const IdentityResolutionBody = Type.Object(
  {
    choice: IdentityChoiceDto,
    reason: Type.String({ minLength: 1, maxLength: 500, description: 'why, in words (kept in the event log)' }),
    reference: Type.Optional(
      Nullable(
        Type.String({
          minLength: 1,
          maxLength: 64,
          description: "separate-person only: the other person's own reference, e.g. booking number",
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const IdentityConflictPageDto = Type.Object({
  items: Type.Array(
    Type.Object({
      detainerId: Uuid,
      subjectId: Uuid,
      reference: Type.String(),
      fields: Type.Array(IdentityFieldDto),
      detectedAt: Instant,
    }),
  ),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  offset: Type.Integer({ minimum: 0 }),
});

export const IdentityConflictQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

export const DetainerViewDto = Type.Object(
  {
    ...DetainerFields,
    subject: Type.Object({
      id: Uuid,
      reference: Type.String(),
      fullName: Nullable(Type.String()),
      birthDate: Nullable(Type.String()),
      aNumber: Nullable(Type.String()),
    }),
    identityConflict: Nullable(IdentityConflictDto),
    status: DetainerStatusDto,
    version: Type.Integer({ minimum: 1, description: 'send it as expectedVersion when recording the next event' }),
    decision: Nullable(DecisionViewDto),
    deadlines: Type.Object({
      hold: Nullable(Type.String()),
      releaseEligibleAt: Nullable(Type.String()),
      expectedReleaseAt: Nullable(Type.String()),
      duties: Type.Array(
        Type.Object({
          id: Type.String(),
          due: Type.String(),
          status: Type.Union([Type.Literal('open'), Type.Literal('overdue')]),
        }),
      ),
    }),
    duties: Type.Array(
      Type.Object({
        id: Type.String(),
        text: Type.String(),
        due: Nullable(Type.String()),
        dueWhen: Type.Enum(DUTY_DUE),
        status: DutyStatus,
        noticeId: Nullable(Type.String()),
        noticeUrl: Nullable(Type.String()),
      }),
    ),
    notices: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.Enum(NOTICE_KINDS),
        language: Type.Enum(NOTICE_LANGUAGES),
        dutyId: Nullable(Type.String()),
        servedAt: Type.String(),
        url: Type.String(),
      }),
    ),
    alarms: Type.Array(AlarmDto),
    events: Type.Array(
      Type.Object({
        version: Type.Integer({ minimum: 1 }),
        type: Type.Enum(DETAINER_EVENT_TYPES),
        payload: Type.Record(Type.String(), Type.Unknown()),
        recordedAt: Instant,
        actor: Type.String({ description: 'a user id, or "system"' }),
      }),
    ),
  },
  {
    description:
      'One detainer with personal data, its status, the decision in force (with the rules applied and their citations, and the trace), deadlines, duties, notices, alarms and history. Reading it is recorded.',
  },
);
export type DetainerViewDto = Static<typeof DetainerViewDto>;

export const NoticeParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  noticeId: Type.String({ maxLength: 64 }),
});

// ---------------------------------------------------------------------------------------------
// The schemas must describe the core's JSON exactly: a field the schema lacks would be dropped
// silently when the answer is serialised. These fail to compile when the two drift apart.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _LifecycleSchemasMatchTheCore = [
  Assert<Same<DetainerViewDto, DetainerViewJson>>,
  Assert<Same<AlarmDto, { -readonly [K in keyof Alarm]: Alarm[K] }>>,
];
