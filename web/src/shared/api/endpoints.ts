import type {
  AccountChangeBodyDto,
  AccountDto,
  AccountListDto,
  AlarmListDto,
  CountyListDto,
  CountyWithStateDto,
  CreatedTokenDto,
  DetainerDto,
  DetainerCommandBodyDto,
  DetainerListQueryDto,
  DetainerPageDto,
  DetainerViewDto,
  DisableSecondFactorBodyDto,
  EnrolmentDto,
  EvaluateAnswerDto,
  EvaluateBodyDto,
  IdentityConflictListDto,
  IdentityConflictQueryDto,
  IdentityResolutionBodyDto,
  IntakeReportDto,
  MeDto,
  NoticePreviewDto,
  NewAccountBodyDto,
  NewDetainerBody,
  NewTokenBodyDto,
  PlaceRulesDto,
  PlaceRulesQueryDto,
  PolicyListQueryDto,
  RecoveryCodesDto,
  RevokedSessionsDto,
  RuleDetailDto,
  RuleListDto,
  SecondFactorResetDto,
  SecurityEventPageDto,
  SecurityEventQueryDto,
  SessionListDto,
  SessionStateDto,
  SignInBodyDto,
  StateListDto,
  StateWithCountiesDto,
  TokenDto,
  TokenListDto,
  TokenListQueryDto,
} from '../types';
import { apiUrl, request } from './client';

/**
 * One function per API endpoint the web app uses, each typed from its route's schemas
 * (src/server/schemas/api-types.ts). A caller never names a type: `getDetainer(id)` is a
 * Promise<DetainerViewDto>. Errors reject with an ApiError (./client.ts).
 */

type Signal = AbortSignal | undefined;
const seg = encodeURIComponent;

// --- auth, second factor, sessions ---------------------------------------------------------

/** Never a 401: `account` is null when nobody is signed in. */
export const getSession = (signal?: Signal) => request<SessionStateDto>('GET', '/auth/session', { signal });
export const getMe = (signal?: Signal) => request<MeDto>('GET', '/auth/me', { signal });
/**
 * Sets the httpOnly session cookie on success. With a second factor and no proof, the API answers
 * 401 AUTH.SECOND_FACTOR_REQUIRED (only after a correct password).
 */
export const signIn = (body: SignInBodyDto) => request<MeDto>('POST', '/auth/sign-in', { body });
export const signOut = () => request<void>('POST', '/auth/sign-out');
/** Starts enrolment: the secret and otpauth:// URI, shown once. Needs the current password. */
export const enrolSecondFactor = (password: string) =>
  request<EnrolmentDto>('POST', '/auth/second-factor/enrol', { body: { password } });
/** Activates the factor with a current code; answers the recovery codes, shown once. */
export const confirmSecondFactor = (code: string) =>
  request<RecoveryCodesDto>('POST', '/auth/second-factor/confirm', { body: { code } });
export const disableSecondFactor = (body: DisableSecondFactorBodyDto) =>
  request<void>('DELETE', '/auth/second-factor', { body });
export const resetSecondFactor = (userId: string) =>
  request<SecondFactorResetDto>('POST', `/users/${seg(userId)}/second-factor/reset`);
export const listSessions = (signal?: Signal) => request<SessionListDto>('GET', '/auth/sessions', { signal });
export const revokeSession = (id: string) => request<void>('DELETE', `/auth/sessions/${seg(id)}`);
/** Ends every session of the caller except the current one. */
export const revokeOtherSessions = () => request<RevokedSessionsDto>('DELETE', '/auth/sessions');

// --- detainers: inbox, view, commands, intake ----------------------------------------------

export const listDetainers = (query: DetainerListQueryDto = {}, signal?: Signal) =>
  request<DetainerPageDto>('GET', '/detainers', { query, signal });
export const getDetainer = (id: string, signal?: Signal) =>
  request<DetainerViewDto>('GET', `/detainers/${seg(id)}`, { signal });
/** Records a command; a stale expectedVersion rejects with 409 DETAINER.VERSION_CONFLICT. */
export const recordDetainerEvent = (id: string, body: DetainerCommandBodyDto) =>
  request<DetainerViewDto>('POST', `/detainers/${seg(id)}/events`, { body });
export const createDetainer = (body: NewDetainerBody) => request<DetainerDto>('POST', '/detainers', { body });
/** Bulk intake: the CSV file's text, all or nothing; answers the per-row report. */
export const importDetainersCsv = (csv: string) =>
  request<IntakeReportDto>('POST', '/detainers/import', { text: { content: csv, contentType: 'text/csv' } });
/** A served notice's PDF, for a link or a download (the read is recorded by the server). */
export const noticeUrl = (detainerId: string, noticeId: string) =>
  apiUrl(`/detainers/${seg(detainerId)}/notices/${seg(noticeId)}`);
