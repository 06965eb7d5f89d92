import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  DetainerCommandBodyDto,
  DetainerListQueryDto,
  DetainerViewDto,
  EvaluateBodyDto,
  IdentityConflictQueryDto,
  IdentityResolutionBodyDto,
  PlaceRulesQueryDto,
  SecurityEventQueryDto,
  TokenListQueryDto,
} from '../types';
import { ApiError } from './client';
import * as api from './endpoints';
import { queryKeys } from './keys';

/**
 * One hook per read (useQuery) and per write (useMutation). Each write invalidates the reads it
 * changes, so every screen shows the new state without a reload. Reads receive TanStack Query's
 * signal, so leaving a page aborts its requests.
 */

/** How often the desk's live views (inbox, alarms, an open detainer) ask again, in ms. */
export const LIVE_REFRESH_MS = 30_000;

// --- reads -----------------------------------------------------------------------------------

export const useSessionQuery = () =>
  useQuery({ queryKey: queryKeys.session, queryFn: ({ signal }) => api.getSession(signal), staleTime: Infinity });

export const useDetainers = (query: DetainerListQueryDto, options: { readonly live?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.detainers.list(query),
    queryFn: ({ signal }) => api.listDetainers(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: options.live ? LIVE_REFRESH_MS : false,
  });

export const useDetainer = (id: string, options: { readonly live?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.detainers.detail(id),
    queryFn: ({ signal }) => api.getDetainer(id, signal),
    refetchInterval: options.live ? LIVE_REFRESH_MS : false,
  });

export const useAlarms = (options: { readonly live?: boolean } = {}) =>
  useQuery({
    queryKey: queryKeys.alarms,
    queryFn: ({ signal }) => api.listAlarms(signal),
    refetchInterval: options.live ? LIVE_REFRESH_MS : false,
  });

/** A notice's text; fetched only when `enabled` (the reader opened it), since each read is recorded. */
export const useNoticePreview = (detainerId: string, noticeId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.detainers.notice(detainerId, noticeId),
    queryFn: ({ signal }) => api.getNoticePreview(detainerId, noticeId, signal),
    enabled,
    staleTime: Infinity,
  });

export const useIdentityConflicts = (query: IdentityConflictQueryDto = {}) =>
  useQuery({
    queryKey: queryKeys.identityConflicts.list(query),
    queryFn: ({ signal }) => api.listIdentityConflicts(query, signal),
  });

/** The law's decision for an input; `null` input (incomplete form) asks nothing. Debounce the input first. */
export const useEvaluation = (input: EvaluateBodyDto | null) =>
  useQuery({
    queryKey: queryKeys.evaluation(input),
    queryFn: ({ signal }) => api.evaluate(input!, signal),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useUsers = () => useQuery({ queryKey: queryKeys.users, queryFn: ({ signal }) => api.listUsers(signal) });

export const useTokens = (query: TokenListQueryDto = {}) =>
  useQuery({ queryKey: queryKeys.tokens.list(query), queryFn: ({ signal }) => api.listTokens(query, signal) });

export const useSessions = () =>
  useQuery({ queryKey: queryKeys.sessions, queryFn: ({ signal }) => api.listSessions(signal) });

export const useSecurityEvents = (query: SecurityEventQueryDto = {}) =>
  useQuery({
    queryKey: queryKeys.securityEvents.list(query),
    queryFn: ({ signal }) => api.listSecurityEvents(query, signal),
    placeholderData: keepPreviousData,
  });

/** Places and rules change only with a release: cached for the session. */
const STATIC_DATA = { staleTime: Infinity } as const;

export const useStates = () =>
  useQuery({ queryKey: queryKeys.places.states, queryFn: ({ signal }) => api.listStates(signal), ...STATIC_DATA });

/** `null` (an invalid code) asks nothing. */
export const usePlaceState = (code: string | null) =>
  useQuery({
    queryKey: queryKeys.places.state(code ?? ''),
    queryFn: ({ signal }) => api.getState(code!, signal),
    enabled: code !== null,
    ...STATIC_DATA,
  });

export const useCounty = (fips: string | null) =>
  useQuery({
    queryKey: queryKeys.places.county(fips ?? ''),
    queryFn: ({ signal }) => api.getCounty(fips!, signal),
    enabled: fips !== null,
    ...STATIC_DATA,
  });

export const useRule = (id: string) =>
  useQuery({ queryKey: queryKeys.rules.detail(id), queryFn: ({ signal }) => api.getRule(id, signal), ...STATIC_DATA });

export const usePlaceRules = (state: string, countyFips: string | null, query: PlaceRulesQueryDto) =>
  useQuery({
    queryKey: queryKeys.rules.place(state, countyFips, query),
    queryFn: ({ signal }) => api.getPlaceRules({ state, countyFips }, query, signal),
    placeholderData: keepPreviousData,
    ...STATIC_DATA,
  });

// --- writes ----------------------------------------------------------------------------------

/** After a detainer changed: its view is the answer; lists, alarms and conflicts ask again. */
export function detainerChanged(client: QueryClient, view: DetainerViewDto | null, id: string) {
  if (view) client.setQueryData(queryKeys.detainers.detail(id), view);
  else void client.invalidateQueries({ queryKey: queryKeys.detainers.detail(id) });
  void client.invalidateQueries({ queryKey: queryKeys.detainers.lists() });
  void client.invalidateQueries({ queryKey: queryKeys.alarms });
  void client.invalidateQueries({ queryKey: queryKeys.identityConflicts.all });
}

/**
 * Records a command on a detainer. On 409 DETAINER.VERSION_CONFLICT the detainer is read again
 * (the form keeps what the user typed; the error says what happened).
 */
export function useRecordEvent(detainerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DetainerCommandBodyDto) => api.recordDetainerEvent(detainerId, body),
    onSuccess: (view) => detainerChanged(client, view, detainerId),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) detainerChanged(client, null, detainerId);
    },
  });
}

