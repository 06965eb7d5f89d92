import type { Messages } from './message';

/** The compare page (/compare, issue 12 point 5): two places side by side. */
export const COMPARE_MESSAGES = {
  'compare.title': { en: 'Compare two places', es: 'Comparar dos lugares' },
  'compare.titleOf': { en: '{a} and {b} compared', es: '{a} y {b} comparados' },
  'compare.intro': {
    en:
      'Two states or counties side by side: the rules that reached each since 2008 on one time line, what the ' +
      'law says in plain words on the chosen date for the chosen person, and ICE’s numbers for both from the same ' +
      'data release, drawn on the same scale.',
    es:
      'Dos estados o condados lado a lado: las normas que los alcanzaron desde 2008 en una misma línea de tiempo, ' +
      'lo que dice la ley en palabras sencillas en la fecha y para la persona elegidas, y las cifras de ICE de ' +
      'ambos de la misma publicación de datos, dibujadas en la misma escala.',
  },
  'compare.link': { en: 'Compare with another place…', es: 'Comparar con otro lugar…' },
  'compare.fromMap': {
    en: 'Compare two places side by side: their law over time and ICE’s numbers',
    es: 'Comparar dos lugares lado a lado: su ley a lo largo del tiempo y las cifras de ICE',
  },
  'compare.side.a': { en: 'Place A', es: 'Lugar A' },
  'compare.side.b': { en: 'Place B', es: 'Lugar B' },
  'compare.swap': { en: 'Swap A and B', es: 'Intercambiar A y B' },
  'compare.choose.state': { en: 'State', es: 'Estado' },
  'compare.choose.pickState': { en: 'Choose a state', es: 'Elija un estado' },
  'compare.choose.wholeState': { en: 'All of {state}', es: 'Todo {state}' },
  'compare.choose.county': { en: 'County (type part of its name)', es: 'Condado (escriba parte de su nombre)' },
  'compare.choose.hint': {
    en: 'Enter chooses the first county listed; or choose one from the list.',
    es: 'Intro elige el primer condado de la lista; o elija uno de la lista.',
  },
  'compare.choose.matches.one': { en: '1 county matches.', es: '1 condado coincide.' },
  'compare.choose.matches.other': { en: '{count} counties match.', es: '{count} condados coinciden.' },
  'compare.choose.more': {
    en: 'The first {shown} are listed: type more to narrow.',
    es: 'Se muestran los primeros {shown}: escriba más para acotar.',
  },
  'compare.choose.none': { en: 'No county matches “{query}”.', es: 'Ningún condado coincide con «{query}».' },
  'compare.choose.results': { en: 'Counties of {state} for {side}', es: 'Condados de {state} para el {side}' },
  'compare.choose.current': { en: 'shown now', es: 'mostrado ahora' },
  'compare.missing': {
    en: '{side}: no place chosen yet. Choose a state or a county below.',
    es: '{side}: aún no se ha elegido un lugar. Elija un estado o un condado abajo.',
  },
  'compare.invalid': {
    en: '{side}: “{raw}” is neither a state’s two-letter code (such as CA) nor a county’s five-digit FIPS code (such as 06001). Choose a place below.',
    es: '{side}: «{raw}» no es ni el código de dos letras de un estado (como CA) ni el código FIPS de cinco cifras de un condado (como 06001). Elija un lugar abajo.',
  },
  'compare.notFound': {
    en: '{side}: there is no state or county with the code “{code}”. Choose a place below.',
    es: '{side}: no hay ningún estado ni condado con el código «{code}». Elija un lugar abajo.',
  },
  'compare.badProfile': {
    en: 'The person “{raw}” is not one of the four profiles: shown for a person with no criminal record.',
    es: 'La persona «{raw}» no es uno de los cuatro perfiles: se muestra para una persona sin antecedentes penales.',
  },
  'compare.badDate': {
    en: 'The date “{raw}” is not a day of the calendar written YYYY-MM-DD: the law is shown as of today.',
    es: 'La fecha «{raw}» no es un día del calendario escrito AAAA-MM-DD: se muestra la ley de hoy.',
  },
  'compare.view': { en: 'Date and person', es: 'Fecha y persona' },
  'compare.date': { en: 'Date', es: 'Fecha' },
  'compare.show': { en: 'Show', es: 'Mostrar' },
  'compare.today': { en: 'Today', es: 'Hoy' },
  'compare.placePage': { en: 'Page of {place}', es: 'Página de {place}' },

  // The law timelines
  'compare.timeline.heading': { en: 'The law over time', es: 'La ley a lo largo del tiempo' },
  'compare.timeline.intro': {
    en:
      'Each bar is a rule that reaches the place, from the day it came into force to the day before a repeal (or ' +
      'today), on one time axis from {from} to {to}. The line marks {at}; the rules in force that day are drawn ' +
      'darker. Rules do not say the same for every person: the summaries below say what they decide.',
    es:
      'Cada barra es una norma que alcanza al lugar, desde el día en que entró en vigor hasta el día anterior a su ' +
      'derogación (o hoy), en un mismo eje de tiempo del {from} al {to}. La línea marca el {at}; las normas ' +
      'vigentes ese día se dibujan más oscuras. Las normas no dicen lo mismo para cada persona: los resúmenes de ' +
      'abajo dicen lo que deciden.',
  },
  'compare.timeline.alt': {
    en: 'Time line, from {from} to {to}, of what the law of each county says for: {profile}; and of the rules reaching {a} ({countA}) and {b} ({countB}). The tables below have the same dates.',
    es: 'Línea de tiempo, del {from} al {to}, de lo que dice la ley de cada condado para: {profile}; y de las normas que alcanzan a {a} ({countA}) y a {b} ({countB}). Las tablas de abajo tienen las mismas fechas.',
  },
  'compare.timeline.none': {
    en: 'No rule in the library reaches this place between these dates.',
    es: 'Ninguna norma de la biblioteca alcanza a este lugar entre estas fechas.',
  },
  'compare.timeline.lawIntro': {
    en:
      'For a county, the first rows say what the law requires, permits or forbids a jail to do when ICE asks it ' +
      'to hold, notify or transfer a person, here: {profile} (the law map’s classes, with the standard request ' +
      'of each day). A state’s counties may differ: the law map shows them one by one.',
    es:
      'Para un condado, las primeras filas dicen lo que la ley exige, permite o prohíbe a una cárcel cuando ICE le ' +
      'pide retener, notificar o trasladar a una persona, aquí: {profile} (las clases del mapa de la ley, con la ' +
      'solicitud estándar de cada día). Los condados de un estado pueden diferir: el mapa de la ley los muestra ' +
      'uno a uno.',
  },
  'compare.law.caption': {
    en: 'What the law says in {place}, for: {profile}',
    es: 'Lo que dice la ley en {place}, para: {profile}',
  },
  'compare.law.col.class': { en: 'The law', es: 'La ley' },
  'compare.law.col.rule': { en: 'Binding rule', es: 'Norma que decide' },
  'compare.law.noRule': {
    en: 'none binds: left to the agency',
    es: 'ninguna obliga: queda a criterio de la agencia',
  },
  'compare.timeline.currentTo': {
    en: 'The law library is known to be current to {date}; the shaded days after it show the law as the library has it, which may since have changed.',
    es: 'Se sabe que la biblioteca de leyes está al día hasta el {date}; los días sombreados posteriores muestran la ley tal como la tiene la biblioteca, que puede haber cambiado desde entonces.',
  },
  'compare.timeline.table': { en: 'The time lines as a table', es: 'Las líneas de tiempo como tabla' },
  'compare.timeline.caption': { en: 'Rules reaching {place}', es: 'Normas que alcanzan a {place}' },
  'compare.timeline.col.rule': { en: 'Rule', es: 'Norma' },
  'compare.timeline.col.level': { en: 'Level', es: 'Nivel' },
  'compare.timeline.col.periods': { en: 'In force', es: 'En vigor' },
  'compare.timeline.col.source': { en: 'Source', es: 'Fuente' },
  'compare.timeline.col.at': { en: 'On {date}', es: 'El {date}' },
  'compare.timeline.inForce': { en: 'in force', es: 'en vigor' },
  'compare.timeline.notInForce': { en: 'not in force', es: 'no en vigor' },
  'compare.timeline.period': { en: '{from} to {to}', es: 'del {from} al {to}' },
  'compare.timeline.periodOngoing': { en: 'from {from}', es: 'desde el {from}' },
  'compare.timeline.periodBefore': {
    en: 'from before {from} to {to}',
    es: 'desde antes del {from} hasta el {to}',
  },
  'compare.timeline.ongoingBefore': { en: 'since before {from}', es: 'desde antes del {from}' },
  'compare.timeline.rules.one': { en: '1 rule', es: '1 norma' },
  'compare.timeline.rules.other': { en: '{count} rules', es: '{count} normas' },

  // Summaries and numbers
  'compare.summary.for': {
    en: 'The law in plain words, for: {profile}',
    es: 'La ley en palabras sencillas, para: {profile}',
  },
  'compare.numbers.intro': {
    en:
      'ICE’s numbers: both places from the same data release, with the same fiscal years and the same maximum on each pair of ' +
      'charts: bars of the same height are the same count. The numbered lines are the days each place’s law changed.',
    es:
      'Las cifras de ICE: ambos lugares de la misma publicación de datos, con los mismos años fiscales y el mismo máximo en cada par ' +
      'de gráficos: barras de la misma altura son el mismo recuento. Las líneas numeradas son los días en que cambió ' +
      'la ley de cada lugar.',
  },
  'compare.numbers.scale': {
    en: 'Scale shared by both places: 0 to {max}.',
    es: 'Escala común a ambos lugares: de 0 a {max}.',
  },
} as const satisfies Messages;
