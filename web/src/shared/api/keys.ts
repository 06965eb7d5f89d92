import type {
  DetainerListQueryDto,
  IdentityConflictQueryDto,
  PlaceRulesQueryDto,
  SecurityEventQueryDto,
  TokenListQueryDto,
} from '../types';

/**
 * Every query key of the cache, in one place. Keys are arrays from the general to the specific,
 * so invalidating a prefix (e.g. queryKeys.detainers.all) refreshes every list and view under it.
 */
export const queryKeys = {
  session: ['session'] as const,
  detainers: {
    all: ['detainers'] as const,
    lists: () => ['detainers', 'list'] as const,
    list: (query: DetainerListQueryDto) => ['detainers', 'list', query] as const,
    detail: (id: string) => ['detainers', 'detail', id] as const,
    notice: (id: string, noticeId: string) => ['detainers', 'detail', id, 'notice', noticeId] as const,
  },
  alarms: ['alarms'] as const,
  identityConflicts: {
    all: ['identity-conflicts'] as const,
    list: (query: IdentityConflictQueryDto) => ['identity-conflicts', query] as const,
  },
  evaluation: (input: unknown) => ['evaluate', input] as const,
  users: ['users'] as const,
  tokens: {
    all: ['tokens'] as const,
    list: (query: TokenListQueryDto) => ['tokens', query] as const,
  },
  sessions: ['sessions'] as const,
  securityEvents: {
    all: ['security-events'] as const,
    list: (query: SecurityEventQueryDto) => ['security-events', query] as const,
  },
  places: {
    states: ['places', 'states'] as const,
    state: (code: string) => ['places', 'state', code] as const,
    county: (fips: string) => ['places', 'county', fips] as const,
  },
  rules: {
    detail: (id: string) => ['rules', id] as const,
    place: (state: string, countyFips: string | null, query: PlaceRulesQueryDto) =>
      ['rules', 'place', state, countyFips, query] as const,
  },
  // place pages (issue 12, place slice)
  placeSummary: (state: string, countyFips: string | null, at: string | null) =>
    ['place-summary', state, countyFips, at] as const,
  detainerStats: (query: Readonly<Record<string, unknown>>) => ['stats', 'detainers', query] as const,
  stateRules: (state: string) => ['rules', 'state', state] as const,
} as const;
