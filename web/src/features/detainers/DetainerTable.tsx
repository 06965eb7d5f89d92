import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerSummaryDto } from '../../shared/types';

/**
 * The overview of requests. Deliberately without the subject's name, date of birth or A-number:
 * personal data stays out of lists; the agency's own reference identifies the person.
 */
export function DetainerTable({
  items,
  timeZone,
}: {
  readonly items: readonly DetainerSummaryDto[];
  readonly timeZone: string;
}) {
  const { lang, t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="detainers-caption" tabIndex={0}>
      <table>
        <caption id="detainers-caption">{t('desk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desk.col.status')}</th>
            <th scope="col">{t('desk.col.holdUntil')}</th>
            <th scope="col">{t('desk.col.received')}</th>
            <th scope="col">{t('desk.col.form')}</th>
            <th scope="col">{t('desk.col.warrant')}</th>
            <th scope="col">{t('desk.col.asks')}</th>
            <th scope="col">{t('desk.col.federalReference')}</th>
            <th scope="col">{t('desk.col.subjectReference')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td className={`nowrap status status-${item.status}`}>{t(`status.${item.status}`)}</td>
              <td className="nowrap">
                {item.holdDeadline ? (
                  <time dateTime={item.holdDeadline}>{formatInstant(item.holdDeadline, timeZone, lang)}</time>
                ) : (
                  '—'
                )}
              </td>
              <td className="nowrap">
                <time dateTime={item.receivedAt}>{formatInstant(item.receivedAt, timeZone, lang)}</time>
              </td>
              <td className="nowrap">{item.form}</td>
              <td>{t(`warrant.${item.warrant}`)}</td>
              <td>{item.requestedActions.map((action) => t(`action.${action}`)).join(', ')}</td>
              <td className="mono">{item.federalReference ?? '—'}</td>
              <td className="mono">{item.subject.reference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
