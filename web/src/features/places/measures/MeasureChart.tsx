import type { ReactNode } from 'react';
import { toApiError } from '../../../shared/api';
import { apiUrl, queryString } from '../../../shared/api/client';
import { useDetainerStats } from '../../../shared/api/hooks';
import { ChartFigure } from '../../../shared/charts/ChartFigure';
import { columnLabel } from '../../../shared/charts/labels';
import { SeriesLegend } from '../../../shared/charts/SeriesLegend';
import { fiscalYearsCovered, type ChartTable, type LawMark } from '../../../shared/charts/statsData';
import { YearBars } from '../../../shared/charts/YearBars';
import { yearsAlt } from '../../../shared/charts/yearsAlt';
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
  const empty = table.rows.length === 0 || table.rows.every((r) => Number(r.total) === 0);
  const alt = yearsAlt(table, title, { t, lang });

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
          <SeriesLegend series={series.map((c) => ({ key: c.key, name: columnLabel(c, t) }))} />
        </>
      )}
    </ChartFigure>
  );
}
