import type {
  AuditChainDto,
  PersonalDataReadPageDto,
  PersonalDataReadQueryDto,
} from '../../../../src/server/schemas/api-types';
import { request } from './client';

/**
 * The audit page's endpoints (admins, auditors), typed from their routes' schemas
 * (src/server/schemas/audit.schema.ts).
 */

/** The caller's agency's hash chain, recomputed now as `audit verify --agency` does. */
export const getAuditChain = (signal?: AbortSignal) => request<AuditChainDto>('GET', '/audit/chains', { signal });

/** Who read which detainer's personal data, when, why and how; newest first. */
export const listPersonalDataReads = (query: PersonalDataReadQueryDto = {}, signal?: AbortSignal) =>
  request<PersonalDataReadPageDto>('GET', '/audit/reads', { query, signal });

export type { AuditChainDto, PersonalDataReadPageDto, PersonalDataReadQueryDto };
