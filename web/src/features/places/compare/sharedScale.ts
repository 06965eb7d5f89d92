import type { ChartTable } from '../../../shared/charts/statsData';

/**
 * One scale for the two places' charts: the same fiscal years on the x axis and the same maximum
 * on the y axis, so that bars of the same height mean the same count on both sides.
 */

/**
 * The smallest "round" maximum at or above n whose quarters (the axis's ticks) are whole and
 * round: 4, 8, 12, 16, then 2, 4, 6, 8 or 10 times a power of ten from 20 on (20, 40, …, 100, 200,
 * 400, …); 4 for nothing.
 */
export function niceCeil(n: number): number {
  if (!(n > 4)) return 4;
  for (const small of [8, 12, 16]) if (n <= small) return small;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 4, 6, 8]) if (n <= step * power) return step * power;
  return 10 * power;
}

/** Every fiscal year from the earliest to the latest that either table has (none missing between). */
export function sharedYears(tables: readonly ChartTable[]): number[] {
  const years = tables.flatMap((t) => t.rows.map((r) => Number(r.fiscalYear))).filter(Number.isFinite);
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The y maximum for both: the highest year total of either table, rounded up to a round number. */
export function sharedMax(tables: readonly ChartTable[]): number {
  return niceCeil(Math.max(0, ...tables.flatMap((t) => t.rows.map((r) => Number(r.total) || 0))));
}

/**
 * The series of either table (outcomes, forms), the first table's in its order, then the other's
 * that it lacks: a series keeps its colour on both sides when one place lacks another series.
 */
export function sharedSeries(tables: readonly ChartTable[]): string[] {
  const keys = tables.flatMap((t) => t.columns.filter((c) => c.numeric && c.key !== 'total').map((c) => c.key));
  return [...new Set(keys)];
}

export interface SharedScale {
  readonly years: readonly number[];
  readonly yMax: number;
  readonly series: readonly string[];
}

export const sharedScale = (tables: readonly ChartTable[]): SharedScale => ({
  years: sharedYears(tables),
  yMax: sharedMax(tables),
  series: sharedSeries(tables),
});
