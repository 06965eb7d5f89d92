/**
 * Shapes of the API's answers. They are derived on the server from the schemas that validate
 * and document each route (src/server/schemas), and imported here as types only.
 */
export type {
  AgencyKind,
  CountyDto,
  DetainerForm,
  DetainerPageDto,
  DetainerSummaryDto,
  DutyDue,
  EnrolmentDto,
  Level,
  MeDto,
  PlaceKind,
  PlaceRulesDto,
  PolicyCaseDto,
  RecoveryCodesDto,
  RequestedAction,
  Role,
  RuleDetailDto,
  RuleInForceDto,
  SourceKind,
  StateDto,
  VersionDto,
  WarrantKind,
} from '../../../src/server/schemas/api-types';
