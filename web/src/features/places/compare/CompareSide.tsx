import { useStateRules } from '../../../shared/api/hooks';
import { FacilityChart } from '../../../shared/charts/FacilityChart';
import { lawMarks } from '../../../shared/charts/statsData';
import { YearChart } from '../../../shared/charts/YearChart';
import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { href } from '../../../shared/routes';
import { formatLocalDate } from '../../../shared/time';
import type { ResearchReleaseDto } from '../../../shared/types';
import { Loading } from '../../../shared/ui/Loading';
import { chartQuery, COMPARE_CHARTS, statsPlace } from './compareCharts';
import type { CompareProfile } from './compareParams';
import { CompareSummary } from './CompareSummary';
import type { SharedScale } from './sharedScale';
import type { PlaceInfo } from './usePlaceInfo';

/**
 * One place's column: its name (to its page), the law in plain words, and ICE's numbers on the
 * scales shared with the other place. Each part is one row of the page's grid, so that the two
 * columns' parts line up side by side on a wide screen (and stack, a then b, on a narrow one).
 */
export function CompareSide({
  side,
  place,
  at,
  profile,
  release,
  scales,
}: {
  readonly side: 'a' | 'b';
  readonly place: PlaceInfo;
  readonly at: string | null;
  readonly profile: CompareProfile;
  readonly release: ResearchReleaseDto | null;
  readonly scales: Readonly<Record<string, SharedScale | null>>;
}) {
  const { lang, t } = useI18n();
  const rules = useStateRules(place.state);
  const marks = rules.isSuccess ? lawMarks(rules.data.rules, place.countyFips) : [];
  const page =
    place.countyFips === null
      ? href('state', { code: place.state }, { at })
      : href('county', { code: place.state, fips: place.countyFips }, { at });
  const stem = `${place.code}-${release?.id ?? ''}`;

  return (
    <section className="compare-side" aria-labelledby={`side-${side}-heading`} data-side={side}>
      <div>
        <h2 id={`side-${side}-heading`}>
          <span className="side-letter">{side.toUpperCase()}</span> {place.name}
        </h2>
        <p className="small">
          <Link to={page}>{t('compare.placePage', { place: place.name })}</Link>
        </p>
      </div>
      <CompareSummary place={place} at={at} profile={profile} />
      {COMPARE_CHARTS.map((chart) => {
        const scale = scales[chart.id] ?? null;
        if (release === null) return <div key={chart.id} />;
        if (scale === null) return <Loading key={chart.id} />;
        return (
          <div key={chart.id}>
            <YearChart
              id={`${chart.id}-${side}`}
              title={chart.title}
              query={chartQuery(place, release.id, chart)}
              series={chart.series}
              release={release}
              marks={marks}
              fileStem={stem}
              scale={scale}
            />
          </div>
        );
      })}
      <div>
        {release !== null && marks.length > 0 && (
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
      </div>
      <div>
        {release !== null && (
          <FacilityChart
            id={`facilities-${side}`}
            query={{ ...statsPlace(place), release: release.id, groupBy: 'facility' }}
            release={release}
            fileStem={stem}
          />
        )}
      </div>
    </section>
  );
}
