import { useId } from 'react';
import { toApiError } from '../../../shared/api';
import { useDetainerStats, useStateRules } from '../../../shared/api/hooks';
import { useI18n } from '../../../shared/i18n';
import { navigate, useLocation } from '../../../shared/router';
import { href } from '../../../shared/routes';
import { formatLocalDate } from '../../../shared/time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { FacilityChart } from '../../../shared/charts/FacilityChart';
import { chooseRelease, lawMarks } from '../../../shared/charts/statsData';
import { YearChart } from '../../../shared/charts/YearChart';
import { PlaceMeasures } from '../measures/PlaceMeasures';

/**
 * ICE's numbers for a state or county from one imported FOIA release (releases may overlap in
 * time, so they are never added up here): the release is chosen in the address (?release=).
 */
export function PlaceStats({
  state,
  countyFips = null,
}: {
  readonly state: string;
  readonly countyFips?: string | null;
}) {
  const { lang, t } = useI18n();
  const { search } = useLocation();
  const selectId = useId();
  const place = countyFips === null ? { state } : { county: countyFips };
  const listing = useDetainerStats(place);
  const rules = useStateRules(state);

  if (listing.isPending) return <Loading />;
  if (listing.isError) return <ErrorMessage error={toApiError(listing.error)} />;
  const release = chooseRelease(listing.data.releases, search.get('release'));
  const marks = rules.isSuccess ? lawMarks(rules.data.rules, countyFips) : [];
  const choose = (id: string) => {
    const query = { at: search.get('at'), release: id };
    navigate(
      countyFips === null
        ? href('state', { code: state }, query)
        : href('county', { code: state, fips: countyFips }, query),
      { replace: true },
    );
  };

  return (
    <>
      <section aria-labelledby="stats-heading" className="place-stats">
        <h2 id="stats-heading">{t('stats.heading')}</h2>
        <p>{t('stats.intro')}</p>
        {release === null ? (
          <p className="message message-note">{t('stats.noReleases')}</p>
        ) : (
          <>
            {listing.data.releases.length > 1 && (
              <p>
                <label htmlFor={selectId}>{t('stats.release')}</label>{' '}
                <select id={selectId} value={release.id} onChange={(e) => choose(e.target.value)}>
                  {listing.data.releases.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.id}
                    </option>
                  ))}
                </select>
              </p>
            )}
            {listing.data.overlaps.length > 0 && (
              <p className="message message-note">
                {t('stats.overlap', {
                  pairs: listing.data.overlaps.map((o) => `${o.releases[0]} / ${o.releases[1]}`).join('; '),
                })}
              </p>
            )}
            <YearChart
              id="outcomes"
              title="stats.chart.outcomes"
              query={{ ...place, release: release.id, groupBy: 'fiscalYear,outcome' }}
              series="outcome"
              release={release}
              marks={marks}
              fileStem={`${countyFips ?? state}-${release.id}`}
            />
            <YearChart
              id="forms"
              title="stats.chart.forms"
              query={{ ...place, release: release.id, groupBy: 'fiscalYear,form' }}
              series="form"
              release={release}
              marks={marks}
              fileStem={`${countyFips ?? state}-${release.id}`}
            />
            <FacilityChart
              query={{ ...place, release: release.id, groupBy: 'facility' }}
              release={release}
              fileStem={`${countyFips ?? state}-${release.id}`}
            />
            {marks.length > 0 && (
              <>
                <h3>{t('stats.lawMarks')}</h3>
                <ol className="law-marks">
                  {marks.map((m) => (
                    <li key={m.date} value={m.n}>
                      <time dateTime={m.date}>{formatLocalDate(m.date, lang)}</time>:{' '}
                      {m.changes.map((c) => `${c.title}${c.repealed ? ` (${t('stats.repealed')})` : ''}`).join('; ')}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </section>
      {/* slice "measures": the declines (with what followed) and the lifted detainers, under ICE's numbers */}
      {release !== null && (
        <PlaceMeasures
          place={place}
          release={release}
          marks={marks}
          fileStem={`${countyFips ?? state}-${release.id}`}
        />
      )}
    </>
  );
}
