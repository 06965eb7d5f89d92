import { LOCALES, type Lang } from '../../shared/i18n';

/** A day the hold's business-day clock skipped, as the API lists it (deadlines.excludedDays). */
export interface ExcludedDay {
  readonly date: string;
  readonly reason: 'weekend' | 'holiday';
  readonly name?: string;
}

/**
 * The federal holidays (5 U.S.C. 6103, as @18f/us-federal-holidays names them) in Spanish. A name
 * not in the table (a calendar that changed) is shown as the API gives it.
 */
const HOLIDAYS_ES: Readonly<Record<string, string>> = {
  "New Year's Day": 'Año Nuevo',
  'Birthday of Martin Luther King, Jr.': 'Natalicio de Martin Luther King Jr.',
  "Washington's Birthday": 'Natalicio de Washington',
  'Memorial Day': 'Día de los Caídos',
  'Juneteenth National Independence Day': 'Día Nacional de la Independencia de Juneteenth',
  'Independence Day': 'Día de la Independencia',
  'Labor Day': 'Día del Trabajo',
  'Columbus Day': 'Día de Colón',
  'Veterans Day': 'Día de los Veteranos',
  'Thanksgiving Day': 'Día de Acción de Gracias',
  'Christmas Day': 'Navidad',
};

export const holidayName = (name: string, lang: Lang) => (lang === 'es' ? (HOLIDAYS_ES[name] ?? name) : name);

/**
 * "Thu, 26 Nov 2026": the local date (already the agency zone's, from the API) with its weekday.
 * Formatted at noon UTC of that date, so no zone can move it to another day.
 */
export function excludedDate(date: string, lang: Lang): string {
  const instant = new Date(`${date}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(instant);
}

/** One line per skipped day: its date, then the holiday's name or "weekend" in the reader's language. */
export function excludedDayLine(day: ExcludedDay, lang: Lang, weekend: string): string {
  const why = day.reason === 'holiday' && day.name ? holidayName(day.name, lang) : weekend;
  return `${excludedDate(day.date, lang)}, ${why}`;
}
