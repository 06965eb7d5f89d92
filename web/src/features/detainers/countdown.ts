import { LOCALES, translate, type Lang } from '../../shared/i18n';
import type { DetainerStatus } from '../../shared/types';

/**
 * The inbox's countdown to a hold's deadline, as pure functions of the deadline, the status and
 * the clock's `now` (so tests fix the clock). Under two hours a hold is urgent (the alarms'
 * `hold-ending-soon`); past its deadline the person must be released now.
 */
export const URGENT_WITHIN_MS = 2 * 3_600_000;

/** How pressing a row is: release now, under two hours, a deadline further off, or no deadline. */
export type Urgency = 'release-now' | 'urgent' | 'running' | 'none';

export function urgencyOf(status: DetainerStatus, holdDeadline: string | null, now: number): Urgency {
  if (status === 'release-due') return 'release-now';
  if (status !== 'holding' || holdDeadline === null) return 'none';
  const left = Date.parse(holdDeadline) - now;
  if (Number.isNaN(left)) return 'none';
  if (left <= 0) return 'release-now';
  return left < URGENT_WITHIN_MS ? 'urgent' : 'running';
}

/** The status to show as of `now`: a hold whose deadline has passed is release-due (as the API's statusAt). */
export function statusAt(status: DetainerStatus, holdDeadline: string | null, now: number): DetainerStatus {
  return status === 'holding' && urgencyOf(status, holdDeadline, now) === 'release-now' ? 'release-due' : status;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const unit = (lang: Lang, value: number, name: 'day' | 'hour' | 'minute') =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);

/**
 * A span in words, in the two largest units, plural by Intl ("1 hour 5 minutes", "1 hora 5
 * minutos", "2 days 3 hours"). Rounded down to the minute: a countdown never promises time that is
 * not there. Under a minute it is 0 minutes (the caller says "less than a minute").
 */
export function formatSpan(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.floor(ms / MINUTE)) * MINUTE;
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${unit(lang, days, 'day')} ${unit(lang, hours, 'hour')}` : unit(lang, days, 'day');
  if (hours > 0)
    return minutes > 0 ? `${unit(lang, hours, 'hour')} ${unit(lang, minutes, 'minute')}` : unit(lang, hours, 'hour');
  return unit(lang, minutes, 'minute');
}

export interface CountdownText {
  /** The words shown large: "in 1 hour 5 minutes", or "RELEASE NOW". */
  readonly main: string;
  /** For a passed deadline, how long ago ("deadline passed 3 minutes ago"); else null. */
  readonly detail: string | null;
}

/** The countdown's words for a row, or null when there is no deadline to count down to. */
export function countdownText(
  status: DetainerStatus,
  holdDeadline: string | null,
  now: number,
  lang: Lang,
): CountdownText | null {
  const urgency = urgencyOf(status, holdDeadline, now);
  if (urgency === 'none') return null;
  if (urgency === 'release-now') {
    const ago = holdDeadline === null ? NaN : now - Date.parse(holdDeadline);
    const detail = Number.isNaN(ago)
      ? null
      : ago < MINUTE
        ? translate(lang, 'inbox.countdown.passedJustNow')
        : translate(lang, 'inbox.countdown.passedAgo', { span: formatSpan(ago, lang) });
    return { main: translate(lang, 'inbox.countdown.releaseNow'), detail };
  }
  const left = Date.parse(holdDeadline!) - now;
  const main =
    left < MINUTE
      ? translate(lang, 'inbox.countdown.underAMinute')
      : translate(lang, 'inbox.countdown.in', { span: formatSpan(left, lang) });
  return { main, detail: null };
}
