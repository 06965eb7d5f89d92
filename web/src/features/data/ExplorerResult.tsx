import { toApiError } from '../../shared/api';
import { apiUrl, queryString } from '../../shared/api/client';
import { useDetainerStats } from '../../shared/api/hooks';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { SeriesLegend } from '../../shared/charts/SeriesLegend';
import { LOCALES, useI18n } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { CopyApiUrl } from './CopyApiUrl';
import { statsQuery, type Dimension, type ExplorerState } from './explorerState';
import { ReleasePeriods } from './ReleasePeriods';
import { chartModel, explorerTable, MAX_SERIES, TOP_GROUPS } from './explorerTable';
import { TimeBars } from './TimeBars';
import { TopBars } from './TopBars';
import { useNamer } from './useNamer';

/** The dimensions a release may not record, and the flag of a release (GET /stats/detainers `releases`) that says it does. */
const RECORDED_BY = {
  criminality: 'recordsCriminality',
  citizenship: 'recordsCitizenship',
  convictionCategory: 'recordsConviction',
  aor: 'recordsAor',
} as const satisfies Partial<Record<Dimension, string>>;

/** The dimensions grouped by or filtered on that some counted release does not record, with those releases. */
function unrecorded(
  state: ExplorerState,
  releases: readonly Record<(typeof RECORDED_BY)[keyof typeof RECORDED_BY] | 'id', string | boolean>[],
) {
  return (Object.keys(RECORDED_BY) as (keyof typeof RECORDED_BY)[]).flatMap((dimension) => {
    if (!state.groupBy.includes(dimension) && state[dimension] === undefined) return [];
    const missing = releases.filter((r) => r[RECORDED_BY[dimension]] === false).map((r) => String(r.id));
    return missing.length === 0 ? [] : [{ dimension, releases: missing }];
  });
}

/**
 * A label inside a sentence: its first letter in lower case, unless it starts an acronym ("ICE area...");
 * acronyms further on ("NCIC", "U.S.") keep their capitals.
 */
export function inSentence(label: string, locale: string): string {
  const [first = '', second = ''] = label;
  const acronym = second !== '' && second === second.toLocaleUpperCase(locale) && /\p{L}/u.test(second);
  return acronym ? label : first.toLocaleLowerCase(locale) + label.slice(1);
}

/** The counts of the view: its chart (with the table toggle, downloads, API URL and sources), or why there are none. */
export function ExplorerResult({ state }: { readonly state: ExplorerState }) {
  const { lang, t } = useI18n();
  const query = statsQuery(state);
  const url = apiUrl(`/stats/detainers${queryString(query)}`);
  const answer = useDetainerStats(query);
  const name = useNamer(answer.data, state.groupBy);
  if (answer.isPending) return <Loading />;
  if (answer.isError) {
    const error = toApiError(answer.error);
    if (error.code === 'REQUEST.TOO_BROAD') {
      const locale = LOCALES[lang];
      return (
        <div className="message message-warning" role="status">
          <h3>{t('data.tooBroad.title')}</h3>
          <p>
            {t('data.tooBroad.text', {
              estimate: Number(error.details.estimate ?? 0).toLocaleString(locale),
              limit: Number(error.details.limit ?? 0).toLocaleString(locale),
            })}
          </p>
          <CopyApiUrl url={url} />
        </div>
      );
    }
    return <ErrorMessage error={error} />;
  }
  const locale = LOCALES[lang];
  const table = explorerTable(answer.data, state.groupBy, name, locale, (from, to) =>
    t('stats.releaseRange', { from, to }),
  );
  const model = chartModel(table, state.groupBy, t('data.others'));
  const dims = state.groupBy.map((d) => inSentence(t(`data.dim.${d}`), locale)).join(', ');
  const title = t('data.chartTitle', { dims });
  const total = table.rows.reduce((sum, r) => sum + Number(r.count), 0);
  const peak = [...model.bars].sort((a, b) => b.total - a.total)[0];
  const notRecorded = unrecorded(state, answer.data.releases);
  const alt =
    peak === undefined
      ? `${title}: ${t('data.empty')}`
      : model.kind === 'time'
        ? t('data.alt.time', {
            title,
            count: model.bars.length,
            from: model.bars[0]!.label,
            to: model.bars[model.bars.length - 1]!.label,
            total: total.toLocaleString(locale),
            peak: peak.label,
            peakCount: peak.total.toLocaleString(locale),
          })
        : t('data.alt.top', {
            title,
            count: model.groups,
            first: peak.label,
            firstCount: peak.total.toLocaleString(locale),
          });
  return (
    <>
      {/* Above the figure: true of the chart and of the table alike. */}
      {notRecorded.map(({ dimension, releases }) => (
        <p key={dimension} className="message message-note" data-not-recorded={dimension}>
          {t('data.notRecordedBy', { dim: t(`data.dim.${dimension}`), releases: releases.join(', ') })}
        </p>
      ))}
      <ChartFigure
        id="explorer"
        title={title}
        table={table}
        apiUrl={url}
        release={answer.data.releases}
        fileStem="detainers"
      >
        {peak === undefined ? (
          <p className="message message-note">{t('data.empty')}</p>
        ) : (
          <>
            {model.kind === 'time' ? <TimeBars model={model} alt={alt} /> : <TopBars model={model} alt={alt} />}
            {model.series.length > 0 && <SeriesLegend series={model.series.map((name) => ({ key: name, name }))} />}
            <p className="small">{t('data.total', { total: total.toLocaleString(locale) })}</p>
            {model.kind === 'top' && model.groups > TOP_GROUPS && (
              <p className="small">{t('data.topNote', { shown: TOP_GROUPS, count: model.groups })}</p>
            )}
            {model.seriesLeftOut > 0 && state.groupBy[1] !== undefined && (
              <p className="small">
                {t('data.stackNote', {
                  dim: inSentence(t(`data.dim.${state.groupBy[1]}`), locale),
                  shown: MAX_SERIES - 1,
                })}
              </p>
            )}
          </>
        )}
      </ChartFigure>
      <ReleasePeriods answer={answer.data} state={state} />
      <CopyApiUrl url={url} />
    </>
  );
}
