import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerStatus } from '../../shared/types';
import { countdownText, urgencyOf } from './countdown';

/**
 * A row's hold deadline as words that count down ("in 1 hour 5 minutes", "RELEASE NOW") with the
 * deadline's local time below. Not a live region: a screen reader reads it when it reaches the
 * cell, and new alarms are announced once by the alarms strip, so nothing chatters every second.
 */
export function Countdown({
  status,
  holdDeadline,
  now,
  timeZone,
}: {
  readonly status: DetainerStatus;
  readonly holdDeadline: string | null;
  readonly now: number;
  readonly timeZone: string;
}) {
  const { lang, t } = useI18n();
  const text = countdownText(status, holdDeadline, now, lang);
  if (!text) return <span className="muted">—</span>;
  const urgency = urgencyOf(status, holdDeadline, now);
  return (
    <span className={`countdown countdown-${urgency}`}>
      <strong className="countdown-main">
        {urgency === 'release-now' && <span aria-hidden="true">⚠ </span>}
        {text.main}
      </strong>
      {urgency === 'urgent' && <span className="countdown-flag">{t('inbox.countdown.urgent')}</span>}
      {text.detail && <span className="countdown-detail">{text.detail}</span>}
      {holdDeadline && (
        <time className="countdown-at" dateTime={holdDeadline}>
          {formatInstant(holdDeadline, timeZone, lang)}
        </time>
      )}
    </span>
  );
}
