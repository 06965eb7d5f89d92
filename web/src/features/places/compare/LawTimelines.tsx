import { toApiError } from '../../../shared/api';
import { useStateRules } from '../../../shared/api/hooks';
import { useI18n } from '../../../shared/i18n';
import { formatLocalDate } from '../../../shared/time';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { timelineRows, type Axis } from './timelineLayout';
import { TimelineSvg, type TimelineGroup } from './TimelineSvg';
import { TimelineTable } from './TimelineTable';
import type { PlaceInfo } from './usePlaceInfo';

/**
 * The rules that reached each place since 2008, on one time axis for both, with the date chosen
 * marked; the same as tables (for screen readers and narrow screens), with the rules' citations.
 */
export function LawTimelines({
  a,
  b,
  axis,
  at,
}: {
  readonly a: PlaceInfo;
  readonly b: PlaceInfo;
  readonly axis: Axis;
  readonly at: string;
}) {
  const { lang, t, plural } = useI18n();
  const rulesA = useStateRules(a.state);
  const rulesB = useStateRules(b.state);
  const failed = rulesA.error ?? rulesB.error;

  let body;
  if (failed) body = <ErrorMessage error={toApiError(failed)} />;
  else if (!rulesA.isSuccess || !rulesB.isSuccess) body = <Loading />;
  else {
    const groups: TimelineGroup[] = [
      { key: 'a', name: a.name, rows: timelineRows(rulesA.data.rules, a, axis, at) },
      { key: 'b', name: b.name, rows: timelineRows(rulesB.data.rules, b, axis, at) },
    ];
    const from = formatLocalDate(axis.from, lang);
    const to = formatLocalDate(axis.to, lang);
    const alt = t('compare.timeline.alt', {
      a: a.name,
      b: b.name,
      countA: plural('compare.timeline.rules', groups[0]!.rows.length),
      countB: plural('compare.timeline.rules', groups[1]!.rows.length),
      from,
      to,
    });
    body = (
      <>
        <p>{t('compare.timeline.intro', { from, to, at: formatLocalDate(at, lang) })}</p>
        <TimelineSvg groups={groups} axis={axis} at={at} alt={alt} />
        <details className="timeline-tables">
          <summary>{t('compare.timeline.table')}</summary>
          {groups.map((g) => (
            <TimelineTable key={g.key} group={g} at={at} />
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
