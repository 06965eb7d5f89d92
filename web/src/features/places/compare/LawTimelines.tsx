import { toApiError } from '../../../shared/api';
import { useStateRules } from '../../../shared/api/hooks';
import { useI18n } from '../../../shared/i18n';
import { formatLocalDate } from '../../../shared/time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { useCountiesPanel } from '../../../shared/api/compareEndpoints';
import type { CompareProfile } from './compareParams';
import { LawLegend } from './LawLegend';
import { LawPeriodsTable } from './LawPeriodsTable';
import { lawRows, timelineRows, type Axis } from './timelineLayout';
import { TimelineSvg, type TimelineGroup } from './TimelineSvg';
import { TimelineTable } from './TimelineTable';
import type { PlaceInfo } from './usePlaceInfo';

const ACTIONS = ['hold', 'notify', 'transfer'] as const;

/**
 * The rules that reached each place since 2008, on one time axis for both, with the date chosen
 * marked; the same as tables (for screen readers and narrow screens), with the rules' citations.
 */
export function LawTimelines({
  a,
  b,
  axis,
  at,
  profile,
}: {
  readonly a: PlaceInfo;
  readonly b: PlaceInfo;
  readonly axis: Axis;
  readonly at: string;
  readonly profile: CompareProfile;
}) {
  const { lang, t, plural } = useI18n();
  const rulesA = useStateRules(a.state);
  const rulesB = useStateRules(b.state);
  // What the law says of each action for the person, over time: the panel of the counties compared.
  const counties = [...new Set([a.countyFips, b.countyFips].filter((f): f is string => f !== null))];
  const panel = useCountiesPanel(
    counties.length === 0 ? null : { from: axis.from, to: axis.to, profile, fips: counties.join(',') },
  );
  const failed = rulesA.error ?? rulesB.error ?? panel.error;

  let body;
  if (failed) body = <ErrorMessage error={toApiError(failed)} />;
  else if (!rulesA.isSuccess || !rulesB.isSuccess || (counties.length > 0 && !panel.isSuccess)) body = <Loading />;
  else {
    const law = (place: PlaceInfo) =>
      place.countyFips === null || !panel.data ? null : lawRows(panel.data.periods, place.countyFips, ACTIONS, axis);
    const groups: TimelineGroup[] = [
      { key: 'a', name: a.name, rows: timelineRows(rulesA.data.rules, a, axis, at), law: law(a) },
      { key: 'b', name: b.name, rows: timelineRows(rulesB.data.rules, b, axis, at), law: law(b) },
    ];
    const rules = panel.data?.rules ?? {};
    const library = panel.data?.library;
    const from = formatLocalDate(axis.from, lang);
    const to = formatLocalDate(axis.to, lang);
    const alt = t('compare.timeline.alt', {
      a: a.name,
      b: b.name,
      countA: plural('compare.timeline.rules', groups[0]!.rows.length),
      countB: plural('compare.timeline.rules', groups[1]!.rows.length),
      from,
      to,
      profile: t(`map.profile.${profile}`),
    });
    body = (
      <>
        <p>
          {t('compare.timeline.intro', { from, to, at: formatLocalDate(at, lang) })}{' '}
          {t('compare.timeline.lawIntro', { profile: t(`map.profile.${profile}`) })}
        </p>
        {library?.beyondCurrent && (
          <p className="small muted">
            {t('compare.timeline.currentTo', { date: formatLocalDate(library.currentTo, lang) })}
          </p>
        )}
        <TimelineSvg
          groups={groups}
          axis={axis}
          at={at}
          alt={alt}
          currentTo={library?.beyondCurrent ? library.currentTo : null}
        />
        {groups.some((g) => g.law !== null) && <LawLegend />}
        <details className="timeline-tables">
          <summary>{t('compare.timeline.table')}</summary>
          {groups.map((g) => (
            <div key={g.key}>
              {g.law && <LawPeriodsTable name={g.name} law={g.law} rules={rules} profile={profile} />}
              <TimelineTable group={g} at={at} />
            </div>
          ))}
        </details>
      </>
    );
  }

  return (
    <section aria-labelledby="timeline-heading" className="compare-timelines">
      <h2 id="timeline-heading">{t('compare.timeline.heading')}</h2>
      {body}
    </section>
  );
}
