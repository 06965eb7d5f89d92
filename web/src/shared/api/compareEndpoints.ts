import { useQuery } from '@tanstack/react-query';
import type { LawPanelDto, LawPanelQueryDto } from '../../../../src/server/schemas/api-types';
import { request } from './client';

/**
 * The compare page's read of the law panel (issue 12, point 5): the periods of constant law of a
 * few counties (`fips`, comma-separated) for one profile, every action, 2008 to today.
 */
export const getCountiesPanel = (query: LawPanelQueryDto, signal?: AbortSignal) =>
  request<LawPanelDto>('GET', '/law/panel', { query: { ...query }, signal });

/** The panel of some counties; `null` asks nothing. The law of past days does not change in a session. */
export const useCountiesPanel = (query: LawPanelQueryDto | null) =>
  useQuery({
    queryKey: ['law-panel', 'counties', query] as const,
    queryFn: ({ signal }) => getCountiesPanel(query!, signal),
    enabled: query !== null,
    staleTime: Infinity,
  });

export type { LawPanelDto, PanelPeriodDto } from '../../../../src/server/schemas/api-types';
