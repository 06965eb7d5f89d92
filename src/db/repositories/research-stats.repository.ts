import { sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { DeskCount, DeskStatsReader } from '../../core/research/stats-desk.js';
import type { ReleasePeriod } from '../../core/research/release-coverage.js';
import type {
  ResearchFacilityInfo,
  ResearchReleaseInfo,
  ResearchStatsReader,
  StoreFilters,
  StoreScope,
  StoredCount,
  StoredCountPage,
  StoredDimension,
  StoredPage,
} from '../../core/research/stats.js';
import { REISSUED } from '../../core/research/outcomes.js';
import { count, isoInstant } from '../codecs.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';
import { facilityNames } from './research-facilities.repository.js';

const ROLLUP_COLUMN: Readonly<Record<StoredDimension, RawBuilder<unknown>>> = {
  month: sql`month`,
  state: sql`state`,
  county: sql`county_fips`,
  facility: sql`facility_id`,
  form: sql`form`,
  outcome: sql`outcome`,
  liftReason: sql`lift_reason`,
  followed: sql`followed`,
  criminality: sql`criminality`,
  citizenship: sql`citizenship`,
  usCitizen: sql`us_citizen`,
  convictionCategory: sql`conviction_category`,
  aor: sql`aor`,
};

/** The same dimensions over the record table, with unknowns as the rollup keeps them ('' and 0). */
const RECORD_COLUMN: Readonly<Record<StoredDimension, RawBuilder<unknown>>> = {
  month: sql`substr(prepared_date, 1, 7)`,
  state: sql`coalesce(state, '')`,
  county: sql`coalesce(county_fips, '')`,
  facility: sql`coalesce(facility_id, 0)`,
  form: sql`coalesce(form, '')`,
  outcome: sql`outcome`,
  liftReason: sql`coalesce(lift_reason, '')`,
  followed: sql`coalesce(followed, '')`,
  criminality: sql`coalesce(criminality, '')`,
  citizenship: sql`coalesce(citizenship, '')`,
  usCitizen: sql`us_citizen`,
  convictionCategory: sql`coalesce(conviction_category, '')`,
  aor: sql`coalesce(aor, '')`,
};

/** Whether an import report lists a column of the person's criminality (DDP `Detainer_Prepared_Criminality`). */
function recordsCriminality(report: unknown): boolean {
  const parsed: unknown = typeof report === 'string' ? JSON.parse(report) : report;
  const columns = (parsed as { columns?: unknown } | null)?.columns;
  if (!Array.isArray(columns)) return false;
  return columns.some((c: unknown) => /criminal/i.test(String((c as { column?: unknown } | null)?.column ?? '')));
}

/**
 * The months each chosen release counts for (the precedence, stats.ts): `(release_id = ? and month between ?
 * and ?) or ...` over the rollup; over the records, by release key and prepare date.
 */
function periodsWhere(periods: readonly ReleasePeriod[], scope: StoreScope['kind']): Expression<unknown> {
  if (periods.length === 0) return sql`1 = 0`;
  const each = periods.map((p) =>
    scope === 'months'
      ? sql`(release_id = ${p.release} and month between ${p.from} and ${p.to})`
      : sql`(release_key = (select r.key from research_releases r where r.id = ${p.release})
          and prepared_date between ${`${p.from}-01`} and ${`${p.to}-31`})`,
  );
  return sql`(${sql.join(each, sql` or `)})`;
}

/** The filters of issue 14's dimensions (dimensions.ts), over the rollup's or the records' columns. */
function dimensionFilters(
  filters: StoreFilters,
  columns: Readonly<Record<StoredDimension, RawBuilder<unknown>>>,
): Expression<unknown>[] {
  const where: Expression<unknown>[] = [];
  if (filters.citizenship) where.push(sql`${columns.citizenship} = ${filters.citizenship}`);
  if (filters.usCitizen !== undefined) where.push(sql`${columns.usCitizen} = ${filters.usCitizen ? 1 : 0}`);
  if (filters.convictionCategory) where.push(sql`${columns.convictionCategory} = ${filters.convictionCategory}`);
  if (filters.aor) where.push(sql`${columns.aor} = ${filters.aor}`);
  return where;
}

type GroupRow = Partial<Record<StoredDimension, string | number>> & {
  n: string | number;
  groups?: string | number;
  total?: string | number;
};

interface RecordedDimensions {
  readonly criminality: boolean;
  readonly citizenship: boolean;
  readonly conviction: boolean;
  readonly aor: boolean;
}

type FilterName = Exclude<keyof StoreFilters, 'from' | 'to'>;

/** What a question names that is not a filter of records (how releases are combined, whether re-issues count). */
const NOT_FILTERS: ReadonlySet<keyof StoreFilters> = new Set(['from', 'to', 'combine', 'includeReissues']);

/**
 * The narrower rollups (migrations 0018, 0021 and 0022): the dimensions each keeps and the filters it
 * can apply. A question over whole months whose dimensions and filters one of them has is answered from
 * it (the first that fits), with the same counts as the monthly rollup's. The facility rollup has no
 * outcome but counts each cell's re-issues: it answers "re-issues only" and "without re-issues" (the
 * default, stats.ts) and no other outcome filter.
 */
const NARROW_ROLLUPS: readonly {
  readonly table: 'research_rollup_facility_month' | 'research_rollup_outcome_state';
  readonly dimensions: readonly StoredDimension[];
  readonly filters: readonly FilterName[];
  readonly countsReissues: boolean;
}[] = [
  // Keyed by state first (migration 0022), for a state's questions ("a state by year and lift reason").
  {
    table: 'research_rollup_outcome_state',
    dimensions: ['month', 'state', 'outcome', 'liftReason'],
    filters: ['releases', 'periods', 'state', 'outcome', 'withoutOutcome', 'liftReason'],
    countsReissues: false,
  },
  // Keyed by month first, for questions over the whole country ("a year's top facilities", "records
  // by county"): one facility's, county's or state's months are a run of the monthly rollup's index.
  {
    table: 'research_rollup_facility_month',
    dimensions: ['month', 'facility', 'state', 'county'],
    filters: ['releases', 'periods'],
    countsReissues: true,
  },
];

/** Where a question over whole months is counted: the table, and the sum that counts its records. */
interface RollupSource {
  readonly table: string;
  readonly total: RawBuilder<unknown>;
  /** Whether `total` already applies the outcome filters (so they are not in the where clause). */
  readonly countsOutcome: boolean;
}

const MONTHLY_ROLLUP: RollupSource = { table: 'research_rollup_monthly', total: sql`sum(count)`, countsOutcome: false };

/** The rollup that answers a question over whole months: the narrowest that has what it asks (exported for tests). */
export function rollupSourceFor(dimensions: readonly StoredDimension[], filters: StoreFilters): RollupSource {
  const asked = (Object.keys(filters) as (keyof StoreFilters)[]).filter(
    (name) => !NOT_FILTERS.has(name) && filters[name] !== undefined,
  );
  const reissuesOnly = (name: keyof StoreFilters) =>
    (name === 'outcome' || name === 'withoutOutcome') && filters[name] === REISSUED;
  const narrow = NARROW_ROLLUPS.find(
    (r) =>
      dimensions.every((d) => r.dimensions.includes(d)) &&
      asked.every((f) => r.filters.includes(f as FilterName) || (r.countsReissues && reissuesOnly(f))),
  );
  if (!narrow) return MONTHLY_ROLLUP;
  if (!narrow.countsReissues) return { table: narrow.table, total: sql`sum(count)`, countsOutcome: false };
  const total = filters.outcome
    ? sql`sum(reissues)`
    : filters.withoutOutcome
      ? sql`sum(count - reissues)`
      : sql`sum(count)`;
  return { table: narrow.table, total, countsOutcome: true };
}

/** The conditions a question's filters put on the rollup it is counted from (or on the records). */
function filtersWhere(filters: StoreFilters, scope: StoreScope['kind'], source: RollupSource): Expression<unknown>[] {
  const columns = scope === 'months' ? ROLLUP_COLUMN : RECORD_COLUMN;
  const where: Expression<unknown>[] = [];
  if (filters.periods) where.push(periodsWhere(filters.periods, scope));
  else if (filters.releases) {
    const ids = sql.join(filters.releases.map((id) => sql`${id}`));
    where.push(
      scope === 'months'
        ? sql`release_id in (${ids})`
        : sql`release_key in (select r.key from research_releases r where r.id in (${ids}))`,
    );
  }
  if (filters.state) where.push(sql`${columns.state} = ${filters.state}`);
  if (filters.county) where.push(sql`${columns.county} = ${filters.county}`);
  if (filters.facility) where.push(sql`${columns.facility} = ${filters.facility}`);
  if (!source.countsOutcome) {
    if (filters.outcome) where.push(sql`outcome = ${filters.outcome}`);
    if (filters.withoutOutcome) where.push(sql`outcome <> ${filters.withoutOutcome}`);
  }
  if (filters.followed) where.push(sql`followed = ${filters.followed}`);
  if (filters.criminality) where.push(sql`criminality = ${filters.criminality}`);
  where.push(...dimensionFilters(filters, columns));
  if (filters.form) where.push(sql`${columns.form} = ${filters.form}`);
  if (filters.liftReason) where.push(sql`${columns.liftReason} = ${filters.liftReason}`);
  return where;
}

function storedCount(row: GroupRow): StoredCount {
  return {
    month: String(row.month ?? ''),
    state: String(row.state ?? ''),
    county: String(row.county ?? ''),
    facility: Number(row.facility ?? 0),
    form: String(row.form ?? ''),
    outcome: String(row.outcome ?? ''),
    liftReason: String(row.liftReason ?? ''),
    followed: String(row.followed ?? ''),
    criminality: String(row.criminality ?? ''),
    citizenship: String(row.citizenship ?? ''),
    aor: String(row.aor ?? ''),
    convictionCategory: String(row.convictionCategory ?? ''),
    usCitizen: Number(row.usCitizen ?? 0),
    count: count(row.n),
  };
}

/**
 * Statistics SQL: grouped counts over the monthly rollup of research data (or over the records
 * themselves for partial months), and grouped counts of the desk's operational detainers.
 */
export class SqlResearchStatsRepository implements ResearchStatsReader, DeskStatsReader {
  /** recordedDimensions, per release and import time. */
  private readonly recorded = new Map<string, RecordedDimensions>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  async count(
    dimensions: readonly StoredDimension[],
    filters: StoreFilters,
    scope: StoreScope,
  ): Promise<StoredCount[]> {
    return (await this.grouped(dimensions, filters, scope)).map(storedCount).filter((row) => row.count > 0);
  }

  async countPage(
    dimensions: readonly StoredDimension[],
    filters: StoreFilters,
    scope: StoreScope,
    page: StoredPage,
  ): Promise<StoredCountPage> {
    const rows = await this.grouped(dimensions, filters, scope, page);
    return {
      rows: rows.map(storedCount),
      groups: count(rows[0]?.groups ?? 0),
      total: count(rows[0]?.total ?? 0),
    };
  }

  /**
   * The grouped counts; with a page, sorted and cut in SQL, each row also giving the number of
   * groups and their total count before the cut (window functions over the grouped rows).
   */
  private async grouped(
    dimensions: readonly StoredDimension[],
    filters: StoreFilters,
    scope: StoreScope,
    page?: StoredPage,
  ): Promise<GroupRow[]> {
    const columns = scope.kind === 'months' ? ROLLUP_COLUMN : RECORD_COLUMN;
    const source: RollupSource =
      scope.kind === 'months'
        ? rollupSourceFor(dimensions, filters)
        : { table: 'research_records', total: sql`count(*)`, countsOutcome: false };
    const where = filtersWhere(filters, scope.kind, source);
    if (scope.kind === 'months') {
      if (scope.from) where.push(sql`month >= ${scope.from}`);
      if (scope.to) where.push(sql`month <= ${scope.to}`);
    } else {
      where.push(sql`prepared_date >= ${scope.from}`, sql`prepared_date <= ${scope.to}`);
    }
    const selected = dimensions.map((d) => sql`${columns[d]} as ${sql.ref(d)}`);
    const { total } = source;
    const paged = page
      ? [sql`count(*) over () as groups`, sql`sum(${total}) over () as total`]
      : ([] as RawBuilder<unknown>[]);
    const query = sql<GroupRow>`select ${sql.join([...selected, sql`${total} as n`, ...paged])} from ${sql.table(source.table)}
      ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      ${dimensions.length > 0 ? sql`group by ${sql.join(dimensions.map((d) => columns[d]))}` : sql``}
      ${page ? sql`having ${total} > 0 ${this.pageOrder(dimensions, columns, page)} limit ${page.limit}` : sql``}`;
    return (await query.execute(this.db)).rows;
  }

  /**
   * A page's order as the core's (stats.ts compareValues): unknown values ('' and facility 0) last,
   * texts by code point (PostgreSQL: the "C" collation, not the database's), count descending first
   * when sorted by count.
   */
  private pageOrder(
    dimensions: readonly StoredDimension[],
    columns: Readonly<Record<StoredDimension, RawBuilder<unknown>>>,
    page: StoredPage,
  ): RawBuilder<unknown> {
    const byValue = dimensions.flatMap((d) => {
      const column = columns[d];
      if (d === 'facility') return [sql`case when ${column} = 0 then 1 else 0 end`, column];
      // A flag, never unknown: false (0) before true (1), as compareValues orders them.
      if (d === 'usCitizen') return [column];
      const text = this.engine === 'postgres' ? sql`${column} collate "C"` : column;
      return [sql`case when ${column} = '' then 1 else 0 end`, text];
    });
    const order = page.sort === 'count' ? [sql`n desc`, ...byValue] : byValue;
    // No dimensions and no count order: one group, nothing to order.
    return order.length === 0 ? sql`` : sql`order by ${sql.join(order)}`;
  }

  async estimateGroups(dimensions: readonly StoredDimension[], filters: StoreFilters): Promise<number> {
    if (dimensions.length === 0) return 1;
    // Day-counted partial months group into no more cells than their whole months in the rollup.
    const source = rollupSourceFor(dimensions, filters);
    const where = filtersWhere(filters, 'months', source);
    if (filters.from) where.push(sql`month >= ${filters.from.slice(0, 7)}`);
    if (filters.to) where.push(sql`month <= ${filters.to.slice(0, 7)}`);
    const query = sql<{ n: string | number }>`select count(*) as n from (select 1 as one from ${sql.table(source.table)}
      ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      group by ${sql.join(dimensions.map((d) => ROLLUP_COLUMN[d]))}) as g`;
    const rows = (await query.execute(this.db)).rows;
    return count(rows[0]?.n ?? 0);
  }

  async releases(): Promise<ResearchReleaseInfo[]> {
    const query = this.db
      .selectFrom('research_releases')
      .select([
        'id',
        'dataset',
        'source_file',
        'imported_at',
        'rows_loaded',
        'sha256',
        'first_prepared_date',
        'last_prepared_date',
        'as_of',
        'report',
      ])
      .orderBy('id');
    const rows = await query.execute();
    const recorded = await this.recordedDimensions(
      rows.map((r) => ({ id: r.id, importedAt: isoInstant(r.imported_at) })),
    );
    return rows.map((r) => ({
      id: r.id,
      dataset: r.dataset,
      sourceFile: r.source_file,
      importedAt: isoInstant(r.imported_at),
      rowsLoaded: Number(r.rows_loaded),
      sha256: r.sha256,
      recordsCriminality: recordsCriminality(r.report) || (recorded.get(r.id)?.criminality ?? false),
      recordsCitizenship: recorded.get(r.id)?.citizenship ?? false,
      recordsConviction: recorded.get(r.id)?.conviction ?? false,
      recordsAor: recorded.get(r.id)?.aor ?? false,
      coverage: { from: r.first_prepared_date, to: r.last_prepared_date },
      asOf: r.as_of,
    }));
  }

  /**
   * Per release, which of issue 14's dimensions some record of it gives (from its profiles: a few
   * thousand rows a release, ~6 ms a question when read each time). A stored release never changes
   * (importing it again gives it a new import time), so each is read once per (release, import time).
   */
  private async recordedDimensions(
    releases: readonly { id: string; importedAt: string }[],
  ): Promise<ReadonlyMap<string, RecordedDimensions>> {
    const stamp = (r: { id: string; importedAt: string }) => `${r.id}\u0000${r.importedAt}`;
    const missing = releases.filter((r) => !this.recorded.has(stamp(r)));
    if (missing.length > 0) {
      const has = (column: string) => sql<number>`max(case when p.${sql.raw(column)} is null then 0 else 1 end)`;
      const rows = await sql<{
        id: string;
        criminality: number | string | null;
        citizenship: number | string | null;
        conviction: number | string | null;
        aor: number | string | null;
      }>`select r.id, ${has('criminality')} as criminality, ${has('citizenship')} as citizenship,
          ${has('conviction_category')} as conviction, ${has('aor')} as aor
        from research_releases r join research_profiles p on p.release_key = r.key
        where r.id in (${sql.join(missing.map((r) => sql`${r.id}`))})
        group by r.id`.execute(this.db);
      const read = new Map(rows.rows.map((r) => [r.id, r]));
      for (const release of missing) {
        const r = read.get(release.id);
        this.recorded.set(stamp(release), {
          criminality: Number(r?.criminality) === 1,
          citizenship: Number(r?.citizenship) === 1,
          conviction: Number(r?.conviction) === 1,
          aor: Number(r?.aor) === 1,
        });
      }
      // Releases deleted or imported again since: their old entries go.
      const current = new Set(releases.map(stamp));
      for (const key of this.recorded.keys()) if (!current.has(key)) this.recorded.delete(key);
    }
    return new Map(releases.map((r) => [r.id, this.recorded.get(stamp(r))!]));
  }

  async facilities(ids: readonly number[]): Promise<ResearchFacilityInfo[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('research_facilities')
      .select(['id', 'code', 'name', 'city', 'state'])
      .where('id', 'in', [...ids])
      .orderBy('id')
      .execute();
    const names = await facilityNames(this.db, ids);
    return rows.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      city: r.city,
      state: r.state,
      names: names.get(Number(r.id)) ?? [],
    }));
  }

  async countDetainers(): Promise<DeskCount[]> {
    const hour =
      this.engine === 'postgres'
        ? sql<string>`to_char(d.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24')`
        : sql<string>`substr(d.received_at, 1, 13)`;
    const query = this.db
      .selectFrom('detainer_requests as d')
      .innerJoin('detainer_states as s', 's.detainer_id', 'd.id')
      .innerJoin('agencies as a', 'a.id', 'd.agency_id')
      .select([
        'a.state_code as state',
        sql<string>`coalesce(a.county_fips, '')`.as('county'),
        'a.time_zone as time_zone',
        hour.as('hour'),
        'd.form as form',
        's.status as status',
        sql<string | number>`count(*)`.as('n'),
      ])
      .groupBy(['a.state_code', sql`coalesce(a.county_fips, '')`, 'a.time_zone', hour, 'd.form', 's.status']);
    return (await query.execute()).map((r) => ({
      state: r.state,
      county: r.county,
      timeZone: r.time_zone,
      hour: r.hour,
      form: r.form,
      status: r.status,
      count: count(r.n),
    }));
  }
}
