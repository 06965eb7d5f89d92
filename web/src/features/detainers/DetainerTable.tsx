import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import type { DetainerSummaryDto } from '../../shared/types';
import { Countdown } from './Countdown';
import { statusAt } from './countdown';
import { OpenDuties } from './OpenDuties';

/**
 * One page of the inbox. Deliberately without the subject's name, date of birth or A-number:
 * personal data stays out of lists; the agency's own reference identifies the person. What a desk
 * acts on comes first (the request with its status, then the deadline), so that at 390 px both are
 * in view and the rest scrolls inside the table's own focusable region.
 */
export function DetainerTable({
  items,
  timeZone,
  now,
}: {
  readonly items: readonly DetainerSummaryDto[];
  readonly timeZone: string;
  readonly now: number;
}) {
  const { lang, t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="detainers-caption" tabIndex={0}>
      <table className="inbox-table">
        <caption id="detainers-caption">{t('desk.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.col.request')}</th>
            <th scope="col">{t('inbox.col.deadline')}</th>
            <th scope="col">{t('inbox.col.duties')}</th>
            <th scope="col">{t('desk.col.received')}</th>
            <th scope="col">{t('desk.col.form')}</th>
            <th scope="col">{t('desk.col.asks')}</th>
            <th scope="col">{t('desk.col.federalReference')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const status = statusAt(item.status, item.holdDeadline, now);
            return (
              <tr key={item.id} data-detainer={item.id}>
                <th scope="row" className="nowrap request-cell">
                  <Link
                    to={href('detainer', { id: item.id })}
                    className="mono"
                    aria-label={t('inbox.openRequest', { reference: item.subject.reference })}
                  >
                    {item.subject.reference}
                  </Link>
                  <span className={`status status-${status}`}>{t(`status.${status}`)}</span>
                </th>
                <td className="deadline-cell">
                  <Countdown status={item.status} holdDeadline={item.holdDeadline} now={now} timeZone={timeZone} />
                </td>
                <td className="duties-cell">
                  <OpenDuties duties={item.openDuties} now={now} timeZone={timeZone} />
                </td>
                <td className="nowrap">
                  <time dateTime={item.receivedAt}>{formatInstant(item.receivedAt, timeZone, lang)}</time>
                </td>
                <td className="nowrap">{item.form}</td>
                <td>{item.requestedActions.map((action) => t(`action.${action}`)).join(', ')}</td>
                <td className="mono">{item.federalReference ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
