/**
 * What an import hands the store, read through the release's dictionaries (stored-rows.ts): batches
 * of records, the release's record profiles and facilities, and its monthly rollup.
 */
import type { Outcome } from './outcomes.js';

/** A column of a batch as codes: within one import, equal codes stand for equal values. */
export interface CodedColumn<T> {
  /** Per record. */
  readonly codes: Int32Array;
  /** The value a code stands for (-1 too, usually null). */
  value(code: number): T;
}

/** One batch of records to store, by row; nulls where the release has no value. */
export interface StoredDetainers {
  readonly count: number;
  /**
   * The columns whose values repeat (the same few dates and profiles on many rows), as codes, for a
   * bulk path that turns each distinct value into its stored form once.
   */
  readonly coded: {
    /** YYYY-MM-DD. */
    readonly preparedDate: CodedColumn<string>;
    /** The record's profile: its number within the release (StoredProfiles). */
    readonly profile: CodedColumn<number>;
  };
  line(i: number): number;
  /** The release's other columns as JSON text. */
  extra(i: number): string | null;
  /** True when some record of the batch has a person key (Deportation Data Project releases). */
  readonly hasPersons: boolean;
  /** The record's pseudonymous person key, for the duplicate rule only: never stored with the record. */
  personKey(i: number): string | null;
  /** The prepare instant, ms, on the release's own clock (only differences are used). */
  preparedAt(i: number): number;
  /** The record's outcome (from its profile), set aside with its person key to trace what followed a decline. */
  outcome(i: number): Outcome;
}

/** A release's record profiles to store, profile i being the one records name by number i. */
export interface StoredProfiles {
  readonly count: number;
  facilityId(i: number): number | null;
  state(i: number): string | null;
  countyFips(i: number): string | null;
  form(i: number): string | null;
  liftReason(i: number): string | null;
  outcome(i: number): Outcome;
  /** Area of responsibility as written, normalised for grouping (dimensions.ts); null when not recorded. */
  aor(i: number): string | null;
  /** Citizenship country as written, normalised for grouping; null when not recorded. */
  citizenship(i: number): string | null;
  /** Criminality category (criminality.ts); null when not recorded. */
  criminality(i: number): string | null;
  /** The most serious conviction's NCIC offense group (dimensions.ts); null when not recorded. */
  convictionCategory(i: number): string | null;
  /** Whether the lift reason says the person is (or claims to be) a U.S. citizen. */
  usCitizen(i: number): boolean;
}

/** A release's facilities as stored: each entry (by the reader's index) and its id. */
export interface StoredFacilities {
  readonly entries: readonly FacilityToStore[];
  readonly ids: readonly number[];
}

export interface FacilityToStore {
  readonly name: string;
  /** ICE's facility code: the facility's identity where the release gives one. */
  readonly code: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly countyFips: string | null;
}

/**
 * A facility of the release as stored: its id and its place, which for a coded facility may come from
 * another release or the facility reference when this release does not give it (null when unknown).
 */
export interface PlacedFacilityId {
  readonly id: number;
  readonly city: string | null;
  readonly state: string | null;
  readonly countyFips: string | null;
}

/**
 * A release's monthly rollup to store, one cell per month and record profile, with values as the
 * rollup table keeps them: '' for an unknown state, county, form or lift reason, 0 for no facility.
 */
export interface StoredRollup {
  readonly count: number;
  readonly coded: {
    /** YYYY-MM, coded by months since 1900-01. */
    readonly month: CodedColumn<string>;
    /** The others coded by record profile. */
    readonly state: CodedColumn<string>;
    readonly countyFips: CodedColumn<string>;
    readonly facilityId: CodedColumn<number>;
    readonly form: CodedColumn<string>;
    readonly liftReason: CodedColumn<string>;
    readonly outcome: CodedColumn<Outcome>;
    /** What followed a declined detainer (what-followed.ts); '' for cells of records not traced. */
    readonly followed: CodedColumn<string>;
    /** The person's criminality where the release records it (criminality.ts); '' for none. */
    readonly criminality: CodedColumn<string>;
    /** Area of responsibility (normalised, dimensions.ts); '' for none. */
    readonly aor: CodedColumn<string>;
    /** Citizenship country (normalised); '' for none. */
    readonly citizenship: CodedColumn<string>;
    /** The most serious conviction's NCIC offense group (dimensions.ts); '' for none. */
    readonly convictionCategory: CodedColumn<string>;
    /** 1 when the lift reason says the person is (or claims to be) a U.S. citizen, else 0. */
    readonly usCitizen: CodedColumn<number>;
  };
  /** How many records cell i counts. */
  records(i: number): number;
}
