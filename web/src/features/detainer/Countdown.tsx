import { useI18n } from '../../shared/i18n';
import { isUrgent, remaining } from './countdown';
import { formatRemaining } from './format';
import { useNow } from './useNow';

/**
 * A live countdown to a deadline: red under two hours, "RELEASE NOW" past it. The visible text
 * ticks every second; screen readers get it as a timer (not announced on each tick).
 */
export function Countdown({ deadline }: { readonly deadline: string }) {
  const { t } = useI18n();
  const now = useNow();
  const end = new Date(deadline);
  const left = remaining(end, now);
  const text = left.past
    ? t('detainer.deadline.past', { time: formatRemaining(left, t) })
    : t('detainer.deadline.left', { time: formatRemaining(left, t) });
  const urgent = left.past || isUrgent(end, now);
  return (
    <p className={`countdown${urgent ? ' countdown-urgent' : ''}`} role="timer" aria-live="off">
      {text}
    </p>
  );
}
