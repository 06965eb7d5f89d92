import type { LawMapDto, LawMapQueryDto, MapModality } from '../../../../src/server/schemas/api-types';
import { request } from './client';

/**
 * The law map's endpoint (issue 12, public), typed from its route's schema
 * (src/server/schemas/law-map.schema.ts): the law in force in every county on a date, for one
 * action and one profile of person.
 */
export const getLawMap = (query: LawMapQueryDto, signal?: AbortSignal) =>
  request<LawMapDto>('GET', '/law/map', { query: { ...query }, signal });

export type { LawMapDto, LawMapQueryDto, MapModality };
