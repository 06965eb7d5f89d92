import type { Message } from './message';

/**
 * The "Also found" fixes of the portal (issue 12): the date a place page is asked for (?at=) said
 * back plainly with how current the law library is; the search of a state's counties; the law
 * library's unofficial Spanish.
 */
export const FIX_MESSAGES = {
  // ?at= on the place pages: what was asked, what is shown, up to when the library is known current.
  'atDate.invalid.form': {
    en: 'The address asks for the date “{value}”, which is not a date written YYYY-MM-DD. Shown instead: the rules in force today, {shown}.',
    es: 'La dirección pide la fecha «{value}», que no es una fecha escrita AAAA-MM-DD. Se muestran en su lugar las normas vigentes hoy, {shown}.',
  },
  'atDate.invalid.calendar': {
    en: 'The address asks for the date “{value}”, which is not a day of the calendar. Shown instead: the rules in force today, {shown}.',
    es: 'La dirección pide la fecha «{value}», que no es un día del calendario. Se muestran en su lugar las normas vigentes hoy, {shown}.',
  },
  'atDate.invalid.years': {
    en: 'The address asks for the date “{value}”: the law library answers for the years {from} to {to}. Shown instead: the rules in force today, {shown}.',
    es: 'La dirección pide la fecha «{value}»: la biblioteca de leyes responde para los años {from} a {to}. Se muestran en su lugar las normas vigentes hoy, {shown}.',
  },
  'atDate.reviewed': {
    en: 'The law library is known to be current up to {date}.',
    es: 'Se sabe que la biblioteca de leyes está al día hasta el {date}.',
  },
  'atDate.notReviewed': {
    en: 'The law library does not record up to when it is known to be current.',
    es: 'La biblioteca de leyes no indica hasta cuándo se sabe que está al día.',
  },
  'atDate.afterReview': {
    en: 'Asked for {asked}, after {reviewed}, the last day the law library is known to be current. Shown: the rules as last known, which would be in force on {asked} if the law has not changed since; a later change is not in the library.',
    es: 'Se pidió el {asked}, después del {reviewed}, el último día en que se sabe que la biblioteca de leyes está al día. Se muestran las normas según lo último que se sabe, que estarían vigentes el {asked} si la ley no ha cambiado desde entonces; un cambio posterior no está en la biblioteca.',
  },
  'atDate.todayAfterReview': {
    en: 'Today, {asked}, is after {reviewed}, the last day the law library is known to be current. Shown: the rules as last known; a change in the law since {reviewed} is not in the library.',
    es: 'Hoy, {asked}, es posterior al {reviewed}, el último día en que se sabe que la biblioteca de leyes está al día. Se muestran las normas según lo último que se sabe; un cambio de la ley desde el {reviewed} no está en la biblioteca.',
  },
  // The search of a state's counties.
  'countySearch.label': {
    en: 'Search the counties by name or FIPS code',
    es: 'Buscar los condados por nombre o código FIPS',
  },
  'countySearch.hint': {
    en: 'Accents and capitals do not matter; the list follows as you type.',
    es: 'No importan los acentos ni las mayúsculas; la lista cambia mientras escribe.',
  },
  'countySearch.matches.one': {
    en: '1 of {total} counties or equivalents matches “{query}”.',
    es: '1 de {total} condados o equivalentes coincide con «{query}».',
  },
  'countySearch.matches.other': {
    en: '{count} of {total} counties or equivalents match “{query}”.',
    es: '{count} de {total} condados o equivalentes coinciden con «{query}».',
  },
  'countySearch.none': {
    en: 'No county or equivalent matches “{query}” (of {total}).',
    es: 'Ningún condado o equivalente coincide con «{query}» (de {total}).',
  },
} as const satisfies Readonly<Record<string, Message>>;
