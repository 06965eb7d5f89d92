import type { ChartTable } from '../../../shared/charts/statsData';

/**
 * One scale for the two places' charts: the same fiscal years on the x axis and the same maximum
 * on the y axis, so that bars of the same height mean the same count on both sides.
 */

/** The smallest "round" number (1, 2, 2.5 or 5 times a power of ten) at or above n; 1 for nothing. */
export function niceCeil(n: number): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (n <= step * power + 1e-9 * power) return Math.max(1, step * power);
  }
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

export interface SharedScale {
  readonly years: readonly number[];
  readonly yMax: number;
}

export const sharedScale = (tables: readonly ChartTable[]): SharedScale => ({
  years: sharedYears(tables),
  yMax: sharedMax(tables),
});
