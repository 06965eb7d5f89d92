import { Type, type Static, type TSchema } from 'typebox';
import { AGENCY_KINDS } from '../../core/agency/agency.js';
import { HOLD_WINDOW_KINDS } from '../../core/clock/hold-window.js';
import type { Decision } from '../../core/policy/decision.types.js';
import type { EvaluatedDecision } from '../../core/policy/duty-spanish.js';
import type { PlaceRules, RuleDetail, RuleSummary } from '../../core/policy/policy-catalogue.js';
import {
  ACTIONS,
  DUTY_DUE,
  LEVELS,
  MODALITIES,
  NOTICE_KINDS,
  NOTICE_LANGUAGES,
  SOURCE_KINDS,
} from '../../core/policy/policy.types.js';
import { EvaluationInputSchema, MAX_EVALUATION_BATCH } from '../../core/policy/evaluation-input.schema.js';
import { HISTORY_YEARS, LocalDate as LocalDateIn } from '../../core/shared/input-types.js';
import { ERROR_CODES } from '../errors/error-codes.js';

/**
 * Schemas of the law library and `evaluate` routes. They mirror the core's types exactly (checked
 * at the bottom of this file), so that serialising an answer never drops a field.
 */

const List = <T extends TSchema>(item: T, options: Record<string, unknown> = {}) =>
  Type.Immutable(Type.Array(item, options));
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'local date, YYYY-MM-DD' });
const Level = Type.Enum(LEVELS, { description: 'level of law, most senior first in this list' });
const Action = Type.Enum(ACTIONS);
const Modality = Type.Enum(MODALITIES);
const Decided = Type.Union([Type.Literal('comply'), Type.Literal('decline')]);
const AgencyKind = Type.Enum(AGENCY_KINDS);
const Params = Type.Record(Type.String(), Type.Unknown(), { description: 'the formula parameters, as written' });

export const CitationDto = Type.Object({ title: Type.String(), href: Type.String() });

const RulePlaceDto = Type.Union([
  Type.Object({ kind: Type.Literal('federal') }),
  Type.Object({ kind: Type.Literal('state'), state: Type.String() }),
  Type.Object({ kind: Type.Literal('counties'), state: Type.String(), counties: List(Type.String()) }),
]);

/** The notice a policy file declares on a duty (`notice` in YAML): its kind and languages. */
const DutyNoticeDto = Nullable(
  Type.Object(
    { kind: Type.Enum(NOTICE_KINDS), languages: List(Type.Enum(NOTICE_LANGUAGES)) },
    { description: 'the written notice that discharges the duty, as its policy file declares it (null: none)' },
  ),
);

const DutyDefinitionDto = Type.Object({
  id: Type.String(),
  text: Type.String(),
  textEs: Nullable(Type.String({ description: 'an unofficial Spanish translation of the text, or null' })),
  when: Type.Union([
    Type.Object({ kind: Type.Literal('always') }),
    Type.Object({ kind: Type.Literal('decision'), action: Nullable(Action), decision: Decided }),
  ]),
  due: Type.Enum(DUTY_DUE),
  notice: DutyNoticeDto,
});

export const VersionDto = Type.Object({
  effectiveFrom: LocalDate,
  until: Nullable(LocalDate),
  repealed: Type.Boolean(),
  formula: Nullable(Type.String()),
  formulaSummary: Nullable(Type.String()),
  params: Params,
  duties: List(DutyDefinitionDto),
  holdCapHours: Nullable(Type.Number()),
  note: Nullable(Type.String()),
});
export type VersionDto = Static<typeof VersionDto>;

const SourceFields = {
  file: Type.String({ description: 'path of the policy file under policies/' }),
  title: Type.String(),
  kind: Type.Enum(SOURCE_KINDS),
  href: Type.String(),
  reviewed: Nullable(
    Type.String({
      description: 'the day the file was last checked against its sources (YYYY-MM-DD), or null when it never was',
    }),
  ),
  unconfirmed: List(Type.String(), { description: 'one line per point the research left unsettled' }),
};

const RuleFields = {
  id: Type.String(),
  title: Type.String(),
  titleEs: Nullable(Type.String({ description: 'an unofficial Spanish translation of the title, or null' })),
  summaryEs: Nullable(
    Type.String({
      description:
        "an unofficial Spanish translation of what the rule's formula decides (the versions' formulaSummary), or null",
    }),
  ),
  level: Level,
  place: RulePlaceDto,
  agencyKinds: Nullable(List(AgencyKind)),
  citations: List(CitationDto),
  source: Type.Object(SourceFields),
  versions: List(VersionDto, { description: 'every version, oldest first' }),
};

