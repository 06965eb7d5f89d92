import { toApiError } from '../api';
import { apiUrl, queryString } from '../api/client';
import { useDetainerStats } from '../api/hooks';
import { useI18n, type MessageKey } from '../i18n';
import type { DetainerStatsQueryDto, ResearchReleaseDto } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/Loading';
import { ChartFigure } from './ChartFigure';
import { columnLabel } from './labels';
import { SeriesLegend } from './SeriesLegend';
import { fiscalYearsCovered, pivotByYear, type LawMark } from './statsData';
import { YearBars } from './YearBars';
import { yearsAlt } from './yearsAlt';
import { OUTCOMES } from '../outcomes';

/** A chart of counts per fiscal year, stacked by `series` (a dimension) or plain (`series` null). */
export function YearChart({
  id,
  title,
  query,
  series,
  release,
  marks,
  fileStem,
  scale,
}: {
  readonly id: string;
  readonly title: MessageKey;
  readonly query: DetainerStatsQueryDto;
  readonly series: 'outcome' | 'form' | null;
  readonly release: ResearchReleaseDto;
  readonly marks: readonly LawMark[];
  readonly fileStem: string;
  /** A scale shared with another chart (the compare page): the y maximum, the fiscal years shown, the series' colours. */
  readonly scale?: { readonly yMax: number; readonly years: readonly number[]; readonly series?: readonly string[] };
}) {
  const { lang, t } = useI18n();
  const answer = useDetainerStats(query);
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;

  const rows = series === null ? answer.data.rows.map((r) => ({ ...r, series: 'count' })) : answer.data.rows;
  const full = pivotByYear(rows, series ?? 'series', OUTCOMES);
  const table =
    series === null
      ? {
          columns: full.columns
            .filter((c) => c.key !== 'total')
            .map((c) => (c.key === 'count' ? { ...c, label: 'stats.col.count' } : c)),
          rows: full.rows,
        }
      : full;
  const keys = full.columns.filter((c) => c.numeric && c.key !== 'total').map((c) => c.key);
  const alt = yearsAlt(full, title, { t, lang });

  return (
    <ChartFigure
      id={id}
      title={t(title)}
      table={table}
      apiUrl={apiUrl(`/stats/detainers${queryString(query)}`)}
      release={release}
      fileStem={fileStem}
    >
      {full.rows.length === 0 ? (
        <p className="message message-note">{t('stats.empty')}</p>
      ) : (
        <>
          <YearBars
            table={full}
            series={keys}
            marks={marks}
            alt={alt}
            yMax={scale?.yMax}
            axisYears={scale && scale.years.length > 0 ? scale.years : fiscalYearsCovered(release)}
            colourOrder={scale?.series}
          />
          {series !== null && (
            <SeriesLegend
              series={full.columns
                .filter((c) => keys.includes(c.key))
                .map((c) => ({ key: c.key, name: columnLabel(c, t) }))}
              colourOrder={scale?.series}
            />
          )}
        </>
      )}
    </ChartFigure>
  );
}
