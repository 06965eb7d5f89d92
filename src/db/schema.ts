import type { ColumnType } from 'kysely';

/**
 * Row types (snake_case). They never leave db/: repositories map them to domain types.
 * Engine differences: instants are TEXT (ISO 8601, UTC) in SQLite and timestamptz in
 * PostgreSQL; booleans are 0/1 in SQLite; JSON is TEXT in SQLite and jsonb in PostgreSQL.
 * Writes always pass ISO strings, 0/1 and JSON text, which both engines accept; reads go through codecs.ts.
 */
type Instant = ColumnType<Date | string, string, string>;
type Flag = ColumnType<boolean | number, number, number>;
type Json = ColumnType<unknown, string, string>;

export interface MetaTable {
  key: string;
  value: string;
}

export interface StatesTable {
  code: string;
  fips: string;
  name: string;
  kind: string;
  time_zone: string;
}

export interface CountiesTable {
  fips: string;
  name: string;
  state_code: string;
  time_zone: string;
}

export interface AgenciesTable {
  id: string;
  name: string;
  kind: string;
  state_code: string;
  county_fips: string | null;
  time_zone: string;
  ori: string | null;
  synthetic: Flag;
  created_at: Instant;
  default_discretion: ColumnType<string, string | undefined, string>;
}

export interface FacilitiesTable {
  id: string;
  agency_id: string;
  name: string;
  created_at: Instant;
}

export interface UsersTable {
  id: string;
  agency_id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: Flag;
  created_at: Instant;
  /** 0007: the last successful sign-in. */
  last_sign_in_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  digest: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
  /** 0007: an id not derived from the secret, the last use (idle timeout) and the client's description. */
  id: string;
  last_seen_at: Instant;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  digest: string;
  created_at: Instant;
  revoked_at: Instant | null;
  /** Null only for a token that predates migration 0008 on a database that has not run it. */
  expires_at: Instant | null;
  last_used_at: Instant | null;
}

export interface UserSecondFactorsTable {
  user_id: string;
  secret: string;
  created_at: Instant;
  confirmed_at: Instant | null;
  /** bigint: PostgreSQL returns it as a string. */
  last_used_step: ColumnType<string | number | null, number | null, number | null>;
}

export interface UserRecoveryCodesTable {
  user_id: string;
  digest: string;
  created_at: Instant;
  used_at: Instant | null;
}

export interface SubjectsTable {
  id: string;
  agency_id: string;
  reference: string;
  full_name: string | null;
  birth_date: string | null;
  a_number: string | null;
  created_at: Instant;
}

/** The subject as each request submitted it (migration 0009). */
export interface SubmittedSubjectsTable {
  detainer_id: string;
  agency_id: string;
  id: string;
  reference: string;
  full_name: string | null;
  birth_date: string | null;
  a_number: string | null;
  created_at: Instant;
}

/** A difference between a request's submitted subject and the record on file (migration 0009). */
export interface IdentityConflictsTable {
  detainer_id: string;
  agency_id: string;
  fields: Json;
  detected_at: Instant;
  resolved_at: Instant | null;
  choice: string | null;
  resolved_by: string | null;
}

export interface DetainerRequestsTable {
  id: string;
  agency_id: string;
  facility_id: string | null;
  subject_id: string;
  form: string;
  form_edition: string | null;
  warrant: string;
  probable_cause: Json;
  requested_actions: Json;
  issued_at: Instant;
  received_at: Instant;
  issuing_office: string | null;
  federal_reference: string | null;
  submitted_by: string;
  created_at: Instant;
}

export interface DetainerEventsTable {
  agency_id: string;
  seq: number;
  detainer_id: string;
  version: number;
  type: string;
  payload: Json;
  recorded_at: Instant;
  actor: string;
  prev_hash: string;
  hash: string;
}

export interface AgencyChainHeadsTable {
  agency_id: string;
  last_seq: number;
  last_hash: string;
}

export interface DetainerStatesTable {
  detainer_id: string;
  agency_id: string;
  status: string;
  version: number;
  hold_deadline: Instant | null;
  next_duty_due: Instant | null;
  decision_blocked: Flag;
  updated_at: Instant;
  /** 0010: the request's receipt (the inbox's tie-break), the inbox's order by deadline, alarms. */
  received_at: Instant | null;
  sort_rank: ColumnType<number, number | undefined, number>;
  sort_at: Instant | null;
  alarm_at: Instant | null;
  alarm_at_text: string | null;
  decision_error: string | null;
  /** 0013: the engine's error kind and missing fact (the decision-blocked alarm's parameters). */
  decision_error_code: string | null;
  decision_error_fact: string | null;
}

