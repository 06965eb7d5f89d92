import { toApiError } from '../api';
import { apiUrl, queryString } from '../api/client';
import { useDetainerStats } from '../api/hooks';
import { useI18n } from '../i18n';
import type { DetainerStatsQueryDto, ResearchReleaseDto } from '../types';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/Loading';
import { ChartFigure } from './ChartFigure';
import { FacilityBars } from './FacilityBars';
import { topFacilities } from './statsData';

/** The facilities of the place with the most detainers in the release. */
export function FacilityChart({
  id = 'facilities',
  query,
  release,
  fileStem,
}: {
  /** Unique on the page (the compare page draws one per place). */
  readonly id?: string;
  readonly query: DetainerStatsQueryDto;
  readonly release: ResearchReleaseDto;
  readonly fileStem: string;
}) {
  const { lang, t } = useI18n();
  const answer = useDetainerStats(query);
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;
  const table = topFacilities(answer.data, 10, (from, to) => t('stats.releaseRange', { from, to }));
  const title = t('stats.chart.facilities');
  const first = table.rows[0];
  const alt =
    first === undefined
      ? `${title}: ${t('stats.empty')}`
      : t('stats.alt.facilities', {
          title,
          count: table.rows.length,
          first: String(first.facility),
          firstCount: Number(first.count).toLocaleString(lang === 'es' ? 'es-US' : 'en-US'),
        });
  return (
    <ChartFigure
      id={id}
      title={title}
      table={table}
      apiUrl={apiUrl(`/stats/detainers${queryString(query)}`)}
      release={release}
      fileStem={fileStem}
    >
      {first === undefined ? (
        <p className="message message-note">{t('stats.empty')}</p>
      ) : (
        <FacilityBars table={table} alt={alt} />
      )}
    </ChartFigure>
  );
}