/** A served notice as it reads, in its language (reading it is recorded as a read of personal data). */
export const getNoticePreview = (detainerId: string, noticeId: string, signal?: Signal) =>
  request<NoticePreviewDto>('GET', `/detainers/${seg(detainerId)}/notices/${seg(noticeId)}/preview`, { signal });
export const listAlarms = (signal?: Signal) => request<AlarmListDto>('GET', '/alarms', { signal });
/** The law's decision for an input (or a list of inputs), without recording anything. */
export const evaluate = (body: EvaluateBodyDto, signal?: Signal) =>
  request<EvaluateAnswerDto>('POST', '/evaluate', { body, signal });
export const listIdentityConflicts = (query: IdentityConflictQueryDto = {}, signal?: Signal) =>
  request<IdentityConflictListDto>('GET', '/identity-conflicts', { query, signal });
export const resolveIdentity = (detainerId: string, body: IdentityResolutionBodyDto) =>
  request<DetainerViewDto>('POST', `/detainers/${seg(detainerId)}/identity-resolution`, { body });

// --- administration: users, tokens, security events ----------------------------------------

export const listUsers = (signal?: Signal) => request<AccountListDto>('GET', '/users', { signal });
export const createUser = (body: NewAccountBodyDto) => request<AccountDto>('POST', '/users', { body });
export const changeUser = (id: string, body: AccountChangeBodyDto) =>
  request<AccountDto>('PATCH', `/users/${seg(id)}`, { body });
export const setUserPassword = (id: string, password: string) =>
  request<AccountDto>('POST', `/users/${seg(id)}/password`, { body: { password } });
export type UserAction = 'disable' | 'enable' | 'unlock';
export const userAction = (id: string, action: UserAction) =>
  request<AccountDto>('POST', `/users/${seg(id)}/${action}`);
export const listTokens = (query: TokenListQueryDto = {}, signal?: Signal) =>
  request<TokenListDto>('GET', '/tokens', { query, signal });
/** The token's secret is in the answer only, once. */
export const createToken = (body: NewTokenBodyDto) => request<CreatedTokenDto>('POST', '/tokens', { body });
export const revokeToken = (id: string) => request<TokenDto>('DELETE', `/tokens/${seg(id)}`);
export const listSecurityEvents = (query: SecurityEventQueryDto = {}, signal?: Signal) =>
  request<SecurityEventPageDto>('GET', '/security-events', { query, signal });

// --- public: places and the law library -----------------------------------------------------

export const listStates = (signal?: Signal) => request<StateListDto>('GET', '/places/states', { signal });
export const getState = (code: string, signal?: Signal) =>
  request<StateWithCountiesDto>('GET', `/places/states/${seg(code)}`, { signal });
export const listCounties = (state: string, signal?: Signal) =>
  request<CountyListDto>('GET', '/places/counties', { query: { state }, signal });
export const getCounty = (fips: string, signal?: Signal) =>
  request<CountyWithStateDto>('GET', `/places/counties/${seg(fips)}`, { signal });
export const listRules = (query: PolicyListQueryDto = {}, signal?: Signal) =>
  request<RuleListDto>('GET', '/policies', { query, signal });
export const getRule = (id: string, signal?: Signal) =>
  request<RuleDetailDto>('GET', `/policies/${seg(id)}`, { signal });
/** The rules in force in a state, or a county when countyFips is given, on `at` (default today). */
export const getPlaceRules = (
  place: { readonly state: string; readonly countyFips?: string | null },
  query: PlaceRulesQueryDto = {},
  signal?: Signal,
) =>
  request<PlaceRulesDto>(
    'GET',
    place.countyFips
      ? `/places/${seg(place.state)}/${seg(place.countyFips)}/policies`
      : `/places/${seg(place.state)}/policies`,
    { query, signal },
  );

// --- place pages (issue 12, place slice): the plain-language summary and ICE's numbers --------

import type { DetainerStatsDto, DetainerStatsQueryDto, PlaceSummaryDto } from '../types';

/** The law in a state, or a county, on `at` (default today), in plain words, per profile. */
export const getPlaceSummary = (
  place: { readonly state: string; readonly countyFips?: string | null },
  query: PlaceRulesQueryDto = {},
  signal?: Signal,
) =>
  request<PlaceSummaryDto>(
    'GET',
    place.countyFips
      ? `/places/${seg(place.state)}/${seg(place.countyFips)}/summary`
      : `/places/${seg(place.state)}/summary`,
    { query, signal },
  );
/** Counts of ICE's FOIA detainer records (README "Public data: statistics"). */
export const getDetainerStats = (query: DetainerStatsQueryDto, signal?: Signal) =>
  request<DetainerStatsDto>('GET', '/stats/detainers', { query, signal });
