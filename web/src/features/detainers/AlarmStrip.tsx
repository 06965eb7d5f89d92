import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useAlarms } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import type { AlarmDto } from '../../shared/types';
import { alarmKey, newAlarms, orderAlarms } from './alarmOrder';

/**
 * The agency's open alarms above the inbox, release-now first, each a link to its detainer. A
 * polite live region announces only alarms that appear while the page is open (not the ones there
 * on arrival, and never the same one twice).
 */
export function AlarmStrip({
  timeZone,
  references,
}: {
  readonly timeZone: string;
  /** Subject references of the detainers on the current page, to name an alarm's request. */
  readonly references: ReadonlyMap<string, string>;
}) {
  const { lang, t, plural } = useI18n();
  const answer = useAlarms({ live: true });
  const seen = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const alarms = answer.data ? orderAlarms(answer.data.alarms) : null;

  const label = (alarm: AlarmDto) =>
    `${t(`inbox.alarms.kind.${alarm.kind}`)}, ${t('inbox.alarms.request', { reference: references.get(alarm.detainerId) ?? alarm.detainerId.slice(0, 8) })}`;

  useEffect(() => {
    if (!alarms) return;
    if (seen.current === null) {
      seen.current = new Set(alarms.map(alarmKey));
      return;
    }
    const fresh = newAlarms(alarms, seen.current);
    for (const alarm of fresh) seen.current.add(alarmKey(alarm));
    if (fresh.length === 0) return;
    setAnnouncement(plural('inbox.alarms.new', fresh.length, { list: fresh.map(label).join('; ') }));
    // Runs on new data only: the words are those of that moment.
  }, [answer.data]);

  // The alarms come a page at a time (the most urgent first); the count is of all of them.
  const count = answer.data?.total ?? 0;
  const shown = alarms?.length ?? 0;
  return (
    <section className="alarm-strip" aria-labelledby="alarms-title">
      <h2 id="alarms-title" className="alarm-strip-title">
        {t('inbox.alarms.title')}
        {alarms && <span className="alarm-count"> · {plural('inbox.alarms.count', count)}</span>}
      </h2>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {answer.isError && <ErrorMessage error={toApiError(answer.error)} />}
      {alarms === null ? null : count === 0 ? (
        <p className="muted">{t('inbox.alarms.none')}</p>
      ) : (
        <ul className="alarm-list">
          {alarms.map((alarm) => (
            <li key={alarmKey(alarm)} className={`alarm alarm-${alarm.severity}`}>
              <span className="alarm-severity">{t(`inbox.alarms.${alarm.severity}`)}</span>{' '}
              <Link to={href('detainer', { id: alarm.detainerId })}>{label(alarm)}</Link>
              {alarm.at && (
                <span className="alarm-at">
                  {' '}
                  ({t('inbox.alarms.at', { time: formatInstant(alarm.at, timeZone, lang) })})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown < count && <p className="muted">{t('inbox.alarms.shown', { shown, count })}</p>}
    </section>
  );
}