/** 0010: the open duties with a due time of each open detainer (the duty-overdue alarms). */
export interface DetainerOpenDutiesTable {
  detainer_id: string;
  position: number;
  agency_id: string;
  duty_id: string;
  text: string;
  due: Instant;
  due_text: string;
}

export interface DecisionsTable {
  id: string;
  agency_id: string;
  detainer_id: string;
  decided_at: Instant;
  document: Json;
  sha256: string;
}

export interface NoticesTable {
  id: string;
  agency_id: string;
  detainer_id: string;
  kind: string;
  language: string;
  pdf: ColumnType<Buffer | Uint8Array, Buffer | Uint8Array, never>;
  sha256: string;
  created_at: Instant;
  /** 0010: what the notice says, as laid out (its preview); null for notices served before. */
  content: ColumnType<unknown, string | null | undefined, never>;
}

export interface PersonalDataReadsTable {
  id: string;
  agency_id: string;
  user_id: string;
  detainer_id: string;
  read_at: Instant;
  purpose: string;
  /** 0010: session, token or cli; null for reads recorded before. */
  channel: ColumnType<string | null, string | null | undefined, never>;
}

export interface ResearchReleasesTable {
  id: string;
  /** A small number for the release, carried by its records (migration 0004). */
  key: number;
  dataset: string;
  source_file: string;
  sha256: string;
  imported_at: Instant;
  rows_read: number;
  rows_loaded: number;
  rows_rejected: number;
  report: Json;
  /** 0015: the first and last prepare date of the release's records (YYYY-MM-DD); null when it has none. */
  first_prepared_date: ColumnType<string | null, string | null | undefined, string | null>;
  last_prepared_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** 0017: the date the release is as of, for precedence among overlapping releases (YYYY-MM-DD); null when it has no records. */
  as_of: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ResearchFacilitiesTable {
  id: ColumnType<number, number | undefined, never>;
  name: string;
  city: string | null;
  state: string | null;
  county_fips: string | null;
  /** 0020: ICE's facility code, the facility's identity where a release gives one (unique where not null). */
  code: ColumnType<string | null, string | null | undefined, string | null>;
}

/** 0020: each spelling (name, city, state as written) a release gave a facility, first and last release by import. */
export interface ResearchFacilityNamesTable {
  facility_id: number;
  name: string;
  city: string | null;
  state: string | null;
  first_release: string | null;
  last_release: string | null;
}

/** 0020: the facility reference list loaded by `facilities reference FILE`, by ICE facility code. */
export interface ResearchFacilityReferenceTable {
  code: string;
  name: string | null;
  city: string | null;
  state: string | null;
  county_fips: string | null;
}

/** One row per record; what its profile fixes is in research_profiles (migration 0005). */
export interface ResearchDetainersTable {
  /** research_releases.key */
  release_key: number;
  line: number;
  prepared_date: string; // YYYY-MM-DD
  /** research_profiles.id within the release */
  profile: number;
  likely_duplicate: Flag;
  extra: Json | null;
  /** What followed a declined detainer (migration 0015, what-followed.ts); null when not traced. */
  followed: ColumnType<string | null, string | null | undefined, string | null>;
  /** The person's criminality where the release records it (migration 0015, criminality.ts); null otherwise. */
  criminality: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A release's record profiles: the facility, place, form, lift reason and outcome many records share. */
export interface ResearchProfilesTable {
  release_key: number;
  id: number;
  facility_id: number | null;
  state: string | null;
  county_fips: string | null;
  form: string | null;
  lift_reason: string | null;
  outcome: string;
  /** The dimensions researchers ask for (migration 0019, dimensions.ts); null when not recorded. */
  aor: ColumnType<string | null, string | null | undefined, string | null>;
  citizenship: ColumnType<string | null, string | null | undefined, string | null>;
  criminality: ColumnType<string | null, string | null | undefined, string | null>;
  conviction_category: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when the lift reason says the person is (or claims to be) a U.S. citizen. */
  us_citizen: ColumnType<number, number | undefined, number>;
}

/** The view research_records: each record with its profile's columns (what reads records uses). */
export type ResearchRecordsView = Omit<ResearchDetainersTable, 'profile' | 'followed' | 'criminality'> &
  Omit<ResearchProfilesTable, 'release_key' | 'id' | 'criminality'> & {
    /** A declined record's category (migration 0015: `untraceable` when not traced); null for other records. */
    followed: ColumnType<string | null, never, never>;
    criminality: ColumnType<string | null, never, never>;
  };

/**
 * Counts per month and dimension; unknown dimensions are '' (and facility 0), never null, so they can key.
 * A table until migration 0023, a view of research_rollup_cells and research_profiles since (written
 * through the cells; the migration tests still fill the table of the versions before).
 */
export interface ResearchRollupMonthlyTable {
  release_id: string;
  month: string; // YYYY-MM
  state: string;
  county_fips: string;
  facility_id: number;
  form: string;
  lift_reason: string;
  outcome: string;
  count: number;
  /** What followed a declined detainer (migration 0015); '' for cells of records that are not declines. */
  followed: ColumnType<string, string | undefined, string>;
  /** The person's criminality (migration 0015); '' when the release records none. */
  criminality: ColumnType<string, string | undefined, string>;
  /** The dimensions of migration 0019 (dimensions.ts); '' when not recorded, us_citizen 0/1. */
  aor: ColumnType<string, string | undefined, string>;
  citizenship: ColumnType<string, string | undefined, string>;
  conviction_category: ColumnType<string, string | undefined, string>;
  us_citizen: ColumnType<number, number | undefined, number>;
}

/** 0023: the monthly rollup's cells, by the release's record profile (research_profiles.id). */
export interface ResearchRollupCellsTable {
  release_key: number;
  profile: number;
  month: string; // YYYY-MM
  /** What followed a declined detainer; '' for cells of records that are not declines. */
  followed: string;
  count: number;
}

/** 0018: records per month, facility and release (from the monthly rollup, in the import's transaction). */
export interface ResearchRollupFacilityMonthTable {
  month: string; // YYYY-MM
  facility_id: number;
  /** 0021: the facility's state ('' unknown; records without a facility, id 0, by their own). */
  state: string;
  /** 0021: the facility's county FIPS ('' unknown). */
  county_fips: string;
  release_id: string;
  count: number;
  /** 0021: how many of `count` are re-issues. */
  reissues: number;
}

/**
 * 0018: records per outcome, state, month and release (from the monthly rollup, in the import's transaction);
 * 0022: and lift reason, keyed (state, outcome, lift_reason, month, release_id).
 */
export interface ResearchRollupOutcomeStateTable {
  state: string;
  outcome: string;
  /** 0022: the lift reason as the release gives it ('' none). */
  lift_reason: string;
  month: string; // YYYY-MM
  release_id: string;
  count: number;
}

/** Each agency's number of requests, kept by triggers (SQLite only: migration 0012). */
export interface AgencyRequestCountsTable {
  agency_id: string;
  requests: number;
}

export interface Database {
  meta: MetaTable;
  states: StatesTable;
  counties: CountiesTable;
  agencies: AgenciesTable;
  facilities: FacilitiesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  user_second_factors: UserSecondFactorsTable;
  user_recovery_codes: UserRecoveryCodesTable;
  subjects: SubjectsTable;
  detainer_requests: DetainerRequestsTable;
  agency_request_counts: AgencyRequestCountsTable;
  submitted_subjects: SubmittedSubjectsTable;
  identity_conflicts: IdentityConflictsTable;
  detainer_events: DetainerEventsTable;
  agency_chain_heads: AgencyChainHeadsTable;
  detainer_states: DetainerStatesTable;
  detainer_open_duties: DetainerOpenDutiesTable;
  decisions: DecisionsTable;
  notices: NoticesTable;
  personal_data_reads: PersonalDataReadsTable;
  research_releases: ResearchReleasesTable;
  research_facilities: ResearchFacilitiesTable;
  research_facility_names: ResearchFacilityNamesTable;
  research_facility_reference: ResearchFacilityReferenceTable;
  research_detainers: ResearchDetainersTable;
  research_profiles: ResearchProfilesTable;
  research_records: ResearchRecordsView;
  research_rollup_monthly: ResearchRollupMonthlyTable;
  research_rollup_cells: ResearchRollupCellsTable;
  research_rollup_facility_month: ResearchRollupFacilityMonthTable;
  research_rollup_outcome_state: ResearchRollupOutcomeStateTable;
  sign_in_throttles: SignInThrottlesTable;
  security_events: SecurityEventsTable;
}

/** 0007: sign-in throttling state per key ("account:<email digest>" or "address:<ip>"). */
export interface SignInThrottlesTable {
  key: string;
  scope: string;
  failures: number;
  window_started_at: Instant;
  last_attempt_at: Instant;
  locked_until: Instant | null;
}

/** 0007: append-only log of security events (sign-ins, locks, account administration). */
export interface SecurityEventsTable {
  id: string;
  occurred_at: Instant;
  kind: string;
  agency_id: string | null;
  user_id: string | null;
  actor_id: string | null;
  email_digest: string | null;
  address: string | null;
  details: Json;
}
