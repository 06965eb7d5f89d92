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
import type { COMMAND_SCHEMAS } from '../../core/lifecycle/detainer-command.schema.js';
import { CustodyFactsSchema, DetainerCommandSchema } from '../../core/lifecycle/detainer-command.schema.js';
import type { DetainerCommandType } from '../../core/lifecycle/detainer-command.js';
import { Line } from '../../core/shared/input-types.js';
import { IDENTITY_CHOICES, IDENTITY_FIELDS } from '../../core/request/identity.js';
import { ScannedDocumentSchema } from '../../core/request/scanned-document.schema.js';
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
/**
 * One command's body, per type (the union schema is built from Object.values, whose Static type
 * TypeScript cannot narrow: it came out as `never`).
 */
export type DetainerEventBody = {
  [K in keyof typeof COMMAND_SCHEMAS]: Static<(typeof COMMAND_SCHEMAS)[K]>;
}[keyof typeof COMMAND_SCHEMAS];

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
  message: Type.String({
    description:
      'in English, for the CLI and API clients; a client in another language words it from kind, duty and blocked',
  }),
  duty: Type.Union(
    [
      Type.Object({
        id: Type.String(),
        text: Type.String({ description: 'the duty as the law states it (English)' }),
        textEs: Nullable(Type.String({ description: "the library's unofficial Spanish translation, or null" })),
      }),
      Type.Null(),
    ],
    { description: 'duty-overdue: the overdue duty; null for the other kinds' },
  ),
  blocked: Type.Union(
    [
      Type.Object({
        code: Type.String({
          description: "the law engine's error (MissingFact, ConflictingRules, UnknownForm, UnknownPlace…)",
        }),
        fact: Nullable(Type.String({ description: 'MissingFact: the missing fact; null otherwise' })),
      }),
      Type.Null(),
    ],
    { description: 'decision-blocked: why the law could not decide; null for the other kinds' },
  ),
};
export const AlarmDto = Type.Object(AlarmFields);
export type AlarmDto = Static<typeof AlarmDto>;

