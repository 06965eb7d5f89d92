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
  readonly at: string;
  readonly action: 'hold' | 'notify' | 'transfer';
  readonly profile: 'no-record' | 'pending-misdemeanor' | 'serious-felony' | 'lawful-status';
}

/** Mirrors src/server/schemas/law-map.schema.ts on the map-api branch (LawMapDto). */
export interface LawMapDto {
  readonly at: string;
  readonly action: LawMapQueryDto['action'];
  readonly profile: { readonly id: LawMapQueryDto['profile']; readonly description: string; readonly facts: readonly string[] };
  readonly agencyKind: 'county-jail';
  readonly form: {
    readonly form: string;
    readonly edition: string;
    readonly title: string;
    readonly inUseFrom: string | null;
    readonly inUseUntil: string | null;
    readonly startKnown: boolean;
  };
  readonly library: { readonly currentTo: string; readonly basis: string; readonly beyondCurrent: boolean };
  readonly counts: Readonly<Record<MapModality, number>>;
  readonly rules: Readonly<
    Record<
      string,
      {
        readonly title: string;
        readonly level: string;
        readonly citations: ReadonlyArray<{ readonly title: string; readonly href?: string }>;
      }
    >
  >;
  readonly counties: ReadonlyArray<{
    readonly fips: string;
    readonly modality: MapModality;
    readonly rule: string | null;
    readonly missing?: readonly string[];
    readonly conflict?: readonly string[];
  }>;
}

export const getLawMap = (query: LawMapQueryDto, signal?: AbortSignal) =>
  request<LawMapDto>('GET', '/law/map', { query: { ...query }, signal });
