import type { ChartTable } from '../../../shared/charts/statsData';
import { pivotByYear } from '../../../shared/charts/statsData';
import type { DetainerStatsDto } from '../../../shared/types';

/**
 * The place page's measures as tables (each chart draws exactly its table, and downloads it): what
 * the records show followed a declined detainer, and the detainers ICE lifted for a U.S. citizen or
 * a person not subject to removal.
 */

type Row = DetainerStatsDto['rows'][number];

/** What followed a decline (src/core/research/what-followed.ts), in the order the chart stacks them. */
export const FOLLOWED_ORDER = [
  'later-transferred-to-ice',
  'later-declined-by-agency',
  'later-lifted-by-ice',
  'later-released',
  'later-reissued',
  'later-other',
  'later-pending',
  'no-later-detainer',
  'untraceable',
] as const;

/** ICE's lift reasons each lifted measure counts (as the NPR export and DDP releases spell them). */
export const LIFT_REASON_MEASURE: Readonly<Record<string, string>> = {
  'United States Citizen Interviewed': 'usc-interviewed',
  'USC or Presumptive Claim to US Citizenship': 'usc-claim',
  'Alien Not Subject to Deportation': 'not-removable',
};
export const LIFTED_ORDER = ['usc-interviewed', 'usc-claim', 'not-removable'] as const;

/** Relabels the series columns of a pivot with their messages (`prefix` + key). */
function labelled(table: ChartTable, keys: readonly string[], prefix: string): ChartTable {
  return {
    ...table,
    columns: table.columns.map((c) => (keys.includes(c.key) ? { ...c, label: `${prefix}${c.key}` } : c)),
  };
}

/** Declines per fiscal year by what followed (rows of groupBy=fiscalYear,followed&outcome=declined-by-agency). */
export function followedTable(rows: readonly Row[]): ChartTable {
  return labelled(pivotByYear(rows, 'followed', FOLLOWED_ORDER), FOLLOWED_ORDER, 'measures.followed.');
}

/** Whether a release's declines here could be traced at all (some category other than untraceable). */
export function anyTraced(table: ChartTable): boolean {
  return table.columns.some((c) => c.numeric && c.key !== 'total' && c.key !== 'untraceable');
}

/**
 * A pivot by fiscal year kept to some series (in their order), labelled, with its total over them:
 * every fiscal year of the rows is a row, zero when it has none of them.
 */
function onlySeries(rows: readonly Row[], series: string, keys: readonly string[], prefix: string): ChartTable {
  const table = pivotByYear(rows, series, keys);
  const kept = keys.filter((k) => table.columns.some((c) => c.key === k));
  const rowsOut = table.rows.map((r) => {
    const row: Record<string, string | number> = { fiscalYear: r.fiscalYear! };
    for (const key of kept) row[key] = r[key] ?? 0;
    row.total = kept.reduce((sum, key) => sum + Number(r[key] ?? 0), 0);
    return row;
  });
  const columns = table.columns.filter((c) => c.key === 'fiscalYear' || kept.includes(c.key) || c.key === 'total');
  return labelled({ columns, rows: rowsOut }, keys, prefix);
}

/**
 * Lifted detainers per fiscal year for the three reasons (rows of groupBy=fiscalYear,liftReason&
 * outcome=lifted-by-ice); every fiscal year with a lifted detainer is a row, zero when none of the three.
 */
export function liftedTable(rows: readonly Row[]): ChartTable {
  const measured = rows.map((r) => ({ ...r, measure: LIFT_REASON_MEASURE[String(r.liftReason)] ?? 'rest' }));
  return onlySeries(measured, 'measure', LIFTED_ORDER, 'measures.lifted.');
}

/** The categories of people with no criminal conviction (src/core/research/criminality.ts NO_CONVICTION). */
export const NO_CONVICTION = ['pending-charges', 'no-criminal-record'] as const;

/**
 * Detainers of people with no criminal conviction per fiscal year, as the release records the
 * person's criminality (rows of groupBy=fiscalYear,criminality): every fiscal year with a record is a row.
 */
export function noConvictionTable(rows: readonly Row[]): ChartTable {
  return onlySeries(rows, 'criminality', NO_CONVICTION, 'measures.criminality.');
}
