/**
 * The API's answer shapes as TypeScript types, derived from the same schemas that validate and
 * document the routes. The web app imports these (type-only), so client and server cannot drift.
 */
export type { MeDto, SessionStateDto } from './auth.schema.js';
export type {
  AccountDto,
  AccountListDto,
  SecurityEventDto,
  SecurityEventPageDto,
  SessionDto,
  SessionListDto,
} from './account.schema.js';
export type { EnrolmentDto, RecoveryCodesDto } from './second-factor.schema.js';
export type { TokenDto, TokenListDto } from './token.schema.js';
export type { DetainerDto, DetainerPageDto, DetainerSummaryDto, NewDetainerBody } from './detainer.schema.js';
export type {
  AlarmDto,
  AlarmListDto,
  DetainerEventBody,
  DetainerViewDto,
  NoticePreviewDto,
} from './lifecycle.schema.js';
export type { IntakeReportDto } from './intake.schema.js';
export type { FormEditionDto, IntakeFormDto } from './intake-form.schema.js';
export type { DetainerStatus } from '../../core/lifecycle/detainer-status.js';
export type {
  CountyDto,
  CountyListDto,
  CountyWithStateDto,
  StateDto,
  StateListDto,
  StateWithCountiesDto,
} from './place.schema.js';
export type {
  DecisionDto,
  EvaluationErrorDto,
  EvaluationInputDto,
  PlaceRulesDto,
  PolicyCaseDto,
  RuleDetailDto,
  RuleInForceDto,
  RuleListDto,
  RuleSummaryDto,
  VersionDto,
} from './policy.schema.js';
export type { AgencyKind } from '../../core/agency/agency.js';
export type { DutyDue, Level, SourceKind } from '../../core/policy/policy.types.js';
export type { DetainerForm, RequestedAction, WarrantKind } from '../../core/request/detainer-request.js';
export type { Role } from '../../core/auth/roles.js';
export type { StateKind as PlaceKind } from '../../core/place/place.js';

export interface ErrorEnvelopeDto {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details: Record<string, unknown>;
    readonly requestId: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Request bodies and queries, and answers whose schema has no named type yet: each is the Static<>
// of the schema the route validates with, so the web app's calls cannot drift from the server.

import type { Static } from 'typebox';
import type { SignInBody } from './auth.schema.js';
import type { DetainerListQuery } from './detainer.schema.js';
import type { IdentityConflictPageDto, IdentityConflictQuery, IdentityResolutionBody } from './lifecycle.schema.js';
import type { EvaluateAnswer, EvaluateBody, PlaceRulesQuery, PolicyListQuery } from './policy.schema.js';
import type { ConfirmBody, DisableBody, EnrolBody, ResetDto } from './second-factor.schema.js';
import type { NewTokenDto, TokenListQuery } from './token.schema.js';
import type { RevokedDto } from './account.schema.js';
import type { AccountChangeSchema, NewAccountSchema, PasswordSchema } from '../../core/auth/account.schema.js';
import type { NewApiTokenSchema } from '../../core/auth/api-token.schema.js';
import type { SecurityEventQuerySchema } from '../../core/auth/security-event.schema.js';
import type { COMMAND_SCHEMAS } from '../../core/lifecycle/detainer-command.schema.js';

export type SignInBodyDto = Static<typeof SignInBody>;
export type EnrolBodyDto = Static<typeof EnrolBody>;
export type ConfirmBodyDto = Static<typeof ConfirmBody>;
export type DisableSecondFactorBodyDto = Static<typeof DisableBody>;
export type SecondFactorResetDto = Static<typeof ResetDto>;
export type DetainerListQueryDto = Static<typeof DetainerListQuery>;
export type IdentityConflictListDto = Static<typeof IdentityConflictPageDto>;
export type IdentityConflictQueryDto = Static<typeof IdentityConflictQuery>;
export type IdentityResolutionBodyDto = Static<typeof IdentityResolutionBody>;
export type EvaluateBodyDto = Static<typeof EvaluateBody>;
export type EvaluateAnswerDto = Static<typeof EvaluateAnswer>;
export type PlaceRulesQueryDto = Static<typeof PlaceRulesQuery>;
export type PolicyListQueryDto = Static<typeof PolicyListQuery>;
export type NewTokenBodyDto = Static<typeof NewApiTokenSchema>;
export type CreatedTokenDto = Static<typeof NewTokenDto>;
export type TokenListQueryDto = Static<typeof TokenListQuery>;
export type RevokedSessionsDto = Static<typeof RevokedDto>;
export type NewAccountBodyDto = Static<typeof NewAccountSchema>;
export type AccountChangeBodyDto = Static<typeof AccountChangeSchema>;
export type PasswordBodyDto = Static<typeof PasswordSchema>;
export type SecurityEventQueryDto = Static<typeof SecurityEventQuerySchema>;

/**
 * The body of POST /detainers/:id/events: one command, discriminated by `type`. Derived per
 * command schema (Static<> of the route's documented union, built from Object.values, is `never`).
 */
export type DetainerCommandBodyDto = {
  [K in keyof typeof COMMAND_SCHEMAS]: Static<(typeof COMMAND_SCHEMAS)[K]>;
}[keyof typeof COMMAND_SCHEMAS];

// --- audit page (issue 11, audit and admin screens) ---
import type { PersonalDataReadQuery } from './audit.schema.js';
export type { AuditChainDto, PersonalDataReadPageDto } from './audit.schema.js';
export type PersonalDataReadQueryDto = Static<typeof PersonalDataReadQuery>;

// --- map-api (issue 12): the law map and panel ---
export type { LawMapDto, LawMapEntryDto, LawMapQueryDto, LawPanelQueryDto } from './law-map.schema.js';
export type { MapModality } from '../../core/law-map/law-map.js';
export type { Profile as MapProfile } from '../../core/law-map/profiles.js';
// --- place pages (issue 12, place slice): the plain-language summary and ICE's numbers ---
import type { DetainerStatsQuerySchema } from '../../core/research/stats-query.schema.js';
import type { DetainerStatsResponse, ReleaseDto } from './stats.schema.js';
export type { PlaceSummaryDto } from './place-summary.schema.js';
export type DetainerStatsDto = Static<typeof DetainerStatsResponse>;
export type DetainerStatsQueryDto = Static<typeof DetainerStatsQuerySchema>;
export type ResearchReleaseDto = Static<typeof ReleaseDto>;
// compare (issue 12, point 5): the panel's periods for the places compared.
export type { LawPanelDto, PanelPeriodDto } from './law-map.schema.js';
// --- explorer (issue 12): the data explorer's releases with their time coverage ---
import type { ReleaseListResponse, ReleaseOverlapDto } from './stats.schema.js';
export type ReleaseListDto = Static<typeof ReleaseListResponse>;
export type ReleaseOverlapInfoDto = Static<typeof ReleaseOverlapDto>;
