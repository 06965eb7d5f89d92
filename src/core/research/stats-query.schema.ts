import { Type, type Static } from 'typebox';
import { HISTORY_YEARS, Line, LocalDate, Pattern } from '../shared/input-types.js';
import { OUTCOMES } from './outcomes.js';
import { CRIMINALITY } from './criminality.js';
import { CONVICTION_CATEGORIES } from './dimensions.js';
import { FOLLOWED } from './what-followed.js';
import { DESK_DIMENSIONS } from './stats-desk.js';
import { DETAINER_DIMENSIONS, MAX_STATS_LIMIT, STATS_SORTS, STATS_TOTALS } from './stats.js';

const State = Pattern('^[A-Za-z]{2}$', 'must be a two-letter USPS code', {
  kind: 'stateCode',
  description: 'USPS code',
});

/** The largest research facility id (the column is a 32-bit integer in both engines). */
export const MAX_FACILITY_ID = 2_147_483_647;

/** `GET /stats/detainers` and `stats detainers` (options as text): counts of ICE's FOIA records. */
export const DetainerStatsQuerySchema = Type.Object(
  {
    groupBy: Type.Optional(
      Line({ maxLength: 200, description: `comma-separated dimensions: ${DETAINER_DIMENSIONS.join(', ')}` }),
    ),
    state: Type.Optional(State),
    county: Type.Optional(
      Pattern('^\\d{5}$', 'must be a five-digit county FIPS code', {
        kind: 'countyFips',
        description: 'five-digit county FIPS',
      }),
    ),
    facility: Type.Optional(
      Type.Integer({ minimum: 1, maximum: MAX_FACILITY_ID, description: 'research facility id' }),
    ),
    from: Type.Optional(LocalDate(HISTORY_YEARS, 'first prepare date (inclusive)')),
    to: Type.Optional(LocalDate(HISTORY_YEARS, 'last prepare date (inclusive)')),
    outcome: Type.Optional(Type.Enum(OUTCOMES)),
    followed: Type.Optional(
      Type.Enum(FOLLOWED, { description: 'only declined detainers followed by this (what the records say followed)' }),
    ),
    criminality: Type.Optional(
      Type.Enum(CRIMINALITY, {
        description: "only records of people in this category, where the release records the person's criminality",
      }),
    ),
    citizenship: Type.Optional(
      Line({
        minLength: 1,
        maxLength: 100,
        description:
          'citizenship country as the release writes it (any case; e.g. MEXICO), where the release records it',
      }),
    ),
    usCitizen: Type.Optional(
      Type.Enum(['true', 'false'], {
        description:
          'true: only detainers lifted because the person is (or claims to be) a U.S. citizen (lift reason ' +
          '"USC or Presumptive Claim to US Citizenship" or "United States Citizen Interviewed"); false: only the others',
      }),
    ),
    convictionCategory: Type.Optional(
      Type.Enum(CONVICTION_CATEGORIES, {
        description:
          "only records whose most serious conviction's NCIC offense code is in this group (first two digits; " +
          'unknown-code: a conviction recorded whose code names no group), where the release records it',
      }),
    ),
    aor: Type.Optional(
      Line({
        minLength: 1,
        maxLength: 100,
        description: "ICE's area of responsibility as the release writes it (any case), where the release records it",
      }),
    ),
    release: Type.Optional(
      Line({
        minLength: 1,
        maxLength: 1000,
        description:
          'research release ids, comma-separated; every imported release when absent. Each month is counted from ' +
          'one of them: the newest (latest as-of, then latest import) that covers the whole month, else the newest',
      }),
    ),
    combine: Type.Optional(
      Type.Enum(['add'], {
        description:
          'add: add up releases that cover the same months instead of taking one per month (the same detainers may ' +
          'count twice; the answer says combined: added)',
      }),
    ),
    includeReissues: Type.Optional(
      Type.Boolean({
        description:
          're-issues (outcome reissued: Duplicate, Superseding - New Form Issued) count as detainers too; left out ' +
          'by default, and the answer says how many',
      }),
    ),
    form: Type.Optional(
      Line({
        minLength: 1,
        maxLength: 200,
        description: 'request form as the release gives it (e.g. "I247D - Immigration Detainer - Request for Action")',
      }),
    ),
    liftReason: Type.Optional(
      Line({ minLength: 1, maxLength: 200, description: 'detainer lift reason as the release gives it' }),
    ),
    sort: Type.Optional(
      Type.Enum(STATS_SORTS, {
        description:
          'order of the rows: `dimensions` (default: by each groupBy dimension in turn, unknown last) or `count` ' +
          '(largest first, ties by the dimensions)',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: MAX_STATS_LIMIT,
        description:
          'at most this many rows, the first in `sort` order (top-N: with sort=count, the largest groups); ' +
          'every row when absent. An answer cut to at most STATS_MAX_ROWS rows is never refused as too broad',
      }),
    ),
    totals: Type.Optional(
      Type.Enum(STATS_TOTALS, {
        description:
          "the answer's `totals` (records counted and groups, over every group whatever `limit` keeps): `none` " +
          '(default), `include` (beside the rows) or `only` (instead of them: `rows` is empty)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type DetainerStatsQueryInput = Static<typeof DetainerStatsQuerySchema>;

/** `GET /stats/desk` and `stats desk`: the desk's own counts, suppressed. */
export const DeskStatsQuerySchema = Type.Object(
  {
    groupBy: Type.Optional(
      Line({ maxLength: 200, description: `comma-separated dimensions: ${DESK_DIMENSIONS.join(', ')}` }),
    ),
    state: Type.Optional(State),
  },
  { additionalProperties: false },
);
export type DeskStatsQueryInput = Static<typeof DeskStatsQuerySchema>;
