/**
 * Privacy-safe statistics over the desk's own operational data: how many detainers the agencies
 * using this desk have, by state, county, year, month (of receipt, in the agency's time zone), form
 * and status. Every value below 10 is hidden, with complementary suppression (suppression.ts), so
 * that no hidden value can be recovered from the published totals.
 *
 * Only complete calendar months are published, and the answer is computed once a day (finding 7):
 * a count that moved with each new request would let anyone polling the answer see single intakes
 * as they happen, county by county. The period ends with the last month that is complete in every
 * agency's time zone at the start of the day (00:00 UTC), so the answer depends on the day alone.
 */
import { localDate } from '../clock/local-calendar.js';
import type { Clock } from '../shared/ports.js';
import { compareValues, type DimensionValue } from './stats.js';
import { SUPPRESSION_THRESHOLD, suppressTable, type Published } from './suppression.js';

export const DESK_DIMENSIONS = ['state', 'county', 'year', 'month', 'form', 'status'] as const;
export type DeskDimension = (typeof DESK_DIMENSIONS)[number];

/** One group as the store returns it, grouped by every base column. */
export interface DeskCount {
  readonly state: string;
  readonly county: string; // '' when the agency has no county
  /** The agency's IANA time zone, in which its months are counted. */
  readonly timeZone: string;
  /**
   * The UTC hour of receipt, `YYYY-MM-DDTHH`. An hour falls in one local month wherever the offset
   * is whole hours (every US zone).
   */
  readonly hour: string;
  readonly form: string;
  readonly status: string;
  readonly count: number;
}

/** A group as published: its month is the local month of receipt. */
export interface MonthCount {
  readonly state: string;
  readonly county: string;
  readonly month: string; // YYYY-MM, local to the agency
  readonly form: string;
  readonly status: string;
  readonly count: number;
}

export interface DeskStatsReader {
  countDetainers(): Promise<DeskCount[]>;
}

export interface DeskStatsQuery {
  readonly groupBy: readonly DeskDimension[];
  readonly state?: string;
}

/** A published count: a number, "<10" (below the threshold) or "suppressed" (hidden to protect a "<10"). */
export type PublishedCount = number | '<10' | 'suppressed';

export type DeskRow = Readonly<Record<string, DimensionValue>> & { readonly count: PublishedCount };

/** The months an answer covers: complete months only, the same for every query of the day. */
export interface DeskPeriod {
  /** The first month with a published request (null when none). */
  readonly from: string | null;
  /** The last complete month (YYYY-MM): in every agency's time zone, it had ended when the day began. */
  readonly to: string;
  readonly completeMonthsOnly: true;
  /** The UTC date the answer was computed for; it changes once a day. */
  readonly refreshed: string;
}

export const PERIOD_NOTE =
  "Complete calendar months only, in each agency's time zone; requests of the current month are published " +
  'once the month has ended. Refreshed once a day.';

export interface DeskStats {
  readonly period: DeskPeriod;
  readonly rows: DeskRow[];
  /** Marginal totals over each subset of the dimensions; the grand total is the one with no dimension. */
  readonly totals: DeskRow[];
  readonly suppression: { readonly threshold: number; readonly rule: string };
  readonly filters: { readonly groupBy: readonly DeskDimension[]; readonly state?: string };
}

export const SUPPRESSION_RULE =
  'Counts below 10 are shown as "<10". So that no hidden count can be worked out from the totals, ' +
  'when a row, column or total has exactly one hidden count, its next smallest count is hidden too, shown as "suppressed"; ' +
  'totals are hidden by the same rule.';

function valueOf(dimension: DeskDimension, row: MonthCount): string {
  switch (dimension) {
    case 'year':
      return row.month.slice(0, 4);
    case 'county':
      return row.county;
    default:
      return row[dimension];
  }
}

const typed = (dimension: DeskDimension, value: string): DimensionValue =>
  value === '' ? null : dimension === 'year' ? Number(value) : value;

const publishedCount = (value: Published): PublishedCount =>
  value.kind === 'shown' ? value.count : value.reason === 'primary' ? '<10' : 'suppressed';

/** The month before `month` (YYYY-MM). */
function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** The groups of the complete months as of `day` (YYYY-MM-DD, UTC), each by its agency's local month. */
export function completeMonths(
  counts: readonly DeskCount[],
  day: string,
): { period: DeskPeriod; counts: MonthCount[] } {
  const dayStart = new Date(`${day}T00:00:00Z`);
  const zones = [...new Set(counts.map((c) => c.timeZone))];
  // The last month complete everywhere: the month before the earliest current local month.
  const current = zones.map((zone) => localDate(dayStart, zone).slice(0, 7));
  const to = previousMonth([day.slice(0, 7), ...current].sort()[0]!);
  const months: MonthCount[] = [];
  for (const c of counts) {
    const month = localDate(new Date(`${c.hour}:00:00Z`), c.timeZone).slice(0, 7);
    if (month > to) continue;
    months.push({ state: c.state, county: c.county, month, form: c.form, status: c.status, count: c.count });
  }
  const from = months.length === 0 ? null : months.map((m) => m.month).sort()[0]!;
  return { period: { from, to, completeMonthsOnly: true, refreshed: day }, counts: months };
}

/** Tabulates the complete months for a query, with suppression. */
export function tabulateDeskStats(
  published: { period: DeskPeriod; counts: readonly MonthCount[] },
  query: DeskStatsQuery,
): DeskStats {
  const counts = query.state ? published.counts.filter((c) => c.state === query.state) : published.counts;
  const table = suppressTable(
    query.groupBy.length,
    counts.map((c) => ({ key: query.groupBy.map((d) => valueOf(d, c)), count: c.count })),
  );
  const toRow = (dimensions: readonly number[], key: readonly string[], value: Published): DeskRow =>
    ({
      ...Object.fromEntries(dimensions.map((d, i) => [query.groupBy[d]!, typed(query.groupBy[d]!, key[i]!)])),
      count: publishedCount(value),
    }) as DeskRow;
  const sortRows = (rows: DeskRow[]) =>
    rows.sort((a, b) => {
      for (const d of query.groupBy) {
        const c = compareValues(a[d] ?? null, b[d] ?? null);
        if (c !== 0) return c;
      }
      return 0;
    });
  return {
    period: published.period,
    rows: sortRows(table.cells.map((c) => toRow(c.dimensions, c.key, c.value))),
    totals: table.totals.map((t) => toRow(t.dimensions, t.key, t.value)),
    suppression: { threshold: SUPPRESSION_THRESHOLD, rule: SUPPRESSION_RULE },
    filters: { groupBy: query.groupBy, ...(query.state ? { state: query.state } : {}) },
  };
}

/**
 * The desk statistics as published: the store is read at most once a (UTC) day; every query of
 * that day is answered from that reading, for the complete months as of the day's start.
 */
export class DeskStatsPublisher {
  private reading: { day: string; published: Promise<ReturnType<typeof completeMonths>> } | undefined;

  constructor(
    private readonly reader: DeskStatsReader,
    private readonly clock: Clock,
  ) {}

  async stats(query: DeskStatsQuery): Promise<DeskStats> {
    const day = this.clock.now().toISOString().slice(0, 10);
    if (this.reading?.day !== day) {
      const published = this.reader.countDetainers().then((counts) => completeMonths(counts, day));
      this.reading = { day, published };
      // A failed reading is not kept: the next query reads again.
      published.catch(() => {
        if (this.reading?.published === published) this.reading = undefined;
      });
    }
    return tabulateDeskStats(await this.reading.published, query);
  }
}
