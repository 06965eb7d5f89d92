import type { ReactNode } from 'react';
import { toApiError } from '../../../shared/api';
import { apiUrl, queryString } from '../../../shared/api/client';
import { useDetainerStats } from '../../../shared/api/hooks';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { columnLabel, SERIES_COLOURS } from '../../../shared/charts/labels';
import { fiscalYearsCovered, type ChartTable, type LawMark } from '../../../shared/charts/statsData';
import { YearBars } from '../../../shared/charts/YearBars';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import type { DetainerStatsDto, DetainerStatsQueryDto, ResearchReleaseDto } from '../../../shared/types';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';

/**
 * One measure per fiscal year, stacked by its series, in a ChartFigure (table toggle, downloads of the
 * table shown, API URL, source stamp). `toTable` turns the answer's rows into exactly what is drawn;
 * `note` says what the chart cannot show (e.g. declines that cannot be traced in the release).
 */
export function MeasureChart({
  id,
  title,
  query,
  toTable,
  note,
  release,
  marks,
  fileStem,
}: {
  readonly id: string;
  readonly title: MessageKey;
  readonly query: DetainerStatsQueryDto;
  readonly toTable: (rows: DetainerStatsDto['rows']) => ChartTable;
  readonly note?: (table: ChartTable) => ReactNode;
  readonly release: ResearchReleaseDto;
  readonly marks: readonly LawMark[];
  readonly fileStem: string;
}) {
  const { lang, t } = useI18n();
  const answer = useDetainerStats(query);
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;

  const table = toTable(answer.data.rows);
  const series = table.columns.filter((c) => c.numeric && c.key !== 'total');
  const totals = table.rows.map((r) => Number(r.total));
  const peak = table.rows[totals.indexOf(Math.max(...totals))];
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  const empty = table.rows.length === 0 || totals.every((n) => n === 0);
  const alt = empty
    ? `${t(title)}: ${t('stats.empty')}`
    : t('stats.alt.years', {
        title: t(title),
        from: String(table.rows[0]!.fiscalYear),
        to: String(table.rows[table.rows.length - 1]!.fiscalYear),
        total: totals.reduce((a, b) => a + b, 0).toLocaleString(locale),
        peak: String(peak?.fiscalYear ?? ''),
        peakCount: Number(peak?.total ?? 0).toLocaleString(locale),
      });

  return (
    <ChartFigure
      id={id}
      title={t(title)}
      table={table}
      apiUrl={apiUrl(`/stats/detainers${queryString(query)}`)}
      release={release}
      fileStem={fileStem}
    >
      {note?.(table)}
      {empty ? (
        <p className="message message-note">{t('stats.empty')}</p>
      ) : (
        <>
          <YearBars
            table={table}
            series={series.map((c) => c.key)}
            marks={marks}
            alt={alt}
            axisYears={fiscalYearsCovered(release)}
          />
          <ul className="chart-legend">
            {series.map((c, i) => (
              <li key={c.key}>
                <span className="swatch" aria-hidden="true">
                  <svg viewBox="0 0 10 10" width="12" height="12">
                    <rect width="10" height="10" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
                  </svg>
                </span>
                {columnLabel(c, t)}
              </li>
            ))}
          </ul>
        </>
      )}
    </ChartFigure>
  );
}
