import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { formatLocalDate } from '../time';
import type { ResearchReleaseDto } from '../types';
import { ChartTableView } from './ChartTableView';
import { saveFile } from './download';
import { columnLabel } from './labels';
import { toCsv, toJson, type ChartTable } from './statsData';

/**
 * One chart of the place page with what makes it checkable: a toggle to its data table, the table
 * as CSV and JSON (exactly what is shown), the API URL that reproduces the counts, and the source
 * stamp of the release; a synthetic release says so on the chart itself.
 */
export function ChartFigure({
  id,
  title,
  table,
  apiUrl,
  release,
  fileStem,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly table: ChartTable;
  readonly apiUrl: string;
  /** The release the counts come from, or several (the explorer: one stamp each). */
  readonly release: ResearchReleaseDto | readonly ResearchReleaseDto[];
  readonly fileStem: string;
  readonly children: ReactNode;
}) {
  const { lang, t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const label = (c: Parameters<typeof columnLabel>[0]) => columnLabel(c, t);
  const headingId = `${id}-heading`;
  const releases: readonly ResearchReleaseDto[] = Array.isArray(release) ? release : [release as ResearchReleaseDto];

  return (
    <figure className="stats-chart" aria-labelledby={headingId} data-chart={id}>
      <h3 id={headingId}>{title}</h3>
      {releases.some((r) => r.dataset === 'synthetic') && <p className="synthetic-label">{t('stats.synthetic')}</p>}
      <button type="button" className="button" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)}>
        {showTable ? t('stats.showChart') : t('stats.showTable')}
      </button>
      <div className="stats-chart-body">{showTable ? <ChartTableView table={table} caption={title} /> : children}</div>
      <figcaption>
        <div className="chart-actions">
          <button
            type="button"
            className="button"
            onClick={() => saveFile(`${fileStem}-${id}.csv`, toCsv(table, label), 'text/csv')}
          >
            {t('stats.downloadCsv')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => saveFile(`${fileStem}-${id}.json`, toJson(table), 'application/json')}
          >
            {t('stats.downloadJson')}
          </button>
        </div>
        <p className="small">
          {t('stats.apiUrl')}:{' '}
          <a href={apiUrl} className="mono api-url">
            {apiUrl}
          </a>
        </p>
        {releases.map((r) => (
          <p key={r.id} className="small muted source-stamp">
            {t('stats.source', {
              release: r.id,
              file: r.sourceFile,
              sha: r.sha256,
              date: formatLocalDate(r.importedAt.slice(0, 10), lang),
              count: r.rowsLoaded.toLocaleString(lang === 'es' ? 'es-US' : 'en-US'),
            })}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}