export const RuleSummaryDto = Type.Object({
  ...RuleFields,
  current: Type.Optional(
    Type.Object(
      {
        localDate: LocalDate,
        status: Type.Union([Type.Literal('in-force'), Type.Literal('repealed'), Type.Literal('not-yet-in-force')]),
        version: Nullable(LocalDate),
      },
      { description: "where the rule stands today, in its own place's calendar" },
    ),
  ),
});
export type RuleSummaryDto = Static<typeof RuleSummaryDto>;

const ExpectedActionDto = Type.Object({
  modality: Nullable(Modality),
  decision: Type.Optional(Decided),
  until: Type.Optional(Nullable(Type.String())),
});

const CaseExpectDto = Type.Union([
  Type.Object({
    kind: Type.Literal('decision'),
    actions: Type.Object({
      hold: Type.Optional(ExpectedActionDto),
      notify: Type.Optional(ExpectedActionDto),
      transfer: Type.Optional(ExpectedActionDto),
    }),
    duties: Type.Optional(List(Type.String())),
    applied: Type.Optional(List(Type.String())),
    notApplied: Type.Optional(List(Type.String())),
  }),
  Type.Object({
    kind: Type.Literal('error'),
    error: Type.Union([
      Type.Literal('ConflictingRules'),
      Type.Literal('MissingFact'),
      Type.Literal('UnknownForm'),
      Type.Literal('UnknownPlace'),
      Type.Literal('InvalidInput'),
      Type.Literal('InvalidPolicy'),
    ]),
    rules: Type.Optional(List(Type.String())),
    duties: Type.Optional(
      List(Type.String(), { description: 'MissingFact: the duties owed while the fact is missing' }),
    ),
    waiting: Type.Optional(
      List(Type.String(), { description: 'MissingFact: the duties waiting for the missing fact' }),
    ),
  }),
]);

export const PolicyCaseDto = Type.Object({
  file: Type.String(),
  line: Nullable(Type.Integer()),
  sentence: Type.String(),
  asOf: Type.String({ description: "the decision instant, in the case place's zone" }),
  place: Type.Object({ state: Type.String(), countyFips: Nullable(Type.String()) }),
  agencyKind: AgencyKind,
  expect: CaseExpectDto,
  mentions: Type.Boolean({ description: 'the case names the rule (applied, notApplied or an expected error)' }),
});
export type PolicyCaseDto = Static<typeof PolicyCaseDto>;

export const RuleDetailDto = Type.Object({
  ...RuleFields,
  source: Type.Object({
    ...SourceFields,
    notes: Type.String({ description: 'what the research could not confirm, and what was left out' }),
  }),
  cases: List(PolicyCaseDto),
});
export type RuleDetailDto = Static<typeof RuleDetailDto>;

export const RuleInForceDto = Type.Object({ ...RuleFields, inForce: VersionDto });
export type RuleInForceDto = Static<typeof RuleInForceDto>;

export const PlaceRulesDto = Type.Object({
  place: Type.Object({ state: Type.String(), countyFips: Nullable(Type.String()), timeZone: Type.String() }),
  at: LocalDate,
  rules: List(RuleInForceDto, { description: 'most senior first' }),
  reviewedThrough: Nullable(
    Type.String({
      description:
        'up to when the law library is known to be current (the earliest review date of its files); for a later `at`, the rules are the last known',
    }),
  ),
});
export type PlaceRulesDto = Static<typeof PlaceRulesDto>;

export const RuleListDto = Type.Object({ rules: List(RuleSummaryDto) });
export type RuleListDto = Static<typeof RuleListDto>;

export const PolicyListQuery = Type.Object(
  { state: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'only the rules that reach it' })) },
  { additionalProperties: false },
);

export const PlaceRulesQuery = Type.Object(
  {
    at: Type.Optional(LocalDateIn(HISTORY_YEARS, "local date of the place; today in the place's zone when absent")),
  },
  { additionalProperties: false },
);

// ---------------------------------------------------------------------------------------------
// evaluate: the contract's input (documentation; the core parser checks it) and the decision

export const EvaluationInputDto = EvaluationInputSchema;
export type EvaluationInputDto = Static<typeof EvaluationInputDto>;

export const EvaluateBody = Type.Union(
  [EvaluationInputDto, Type.Array(EvaluationInputDto, { maxItems: MAX_EVALUATION_BATCH })],
  {
    description: 'one input, or a list of them decided one by one in the same order',
  },
);

const ActionDecisionDto = Type.Object({
  requested: Type.Boolean(),
  modality: Nullable(Modality),
  decision: Nullable(Decided),
  until: Type.Optional(Nullable(Type.String({ description: 'hold only: the lawful end of the hold' }))),
});

