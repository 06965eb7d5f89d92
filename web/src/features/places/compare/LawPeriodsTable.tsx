import type { LawPanelDto } from '../../../shared/api/compareEndpoints';
import { useI18n } from '../../../shared/i18n';
import { Link } from '../../../shared/Link';
import { href } from '../../../shared/routes';
import { formatLocalDate } from '../../../shared/time';
import type { CompareProfile } from './compareParams';
import type { LawRow } from './timelineLayout';

type Action = 'hold' | 'notify' | 'transfer';
type Modality = 'required' | 'permitted' | 'forbidden' | 'undecided';

/** A county's periods of constant law for the person chosen, as a table: action, period, class, binding rule. */
export function LawPeriodsTable({
  name,
  law,
  rules,
  profile,
}: {
  readonly name: string;
  readonly law: readonly LawRow[];
  readonly rules: LawPanelDto['rules'];
  readonly profile: CompareProfile;
}) {
  const { lang, t } = useI18n();
  const caption = t('compare.law.caption', { place: name, profile: t(`map.profile.${profile}`) });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="timeline-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.action')}</th>
            <th scope="col">{t('compare.timeline.col.periods')}</th>
            <th scope="col">{t('compare.law.col.class')}</th>
            <th scope="col">{t('compare.law.col.rule')}</th>
          </tr>
        </thead>
        <tbody>
          {law.flatMap((row) =>
            row.segments.map((s, i) => (
              <tr key={`${row.action}-${s.from}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={row.segments.length}>
                    {t(`map.action.${row.action as Action}`)}
                  </th>
                ) : null}
                <td>
                  {t('compare.timeline.period', {
                    from: formatLocalDate(s.from, lang),
                    to: formatLocalDate(s.to, lang),
                  })}
                </td>
                <td>{t(`map.class.${s.modality as Modality}`)}</td>
                <td>
                  {s.rule === null ? (
                    s.modality === 'permitted' ? (
                      t('compare.law.noRule')
                    ) : (
                      t('map.classHint.undecided')
                    )
                  ) : (
                    <Link to={href('rule', { id: s.rule })}>{rules[s.rule]?.citations[0]?.title ?? s.rule}</Link>
                  )}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
