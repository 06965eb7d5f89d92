import { LOCALES, type Lang } from './i18n';

/** "America/Los_Angeles (Pacific Standard Time)": the IANA id, and its name today in the reader's language. */
export function describeTimeZone(timeZone: string, lang: Lang, now: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(LOCALES[lang], { timeZone, timeZoneName: 'long' }).formatToParts(now);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== timeZone ? `${timeZone} (${name})` : timeZone;
  } catch {
    return timeZone; // A zone this browser does not know.
  }
}

/** An instant as a local date and time in the given zone, e.g. "Nov 28, 2025, 7:40 PM PST". */
export function formatInstant(iso: string, timeZone: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(date);
  } catch {
    return iso;
  }
}

/** A calendar date written YYYY-MM-DD, in words: "June 1, 2018" / "1 de junio de 2018". The date is not shifted by any zone. */
export function formatLocalDate(date: string, lang: Lang): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', dateStyle: 'long' }).format(instant);
}