const AppliedRuleDto = Type.Object({
  rule: Type.String(),
  title: Type.String(),
  version: LocalDate,
  level: Level,
  citations: List(CitationDto),
});

const RuleTraceDto = Type.Object({
  rule: Type.String(),
  version: LocalDate,
  level: Level,
  citations: List(CitationDto),
  outcome: Type.Union([Modality, Type.Literal('not-applicable')]),
  reason: Type.String(),
  factsRead: Type.Record(Type.String(), Type.Unknown()),
});

const ActionTraceDto = Type.Object({
  requested: Type.Boolean(),
  rules: List(RuleTraceDto),
  binding: Nullable(Type.Object({ rule: Type.String(), level: Level })),
  modality: Nullable(Modality),
  decision: Nullable(Decided),
  decidedBy: Nullable(Type.Union([Type.Literal('law'), Type.Literal('agency-discretion')])),
});

const HoldWindow = Nullable(Type.Enum(HOLD_WINDOW_KINDS));

const DutyOutputFields = {
  id: Type.String(),
  rule: Type.String(),
  text: Type.String(),
  due: Nullable(Type.String()),
  dueWhen: Type.Enum(DUTY_DUE),
  citations: List(CitationDto),
  notice: DutyNoticeDto,
};

export const DecisionDto = Type.Object(
  {
    actions: Type.Object({ hold: ActionDecisionDto, notify: ActionDecisionDto, transfer: ActionDecisionDto }),
    duties: List(Type.Object(DutyOutputFields)),
    applied: List(AppliedRuleDto),
    trace: Type.Object({
      asOf: Type.String(),
      localDate: LocalDate,
      timeZone: Type.String(),
      place: Type.Object({ state: Type.String(), countyFips: Nullable(Type.String()) }),
      agencyKind: Type.String(),
      form: Type.Object({
        form: Type.String(),
        edition: Type.String(),
        editionFrom: Type.Union([Type.Literal('input'), Type.Literal('in-use-on-date')]),
        asks: List(Action),
        holdWindow: HoldWindow,
      }),
      rulesInForce: List(Type.String()),
      actions: Type.Object({ hold: ActionTraceDto, notify: ActionTraceDto, transfer: ActionTraceDto }),
      hold: Type.Object({
        window: HoldWindow,
        start: Nullable(Type.String()),
        capHours: Nullable(Type.Number()),
        capRule: Nullable(Type.String()),
        until: Nullable(Type.String()),
        calendar: Type.String(),
      }),
    }),
  },
  { description: 'what the law allows for each asked action, the duties it triggers, the rules applied, and how' },
);
export type DecisionDto = Static<typeof DecisionDto>;

/** An item of a batch that could not be decided: the error envelope, without a request id. */
export const EvaluationErrorDto = Type.Object({
  error: Type.Object({
    code: Type.Enum(ERROR_CODES),
    message: Type.String(),
    details: Type.Record(Type.String(), Type.Unknown()),
  }),
});
export type EvaluationErrorDto = Static<typeof EvaluationErrorDto>;

/** A decision as `POST /evaluate` answers it: each duty with the library's unofficial Spanish text. */
export const EvaluatedDecisionDto = Type.Object(
  {
    ...DecisionDto.properties,
    duties: List(
      Type.Object({
        ...DutyOutputFields,
        textEs: Nullable(
          Type.String({ description: "the law library's unofficial Spanish translation of text, or null" }),
        ),
      }),
    ),
    applied: List(
      Type.Object({
        ...AppliedRuleDto.properties,
        titleEs: Nullable(
          Type.String({ description: "the law library's unofficial Spanish translation of the title, or null" }),
        ),
      }),
    ),
  },
  {
    description:
      'what the law allows for each asked action, the duties it triggers (each with its unofficial Spanish), the rules applied, and how',
  },
);
export type EvaluatedDecisionDto = Static<typeof EvaluatedDecisionDto>;

export const EvaluateAnswer = Type.Union(
  [EvaluatedDecisionDto, Type.Array(Type.Union([EvaluatedDecisionDto, EvaluationErrorDto]))],
  {
    description: 'a decision for one input; for a list, a decision or an error in each slot, in the same order',
  },
);

// ---------------------------------------------------------------------------------------------
// The schemas above must describe the core's answers exactly: a field the schema lacks would be
// dropped silently when the answer is serialised. These fail to compile when the two drift apart.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _SchemasMatchTheCore = [
  Assert<Same<DecisionDto, Decision>>,
  Assert<Same<EvaluatedDecisionDto, EvaluatedDecision>>,
  Assert<Same<RuleSummaryDto, RuleSummary>>,
  Assert<Same<RuleDetailDto, RuleDetail>>,
  Assert<Same<PlaceRulesDto, PlaceRules>>,
];
