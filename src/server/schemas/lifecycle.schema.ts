import { Type, type Static, type TSchema } from 'typebox';
import type { Alarm } from '../../core/lifecycle/alarms.js';
import type { DetainerViewJson } from '../../core/lifecycle/detainer-presenter.js';
import { DETAINER_EVENT_TYPES, NOTICE_KINDS, NOTICE_LANGUAGES } from '../../core/lifecycle/detainer-event.js';
import { DUTY_DUE, LEVELS, MODALITIES } from '../../core/policy/policy.types.js';
import { CustodyFactsSchema, DetainerCommandSchema } from '../../core/lifecycle/detainer-command.schema.js';
import { Line } from '../../core/shared/input-types.js';
import { IDENTITY_CHOICES, IDENTITY_FIELDS } from '../../core/request/identity.js';
import { IdentityConflictQuerySchema, IdentityResolutionSchema } from '../../core/request/identity.schema.js';
import { Instant, Uuid } from './common.schema.js';
import { DetainerFields, DetainerStatusDto } from './detainer.schema.js';
import { CitationDto, DecisionDto } from './policy.schema.js';

/**
 * Schemas of the detainer lifecycle: the commands a desk records (`POST /detainers/:id/events`),
 * the detainer view, and alarms. The view mirrors the core's JSON (detainer-presenter.ts) exactly,
 * checked at the bottom of this file.
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Decided = Type.Union([Type.Literal('comply'), Type.Literal('decline')]);

// ---------------------------------------------------------------------------------------------
// Commands

/** The body of POST /detainers/:id/events: the core's command schemas (parseDetainerCommand checks it). */
export const CustodyFactsDto = CustodyFactsSchema;
export const DetainerEventBody = DetainerCommandSchema;
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

const DutyStatus = Type.Union(
  [Type.Literal('open'), Type.Literal('served'), Type.Literal('overdue'), Type.Literal('waiting')],
  {
    description:
      'waiting: the law could not decide yet (a fact is missing) and whether the duty is owed depends on the facts named in waitingFor',
  },
);

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

export const IdentityResolutionBody = IdentityResolutionSchema;

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

export const IdentityConflictQuery = IdentityConflictQuerySchema;

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
        rule: Nullable(Type.String({ description: 'the rule that imposes the duty' })),
        citations: Type.Array(CitationDto),
        waitingFor: Type.Array(Type.String(), {
          description: 'the missing facts a waiting duty depends on (empty for the others)',
        }),
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
  id: Line({ maxLength: 64 }),
  noticeId: Line({ maxLength: 64 }),
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
