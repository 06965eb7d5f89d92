import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getAuditChain, listPersonalDataReads, type PersonalDataReadQueryDto } from './auditEndpoints';

/** Query keys of the audit page (kept here, beside its hooks, so keys.ts stays untouched). */
export const auditKeys = {
  all: ['audit'] as const,
  chain: ['audit', 'chain'] as const,
  reads: (query: PersonalDataReadQueryDto) => ['audit', 'reads', query] as const,
} as const;

/** The agency's chain verdict: recomputed by the server on every ask, so not kept fresh for long. */
export const useAuditChain = () =>
  useQuery({ queryKey: auditKeys.chain, queryFn: ({ signal }) => getAuditChain(signal), staleTime: 0 });

export const usePersonalDataReads = (query: PersonalDataReadQueryDto) =>
  useQuery({
    queryKey: auditKeys.reads(query),
    queryFn: ({ signal }) => listPersonalDataReads(query, signal),
    placeholderData: keepPreviousData,
  });
