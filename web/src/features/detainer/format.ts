import { type Lang, LOCALES } from '../../shared/i18n';
import type { Remaining } from './countdown';
import type { Translate } from './commandModel';

/** "14:05" / "2:05 PM": the time of day of an instant in the agency's zone. */
export function formatClock(iso: string, timeZone: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "1 d 4 h", "3 h 12 min". */
export function formatRemaining(value: Remaining, t: Translate): string {
  return value.parts.map((part) => t(`detainer.time.${part.unit}`, { n: part.n })).join(' ');
}
