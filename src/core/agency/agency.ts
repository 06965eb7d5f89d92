import type { AgencyId, FacilityId } from '../shared/ids.js';

export const AGENCY_KINDS = ['county-jail', 'state-prison', 'police'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The tenant: every operational record belongs to exactly one agency. */
export interface Agency {
  readonly id: AgencyId;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly stateCode: string;
  readonly countyFips: string | null;
  readonly timeZone: string;
  readonly ori: string | null;
  /** True for the labelled demo agencies that `npm start` creates. */
  readonly synthetic: boolean;
  /** What the agency does where the law leaves an action permitted (its own policy). */
  readonly discretion: 'comply' | 'decline';
}

export interface Facility {
  readonly id: FacilityId;
  readonly agencyId: AgencyId;
  readonly name: string;
}