export const AlarmListDto = Type.Object({
  alarms: Type.Array(AlarmDto, {
    description:
      'one page, most urgent first: critical before warning, then the earliest time (none last), then the detainer id',
  }),
  total: Type.Integer({ minimum: 0, description: 'how many alarms the agency has now, on every page' }),
  limit: Type.Integer(),
  offset: Type.Integer(),
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
  titleEs: Type.Optional(
    Type.Union([Type.String(), Type.Null()], {
      description:
        "the law library's unofficial Spanish translation of the title, while its English is the title shown; else null",
    }),
  ),
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

const Offer = <T extends DetainerCommandType, P extends Record<string, TSchema>>(
  type: T,
  description: string,
  properties: P,
) => Type.Object({ type: Type.Literal(type), ...properties }, { title: type, description });

/** A command the caller may record now, with what it needs (the core's CommandOffer). */
export const CommandOfferDto = Type.Union(
  [
    Offer('facts-updated', 'custody facts may be recorded (the law is asked again)', {}),
    Offer('release-eligible', 'release eligibility may be recorded (once, while pending): at and one of reasons', {
      reasons: Type.Array(Type.Enum(RELEASE_REASONS)),
    }),
    Offer('hold-started', 'a hold may be started by hand; it runs to deadline', { deadline: Type.String() }),
    Offer(
      'notice-served',
      'a notice may be served: one of notices in one of the languages its policy file declares; naming a duty (dutyId) needs the notice that discharges it',
      {
        notices: Type.Array(Type.Enum(NOTICE_KINDS)),
        languages: Type.Array(Type.Enum(NOTICE_LANGUAGES), {
          description: 'every language some due notice is declared in (each duty lists its own)',
        }),
        duties: Type.Array(
          Type.Object({
            dutyId: Type.String(),
            notice: Type.Enum(NOTICE_KINDS),
            languages: Type.Array(Type.Enum(NOTICE_LANGUAGES), {
              description: "the languages the duty's policy file declares its notice in",
            }),
            served: Type.Boolean(),
          }),
          { description: 'the duties of the decision in force that a notice of this desk discharges' },
        ),
      },
    ),
    Offer('federal-notified', 'the decision in force complies with notification', {}),
    Offer('transferred', 'the decision in force complies with transfer', {}),
    Offer('released', 'the release may be recorded', {}),
    Offer('lifted', "ICE's withdrawal may be recorded (a reason is required)", {}),
    Offer('cancelled', 'the request may be cancelled as entered in error (a reason is required)', {}),
    Offer(
      'decision-overridden',
      'supervisors only: the actions the law leaves permitted, with the decision in force; a reason is required',
      {
        actions: Type.Array(Type.Object({ action: Type.Enum(ACTIONS), effective: Nullable(Decided) })),
      },
    ),
    Offer('corrected', 'the events that can be corrected (corrects: version) and the fields each may replace', {
      events: Type.Array(
        Type.Object({
          version: Type.Integer({ minimum: 1 }),
          type: Type.Enum(DETAINER_EVENT_TYPES),
          fields: Type.Array(Type.String()),
        }),
      ),
    }),
  ],
  {
    description:
      'A command the caller may record now (POST /detainers/:id/events), with what it needs. Computed from the same rules that command enforces.',
  },
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
    document: Type.Union([ScannedDocumentSchema, Type.Null()], {
      description: 'the scanned request by its SHA-256 (the file itself is not kept); null when none was recorded',
    }),
    identityConflict: Nullable(IdentityConflictDto),
    status: DetainerStatusDto,
    version: Type.Integer({ minimum: 1, description: 'send it as expectedVersion when recording the next event' }),
    decision: Nullable(DecisionViewDto),
    deadlines: Type.Object({
      hold: Nullable(Type.String()),
      excludedDays: Type.Array(
        Type.Object({
          date: Type.String({ description: 'a local date (YYYY-MM-DD) in the agency’s zone' }),
          reason: Type.Union([Type.Literal('weekend'), Type.Literal('holiday')]),
          name: Type.Optional(Type.String({ description: 'the holiday’s name, as the calendar has it' })),
        }),
        {
          description:
            'the days the hold deadline skips (8 CFR 287.7(d): Saturdays, Sundays and holidays), for a business-day clock; empty for a flat 48 hours',
        },
      ),
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
        textEs: Nullable(
          Type.String({
            description: "an unofficial Spanish translation of the duty's text (from the law library), or null",
          }),
        ),
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
        url: Type.String({ description: 'the PDF as served (a download)' }),
        previewUrl: Type.String({ description: "the notice's text in its language, to show in the page" }),
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
    commands: Type.Array(CommandOfferDto, {
      description:
        'the commands the caller may record now, in the order of the command list; empty for auditors and federal liaisons',
    }),
  },
  {
    description:
      'One detainer with personal data, its status, the decision in force (with the rules applied and their citations, and the trace), deadlines, duties, notices, alarms and history. Reading it is recorded.',
  },
);
export type DetainerViewDto = Static<typeof DetainerViewDto>;

const Text = Type.String();
const NoticeBlockDto = Type.Union(
  [
    Type.Object({ kind: Type.Literal('banner'), text: Text }, { description: 'a synthetic (demo) notice' }),
    Type.Object(
      { kind: Type.Literal('fields'), fields: Type.Array(Type.Object({ label: Text, value: Text })) },
      { description: 'labels with their values (who, which request, when)' },
    ),
    Type.Object({ kind: Type.Literal('paragraph'), text: Text, strong: Type.Boolean() }),
    Type.Object({ kind: Type.Literal('callout'), text: Text }, { description: 'the sentence the notice exists for' }),
    Type.Object({ kind: Type.Literal('heading'), text: Text }),
    Type.Object({
      kind: Type.Literal('table'),
      head: Type.Tuple([Text, Text]),
      rows: Type.Array(Type.Tuple([Text, Text])),
    }),
    Type.Object({ kind: Type.Literal('citations'), items: Type.Array(Type.Object({ title: Text, href: Text })) }),
  ],
  { description: 'one block of the notice, in the order the PDF prints it' },
);

export const NoticePreviewDto = Type.Object(
  {
    id: Uuid,
    kind: Type.Enum(NOTICE_KINDS),
    language: Type.Enum(NOTICE_LANGUAGES),
    locale: Type.String({ description: "BCP 47 tag of the text, for the page's lang attribute (en-US, es-US)" }),
    servedAt: Instant,
    pdfUrl: Type.String({ description: 'the PDF as served (a download)' }),
    agencyName: Text,
    facilityName: Nullable(Text),
    title: Text,
    subtitle: Text,
    blocks: Type.Array(NoticeBlockDto),
    text: Type.String({ description: 'the whole notice as plain text, blocks separated by a blank line' }),
  },
  {
    description:
      'A served notice as it reads, in its language: the same words as its PDF, rendered from what was put into the PDF when it was served. It names the person; reading it is recorded.',
  },
);
export type NoticePreviewDto = Static<typeof NoticePreviewDto>;

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
