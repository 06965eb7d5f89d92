import type { ReleaseListDto } from '../../../../src/server/schemas/api-types';
import { request } from './client';

/**
 * The data explorer's endpoint (issue 12, public), typed from its route's schema
 * (src/server/schemas/stats.schema.ts): every imported release with the days it covers, and the
 * pairs that cover the same days. The counts themselves are getDetainerStats (endpoints.ts).
 */
export const getReleases = (signal?: AbortSignal) => request<ReleaseListDto>('GET', '/stats/releases', { signal });

export type { ReleaseListDto };
