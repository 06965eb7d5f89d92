import { useCallback, type MouseEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { CountyMap } from './CountyMap';
import { DateControls } from './DateControls';
import { useMapGeometry } from './geometry';
import { MapLegend, MapPatterns } from './MapLegend';
import { MapNotices } from './MapNotices';
import { MapTableSection } from './MapTableSection';
import { useMapModel } from './useMapModel';
import { useMapSteps } from './useMapSteps';
import { useMapState } from './useMapState';
import { usePlay, useReducedMotion } from './usePlay';
import { ViewControls } from './ViewControls';
import './map.css';

/** The skip link moves the focus to the table's heading (the address keeps no fragment). */
function toTable(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const heading = document.getElementById('map-table-title');
  heading?.focus();
  heading?.scrollIntoView();
}

/**
 * /map — the law in force in every county on a date, for one action and one profile of person
 * (issue 12): the choropleth with its legend, the date slider and play button, and the same data
 * as a searchable table with its CSV. The whole state is in the address.
 */
export function MapPage() {
  const { t } = useI18n();
  usePageTitle(t('map.title'));
  const view = useMapState();
  const { state, today } = view;
  const geometry = useMapGeometry();
  const model = useMapModel(state, geometry.data);
  const reducedMotion = useReducedMotion();
  const steps = useMapSteps(state.action, state.profile, today);
  const { show } = view;
  const showAt = useCallback((at: string, replace = false) => show({ at }, replace), [show]);
  const ready = model.answer.isSuccess && !model.answer.isPlaceholderData;
  const play = usePlay(steps.steps, state.at, ready, showAt);

  const open = useCallback(
    (fips: string) => {
      const row = model.info.has(fips) ? model.rows.find((r) => r.fips === fips) : undefined;
      if (row?.stateCode) navigate(href('county', { code: row.stateCode, fips }));
    },
    [model.info, model.rows],
  );
  const info = useCallback((fips: string) => model.info.get(fips), [model.info]);

  return (
    <article className="page-wide map-page">
      <MapPatterns />
      <h1>{t('map.title')}</h1>
      <p className="lede">{t('map.intro')}</p>
      {/* compare (issue 12, point 5): two places side by side. */}
      <p className="small">
        <Link to={href('compare')}>{t('compare.fromMap')}</Link>
      </p>
      <MapNotices view={view} data={model.data} />
      <section className="map-controls" aria-label={t('map.controls')}>
        <ViewControls action={state.action} profile={state.profile} show={show} />
        <DateControls
          at={state.at}
          today={today}
          steps={steps}
          reducedMotion={reducedMotion}
          play={play}
          show={showAt}
        />
      </section>
      <a className="skip-map" href="#map-table-title" onClick={toTable}>
        {t('map.skipToTable')}
      </a>
      <div className={`map-layout${reducedMotion ? ' map-still' : ''}`}>
        <div className="map-area" aria-busy={!ready}>
          {model.answer.isError ? (
            <ErrorMessage error={toApiError(model.answer.error)} />
          ) : geometry.isError ? (
            <p className="message message-warning">{t('map.geometryFailed')}</p>
          ) : geometry.data && model.data ? (
            <CountyMap
              geometry={geometry.data}
              label={t('map.label', { subject: model.subject })}
              info={info}
              open={open}
            />
          ) : (
            <Loading />
          )}
          <p className="small muted">{t('map.notDrawn')}</p>
        </div>
        <MapLegend counts={model.data?.counts} />
      </div>
      <MapTableSection view={view} model={model} />
    </article>
  );
}
