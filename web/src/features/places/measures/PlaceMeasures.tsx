import type { LawMark } from '../../../shared/charts/statsData';
import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { href } from '../../../shared/routes';
import type { ResearchReleaseDto } from '../../../shared/types';
import { MeasureChart } from './MeasureChart';
import { anyTraced, followedTable, liftedTable, noConvictionTable } from './measuresData';

/**
 * Both sides' measures for a place and one release, side by side and labelled by what they count
 * (issue 12, point 6): declines and what the records show followed; detainers lifted for a U.S.
 * citizen or a person not subject to removal; detainers for people with no conviction where the
 * release records it. One neutral line says who cites which and why they differ.
 */
export function PlaceMeasures({
  place,
  release,
  marks,
  fileStem,
}: {
  readonly place: { readonly state: string } | { readonly county: string };
  readonly release: ResearchReleaseDto;
  readonly marks: readonly LawMark[];
  readonly fileStem: string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="measures-heading" className="place-measures">
      <h2 id="measures-heading">{t('measures.heading')}</h2>
      <p>{t('measures.intro')}</p>
      <p>
        <Link to={href('aboutData')}>{t('measures.methodology')}</Link>
      </p>
      <MeasureChart
        id="declined-followed"
        title="measures.chart.followed"
        query={{ ...place, release: release.id, groupBy: 'fiscalYear,followed', outcome: 'declined-by-agency' }}
        toTable={followedTable}
        note={(table) =>
          table.rows.length > 0 && !anyTraced(table) ? (
            <p className="message message-note">{t('measures.untraceable')}</p>
          ) : null
        }
        release={release}
        marks={marks}
        fileStem={fileStem}
      />
      <MeasureChart
        id="lifted-citizen"
        title="measures.chart.lifted"
        query={{ ...place, release: release.id, groupBy: 'fiscalYear,liftReason', outcome: 'lifted-by-ice' }}
        toTable={liftedTable}
        release={release}
        marks={marks}
        fileStem={fileStem}
      />
      {release.recordsCriminality ? (
        <MeasureChart
          id="no-conviction"
          title="measures.chart.noConviction"
          query={{ ...place, release: release.id, groupBy: 'fiscalYear,criminality' }}
          toTable={noConvictionTable}
          release={release}
          marks={marks}
          fileStem={fileStem}
        />
      ) : (
        <>
          <h3>{t('measures.chart.noConviction')}</h3>
          <p className="message message-note" data-measure="no-conviction">
            {t('measures.noConviction.notRecorded')}
          </p>
        </>
      )}
    </section>
  );
}
