import type {
  LawMapDto,
  LawMapQueryDto,
  LawPanelDto,
  LawPanelQueryDto,
  MapModality,
} from '../../../../src/server/schemas/api-types';
import { apiUrl, queryString, request } from './client';

/**
 * The law map's endpoints (issue 12, public), typed from their routes' schemas
 * (src/server/schemas/law-map.schema.ts): the law in force in every county on a date, for one
 * action and one profile of person; and the panel, every county's periods of constant law.
 */
export const getLawMap = (query: LawMapQueryDto, signal?: AbortSignal) =>
  request<LawMapDto>('GET', '/law/map', { query: { ...query }, signal });

export const getLawPanel = (query: LawPanelQueryDto, signal?: AbortSignal) =>
  request<LawPanelDto>('GET', '/law/panel', { query: { ...query }, signal });

/** The address of the panel as a CSV download (every county's periods of constant law). */
export const lawPanelCsvUrl = (query: LawPanelQueryDto): string =>
  apiUrl(`/law/panel${queryString({ ...query, format: 'csv' })}`);

export type { LawMapDto, LawMapQueryDto, LawPanelDto, LawPanelQueryDto, MapModality };