export function useResolveIdentity(detainerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: IdentityResolutionBodyDto) => api.resolveIdentity(detainerId, body),
    onSuccess: (view) => detainerChanged(client, view, detainerId),
  });
}

/** Intake of one request, or of a CSV file: the inbox and alarms ask again. */
export function useCreateDetainer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.createDetainer,
    onSuccess: () => inboxChanged(client),
  });
}

export function useImportDetainers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.importDetainersCsv,
    onSuccess: () => inboxChanged(client),
  });
}

/** After intake (one request or a file): every detainer list, the alarms and the conflicts ask again. */
export function inboxChanged(client: QueryClient) {
  void client.invalidateQueries({ queryKey: queryKeys.detainers.all });
  void client.invalidateQueries({ queryKey: queryKeys.alarms });
  void client.invalidateQueries({ queryKey: queryKeys.identityConflicts.all });
}

/** Account changes are security events: the users list and the security log ask again. */
function accountsChanged(client: QueryClient) {
  void client.invalidateQueries({ queryKey: queryKeys.users });
  void client.invalidateQueries({ queryKey: queryKeys.securityEvents.all });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: api.createUser, onSuccess: () => accountsChanged(client) });
}

export function useChangeUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: Parameters<typeof api.changeUser>[1] }) =>
      api.changeUser(id, change),
    onSuccess: () => accountsChanged(client),
  });
}

export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: api.UserAction }) => api.userAction(id, action),
    onSuccess: () => accountsChanged(client),
  });
}

export function useSetUserPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => api.setUserPassword(id, password),
    onSuccess: () => accountsChanged(client),
  });
}

export function useResetSecondFactor() {
  const client = useQueryClient();
  return useMutation({ mutationFn: api.resetSecondFactor, onSuccess: () => accountsChanged(client) });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.createToken,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.tokens.all });
      void client.invalidateQueries({ queryKey: queryKeys.securityEvents.all });
    },
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.revokeToken,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.tokens.all });
      void client.invalidateQueries({ queryKey: queryKeys.securityEvents.all });
    },
  });
}

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: api.revokeSession,
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}

// --- place pages (issue 12, place slice) -----------------------------------------------------

import type { DetainerStatsQueryDto } from '../types';

export const usePlaceSummary = (state: string, countyFips: string | null, at: string | null) =>
  useQuery({
    queryKey: queryKeys.placeSummary(state, countyFips, at),
    queryFn: ({ signal }) => api.getPlaceSummary({ state, countyFips }, at === null ? {} : { at }, signal),
    placeholderData: keepPreviousData,
    ...STATIC_DATA,
  });

/** FOIA statistics change only with an import: cached for the session. `null` asks nothing. */
export const useDetainerStats = (query: DetainerStatsQueryDto | null) =>
  useQuery({
    queryKey: queryKeys.detainerStats(query ?? {}),
    queryFn: ({ signal }) => api.getDetainerStats(query!, signal),
    enabled: query !== null,
    ...STATIC_DATA,
  });

/** The rules that reach a state (for the law changes drawn on the place's charts). */
export const useStateRules = (state: string) =>
  useQuery({
    queryKey: queryKeys.stateRules(state),
    queryFn: ({ signal }) => api.listRules({ state }, signal),
    ...STATIC_DATA,
  });
