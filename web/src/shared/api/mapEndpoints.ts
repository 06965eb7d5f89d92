import { request } from './client';

/**
 * The law map's endpoint (issue 12, public): the law in force in every county on a date, for one
 * action and one profile of person.
 *
 * PROVISIONAL: the answer's type is written here until the map-api branch's schema
 * (src/server/schemas/api-types.ts) is merged; then it is imported from there.
 */
export type MapModality = 'required' | 'permitted' | 'forbidden' | 'undecided';

export interface LawMapQueryDto {
  readonly at?: string;
  readonly action: 'hold' | 'notify' | 'transfer';
  readonly profile: 'no-record' | 'pending-misdemeanor' | 'serious-felony' | 'lawful-status';
}

export interface LawMapDto {
  readonly at: string;
  readonly action: LawMapQueryDto['action'];
  readonly profile: LawMapQueryDto['profile'];
  readonly form?: string;
  readonly currentTo?: string;
  readonly counties: ReadonlyArray<{
    readonly fips: string;
    readonly name?: string;
    readonly state?: string;
    readonly modality: MapModality;
    readonly rule?: string | null;
    readonly missing?: readonly string[];
  }>;
  readonly rules: Readonly<
    Record<string, { readonly title: string; readonly citations: ReadonlyArray<{ title: string; href?: string }> }>
  >;
  readonly counts: Readonly<Record<MapModality, number>>;
  readonly changePoints?: readonly string[];
}

export const getLawMap = (query: LawMapQueryDto, signal?: AbortSignal) =>
  request<LawMapDto>('GET', '/law/map', { query: { ...query }, signal });
