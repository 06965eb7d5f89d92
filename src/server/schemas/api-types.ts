/**
 * The API's answer shapes as TypeScript types, derived from the same schemas that validate and
 * document the routes. The web app imports these (type-only), so client and server cannot drift.
 */
export type { MeDto } from './auth.schema.js';
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
export type { DetainerDto, DetainerPageDto, DetainerSummaryDto } from './detainer.schema.js';
export type { AlarmDto, AlarmListDto, DetainerEventBody, DetainerViewDto } from './lifecycle.schema.js';
export type { IntakeReportDto } from './intake.schema.js';
export type { DetainerStatus } from '../../core/lifecycle/detainer-status.js';
export type { CountyDto, StateDto } from './place.schema.js';
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
