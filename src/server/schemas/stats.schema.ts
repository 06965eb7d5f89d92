import { Type } from 'typebox';

const DimensionValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

const FacilitySpelling = Type.Object({
  name: Type.String(),
  city: Type.Union([Type.String(), Type.Null()]),
  state: Type.Union([Type.String(), Type.Null()]),
  firstRelease: Type.Union([Type.String(), Type.Null()]),
  lastRelease: Type.Union([Type.String(), Type.Null()]),
});

export const ReleaseDto = Type.Object({
  id: Type.String(),
  dataset: Type.String({ description: "e.g. 'npr', 'pa', or 'synthetic' for generated data" }),
  sourceFile: Type.String(),
  importedAt: Type.String({ format: 'date-time' }),
  rowsLoaded: Type.Integer(),
  sha256: Type.String({ description: 'SHA-256 of the imported file, hex' }),
  recordsCriminality: Type.Boolean({
    description: "whether the release has a column of the person's criminality (e.g. Detainer_Prepared_Criminality)",
  }),
  recordsCitizenship: Type.Boolean({ description: 'whether some record of the release gives a citizenship country' }),
  recordsConviction: Type.Boolean({
    description: 'whether some record gives a most serious conviction (NCIC code or charge)',
  }),
  recordsAor: Type.Boolean({ description: "whether some record gives ICE's area of responsibility" }),
  coverage: Type.Object(
    {
      from: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'first prepare date' }),
      to: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'last prepare date' }),
    },
    { description: "the days the release's records cover (null when it has none)" },
  ),
  asOf: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description:
      'the date the release is as of (import --as-of, else its last prepare date): of two releases covering a ' +
      'month, the later counts',
  }),
});

export const ReleasePeriodDto = Type.Object(
  {
    release: Type.String({ description: 'release id' }),
    from: Type.String({ description: 'first month (YYYY-MM)' }),
    to: Type.String({ description: 'last month (YYYY-MM)' }),
  },
  { description: 'the release counted for a run of consecutive months' },
);

export const ReleaseOverlapDto = Type.Object(
  {
    releases: Type.Array(Type.String(), { minItems: 2, maxItems: 2, description: 'the two releases, by id' }),
    from: Type.String({ format: 'date', description: 'first day both cover' }),
    to: Type.String({ format: 'date', description: 'last day both cover' }),
    months: Type.Object({ from: Type.String(), to: Type.String() }, { description: 'those days as months (YYYY-MM)' }),
  },
  { description: 'two releases that cover the same days: adding them up counts the same detainers twice' },
);

export const ReleaseListResponse = Type.Object({
  releases: Type.Array(ReleaseDto, { description: 'every imported release, by id' }),
  overlaps: Type.Array(ReleaseOverlapDto, { description: 'the pairs of releases that cover the same days' }),
  periods: Type.Array(ReleasePeriodDto, {
    description: 'the release statistics count for each run of months (the precedence: one release per month)',
  }),
});

export const DetainerStatsResponse = Type.Object({
  rows: Type.Array(
    Type.Record(Type.String(), DimensionValue, {
      description:
        'one key per requested dimension (year and fiscalYear numbers, facility an id, usCitizen true/false, ' +
        'unknown or not recorded null) and count',
    }),
    { description: 'in sort order, at most limit of them; empty with totals=only' },
  ),
  totals: Type.Optional(
    Type.Object(
      {
        count: Type.Integer({ description: 'records counted, over every group' }),
        groups: Type.Integer({ description: 'groups (rows) the answer has before limit' }),
      },
      { description: 'present when asked for (totals=include or totals=only), whatever limit keeps' },
    ),
  ),
  releases: Type.Array(ReleaseDto, { description: 'the data releases the counts come from' }),
  overlaps: Type.Array(ReleaseOverlapDto, {
    description:
      'the candidate releases that cover the same days within from/to: with combined "precedence" each month ' +
      'comes from one of them (periods); with "added" they are added up and the same detainers may count twice',
  }),
  combined: Type.Union([Type.Literal('precedence'), Type.Literal('added')], {
    description: 'precedence: one release per month (default); added: overlapping releases added up (combine=add)',
  }),
  periods: Type.Array(ReleasePeriodDto, {
    description: "the release used for each run of months; when added, each release's own months",
  }),
  reissues: Type.Object(
    {
      excluded: Type.Boolean({ description: 'whether re-issues were left out of the counts' }),
      count: Type.Integer({ description: 're-issues left out (0 when counted)' }),
    },
    { description: 're-issues (outcome reissued) are left out of detainer counts unless includeReissues=true' },
  ),
  facilities: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.Union([Type.String(), Type.Null()], {
        description: "ICE's facility code: the facility's identity across releases (null when no release gave one)",
      }),
      name: Type.String(),
      city: Type.Union([Type.String(), Type.Null()]),
      state: Type.Union([Type.String(), Type.Null()]),
      names: Type.Array(FacilitySpelling, {
        description: 'every spelling the releases gave the facility, with the first and last release (by import)',
      }),
      otherNames: Type.Array(FacilitySpelling, {
        description:
          'the spellings to show beside the name ("also written"): each other name once, and the name where a ' +
          'release placed it elsewhere',
      }),
    }),
    { description: 'the facilities named by id in rows (when grouped by facility)' },
  ),
  filters: Type.Record(Type.String(), Type.Unknown()),
  granularity: Type.Union([Type.Literal('all'), Type.Literal('month'), Type.Literal('day')], {
    description: 'how from/to were applied: whole months from the rollup, or exact days',
  }),
});

const DeskCount = Type.Union([Type.Integer(), Type.Literal('<10'), Type.Literal('suppressed')]);
const DeskRow = Type.Record(Type.String(), Type.Union([DimensionValue, DeskCount]), {
  description: 'one key per dimension and count: a number, "<10", or "suppressed" (complementary)',
});

export const DeskStatsResponse = Type.Object({
  period: Type.Object(
    {
      from: Type.Union([Type.String(), Type.Null()], { description: 'first month with a published request' }),
      to: Type.String({ description: 'last complete month (YYYY-MM)' }),
      completeMonthsOnly: Type.Literal(true),
      refreshed: Type.String({ description: 'the UTC date the answer was computed for; it changes once a day' }),
    },
    { description: "complete calendar months only, in each agency's time zone" },
  ),
  rows: Type.Array(DeskRow),
  totals: Type.Array(DeskRow, { description: 'marginal totals; the grand total has no dimension key' }),
  suppression: Type.Object({ threshold: Type.Integer(), rule: Type.String() }),
  filters: Type.Record(Type.String(), Type.Unknown()),
});
