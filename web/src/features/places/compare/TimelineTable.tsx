import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { href } from '../../../shared/routes';
import { formatLocalDate } from '../../../shared/time';
import type { TimelineGroup } from './TimelineSvg';

/** One place's timeline as a table: each rule, its level, when it was in force, on the date chosen, and its sources. */
export function TimelineTable({ group, at }: { readonly group: TimelineGroup; readonly at: string }) {
  const { lang, t } = useI18n();
  const date = (d: string) => formatLocalDate(d, lang);
  const caption = t('compare.timeline.caption', { place: group.name });
  if (group.rows.length === 0) return <p className="small muted">{t('compare.timeline.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="timeline-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.timeline.col.rule')}</th>
            <th scope="col">{t('compare.timeline.col.periods')}</th>
            <th scope="col">{t('compare.timeline.col.at', { date: date(at) })}</th>
            <th scope="col">{t('compare.timeline.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {group.rows.map((row) => (
            <tr key={row.rule.id}>
              <th scope="row">
                <Link to={href('rule', { id: row.rule.id })}>
                  {(lang === 'es' ? row.rule.titleEs : null) ?? row.rule.title}
                </Link>
              </th>
              <td>
                {row.periods
                  .map((p) => {
                    const dates = { from: date(p.from), to: date(p.to) };
                    if (p.before && p.ongoing) return t('compare.timeline.ongoingBefore', dates);
                    if (p.before) return t('compare.timeline.periodBefore', dates);
                    return p.ongoing ? t('compare.timeline.periodOngoing', dates) : t('compare.timeline.period', dates);
                  })
                  .join('; ')}
              </td>
              <td>{row.inForceAt ? t('compare.timeline.inForce') : t('compare.timeline.notInForce')}</td>
              <td>
                <ul className="citations">
                  {row.rule.citations.map((c) => (
                    <li key={c.href + c.title}>
                      <a href={c.href} rel="noreferrer external">
                        {c.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
