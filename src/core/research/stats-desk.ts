/**
 * Privacy-safe statistics over the desk's own operational data: how many detainers the agencies
 * using this desk have, by state, county, year, month (of receipt, UTC), form and status. Every
 * value below 10 is hidden, with complementary suppression (suppression.ts), so that no hidden
 * value can be recovered from the published totals.
 */
import type { DomainError } from '../shared/errors.js';
import { invalidField } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { compareValues, parseDimensions, type DimensionValue } from './stats.js';
import { SUPPRESSION_THRESHOLD, suppressTable, type Published } from './suppression.js';

export const DESK_DIMENSIONS = ['state', 'county', 'year', 'month', 'form', 'status'] as const;
export type DeskDimension = (typeof DESK_DIMENSIONS)[number];

/** One group as the store returns it, grouped by every base column. */
export interface DeskCount {
  readonly state: string;
  readonly county: string; // '' when the agency has no county
  readonly month: string; // YYYY-MM of receipt, UTC
  readonly form: string;
  readonly status: string;
  readonly count: number;
}

export interface DeskStatsReader {
  countDetainers(filters: { readonly state?: string }): Promise<DeskCount[]>;
}

export interface DeskStatsQuery {
  readonly groupBy: readonly DeskDimension[];
  readonly state?: string;
}

/** A published count: a number, "<10" (below the threshold) or "suppressed" (hidden to protect a "<10"). */
export type PublishedCount = number | '<10' | 'suppressed';

export type DeskRow = Readonly<Record<string, DimensionValue>> & { readonly count: PublishedCount };

export interface DeskStats {
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

export function parseDeskStatsQuery(input: {
  readonly groupBy?: string | undefined;
  readonly state?: string | undefined;
}): Result<DeskStatsQuery, DomainError> {
  const groupBy = parseDimensions(input.groupBy, DESK_DIMENSIONS);
  if (!groupBy.ok) return groupBy;
  if (input.state === undefined) return ok({ groupBy: groupBy.value });
  if (!/^[A-Za-z]{2}$/.test(input.state)) return err(invalidField('state', 'must be a two-letter USPS code'));
  return ok({ groupBy: groupBy.value, state: input.state.toUpperCase() });
}

function valueOf(dimension: DeskDimension, row: DeskCount): string {
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

export async function deskStats(reader: DeskStatsReader, query: DeskStatsQuery): Promise<DeskStats> {
  const counts = await reader.countDetainers(query.state ? { state: query.state } : {});
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
    rows: sortRows(table.cells.map((c) => toRow(c.dimensions, c.key, c.value))),
    totals: table.totals.map((t) => toRow(t.dimensions, t.key, t.value)),
    suppression: { threshold: SUPPRESSION_THRESHOLD, rule: SUPPRESSION_RULE },
    filters: { groupBy: query.groupBy, ...(query.state ? { state: query.state } : {}) },
  };
}
