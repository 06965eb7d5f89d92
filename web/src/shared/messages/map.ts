import type { Messages } from './message';

/** The law map (/map, issue 12): the choropleth, its controls, legend, table and download. */
export const MAP_MESSAGES = {
  'map.title': { en: 'Detainer law on a map', es: 'La ley de las solicitudes de retención en un mapa' },
  'map.intro': {
    en:
      'Each county is coloured by what the law in force on the chosen date says a jail must, may or may not do ' +
      'when ICE asks it to hold, notify or transfer a person, for one profile of person and the standard request ' +
      'form in use that day. Every class has its rule and citation; the table under the map has the same data.',
    es:
      'Cada condado tiene el color de lo que la ley vigente en la fecha elegida dice que una cárcel debe, puede o ' +
      'no puede hacer cuando ICE le pide retener, notificar o trasladar a una persona, para un perfil de persona y ' +
      'el formulario de solicitud estándar en uso ese día. Cada clase tiene su norma y su cita; la tabla bajo el ' +
      'mapa tiene los mismos datos.',
  },
  'map.skipToTable': { en: 'Skip the map to the table', es: 'Saltar el mapa e ir a la tabla' },

  // Controls
  'map.controls': { en: 'What the map shows', es: 'Qué muestra el mapa' },
  'map.action': { en: 'Action asked', es: 'Acción solicitada' },
  'map.action.hold': { en: 'Hold', es: 'Retener' },
  'map.action.notify': { en: 'Notify ICE of release', es: 'Notificar a ICE la liberación' },
  'map.action.transfer': { en: 'Transfer to ICE', es: 'Trasladar a ICE' },
  'map.profile': { en: 'Person', es: 'Persona' },
  'map.profile.no-record': { en: 'No criminal record', es: 'Sin antecedentes penales' },
  'map.profile.pending-misdemeanor': { en: 'A pending misdemeanour', es: 'Un delito menor pendiente' },
  'map.profile.serious-felony': {
    en: 'A serious or violent felony conviction',
    es: 'Una condena por delito grave o violento',
  },
  'map.profile.lawful-status': { en: 'Proof of lawful status', es: 'Prueba de estatus legal' },
  'map.date': { en: 'Date', es: 'Fecha' },
  'map.dateSlider': { en: 'Date (slider)', es: 'Fecha (control deslizante)' },
  'map.dateRange': { en: 'From {from} to {to}', es: 'Del {from} al {to}' },
  'map.previousChange': { en: 'Previous change', es: 'Cambio anterior' },
  'map.nextChange': { en: 'Next change', es: 'Cambio siguiente' },
  'map.previousMonth': { en: 'Previous month', es: 'Mes anterior' },
  'map.nextMonth': { en: 'Next month', es: 'Mes siguiente' },
  'map.play': { en: 'Play', es: 'Reproducir' },
  'map.pause': { en: 'Pause', es: 'Pausa' },
  'map.playHint': {
    en: 'Play steps through the dates the law changes, up to today.',
    es: 'Reproducir recorre las fechas en que cambia la ley, hasta hoy.',
  },
  'map.playHintMonths': {
    en: 'The dates the law changes could not be had: the buttons step month by month up to today.',
    es: 'No se pudieron obtener las fechas en que cambia la ley: los botones avanzan mes a mes hasta hoy.',
  },
  'map.findingChanges': {
    en: 'Finding the dates the law changes…',
    es: 'Buscando las fechas en que cambia la ley…',
  },
  'map.today': { en: 'Today', es: 'Hoy' },

  // What is shown
  'map.showing': { en: '{date}: {action}, for {profile}.', es: '{date}: {action}, para {profile}.' },
  'map.showingProfile.no-record': {
    en: 'a person with no criminal record',
    es: 'una persona sin antecedentes penales',
  },
  'map.showingProfile.pending-misdemeanor': {
    en: 'a person with a pending misdemeanour',
    es: 'una persona con un delito menor pendiente',
  },
  'map.showingProfile.serious-felony': {
    en: 'a person with a serious or violent felony conviction',
    es: 'una persona con una condena por delito grave o violento',
  },
  'map.showingProfile.lawful-status': {
    en: 'a person with proof of lawful status',
    es: 'una persona con prueba de estatus legal',
  },
  'map.form': { en: 'Request form in use that day: {form}.', es: 'Formulario de solicitud en uso ese día: {form}.' },
  'map.currentTo': {
    en: 'The law library is known to be current to {date}.',
    es: 'Se sabe que la biblioteca de leyes está al día hasta el {date}.',
  },
  'map.afterCurrent': {
    en: 'The date shown is after {date}, the last date the law library is known to be current to: the law may have changed since.',
    es: 'La fecha indicada es posterior al {date}, la última fecha en que se sabe que la biblioteca de leyes está al día: la ley puede haber cambiado desde entonces.',
  },
  'map.badDate': {
    en: 'The date asked for, “{asked}”, is not a date from {from} to today; the map shows today, {today}.',
    es: 'La fecha pedida, «{asked}», no es una fecha del {from} a hoy; el mapa muestra hoy, {today}.',
  },
  'map.badParams': {
    en: 'Ignored in the address (not a value the map knows): {names}. Their defaults are shown.',
    es: 'Ignorado en la dirección (no es un valor que el mapa conozca): {names}. Se muestran sus valores por defecto.',
  },
  'map.updating': { en: 'Updating the map…', es: 'Actualizando el mapa…' },

  // Classes
  'map.class.required': { en: 'Required', es: 'Obligatorio' },
  'map.class.permitted': { en: 'Permitted', es: 'Permitido' },
  'map.class.forbidden': { en: 'Forbidden', es: 'Prohibido' },
  'map.class.undecided': { en: 'Undecided', es: 'Sin decidir' },
  'map.classHint.required': { en: 'the law requires it', es: 'la ley lo exige' },
  'map.classHint.permitted': {
    en: 'the law leaves it to the agency',
    es: 'la ley lo deja a criterio de la agencia',
  },
  'map.classHint.forbidden': { en: 'the law forbids it', es: 'la ley lo prohíbe' },
  'map.classHint.undecided': {
    en: 'the law needs a fact the profile does not give',
    es: 'la ley necesita un dato que el perfil no da',
  },
  'map.undecidedFor': { en: 'Undecided (missing: {facts})', es: 'Sin decidir (falta: {facts})' },
  'map.undecidedConflict': {
    en: 'Undecided (rules of one level disagree: {rules})',
    es: 'Sin decidir (normas del mismo rango se contradicen: {rules})',
  },
  'map.legend': { en: 'Counties per class', es: 'Condados por clase' },
  'map.counties.one': { en: '{count} county', es: '{count} condado' },
  'map.counties.other': { en: '{count} counties', es: '{count} condados' },

  // The map
  'map.label': {
    en: 'Map of U.S. counties: {subject}. Arrow keys move between counties, Enter opens one.',
    es: 'Mapa de los condados de EE. UU.: {subject}. Las flechas mueven entre condados, Intro abre uno.',
  },
  'map.countyLabel': { en: '{county}, {state}: {class}. {rule}', es: '{county}, {state}: {class}. {rule}' },
  'map.noRule.law-found': {
    en: 'No rule binds: the law leaves it to the agency',
    es: 'Ninguna norma obliga: la ley lo deja a criterio de la agencia',
  },
  'map.noRule.no-detainer-law': {
    en: 'No rule binds: no state law on detainers was found, so the agency decides',
    es: 'Ninguna norma obliga: no se encontró ninguna ley estatal sobre solicitudes de retención, así que decide la agencia',
  },
  'map.noRule.unsettled': {
    en: 'No rule encoded: the library’s research could not settle this state’s law from its sources (see its file)',
    es: 'Ninguna norma codificada: la investigación de la biblioteca no pudo precisar la ley de este estado con sus fuentes (vea su archivo)',
  },
  'map.noRule.not-researched': {
    en: 'No rule binds as far as the library knows: this state’s law has not been researched yet',
    es: 'Ninguna norma obliga, hasta donde sabe la biblioteca: la ley de este estado aún no se ha investigado',
  },
  'map.open': {
    en: 'Click or press Enter to open the county’s page.',
    es: 'Haga clic o pulse Intro para abrir la página del condado.',
  },
  'map.notDrawn': {
    en: 'Territories (Puerto Rico, Guam, the U.S. Virgin Islands, American Samoa, the Northern Mariana Islands) are not drawn; they are in the table.',
    es: 'Los territorios (Puerto Rico, Guam, las Islas Vírgenes de EE. UU., Samoa Americana, las Islas Marianas del Norte) no se dibujan; están en la tabla.',
  },
  'map.geometryFailed': {
    en: 'The map could not be drawn. The table below has the same data.',
    es: 'No se pudo dibujar el mapa. La tabla de abajo tiene los mismos datos.',
  },

  // The table
  'map.table': { en: 'The same data as a table', es: 'Los mismos datos en una tabla' },
  'map.tableCaption': { en: 'Counties: {subject}', es: 'Condados: {subject}' },
  'map.searchTable': { en: 'Search the table', es: 'Buscar en la tabla' },
  'map.search': { en: 'Search counties', es: 'Buscar condados' },
  'map.searchHint': {
    en: 'County, state, FIPS code, rule or citation.',
    es: 'Condado, estado, código FIPS, norma o cita.',
  },
  'map.filterClass': { en: 'Class', es: 'Clase' },
  'map.anyClass': { en: 'Any class', es: 'Cualquier clase' },
  'map.apply': { en: 'Search', es: 'Buscar' },
  'map.clear': { en: 'Clear', es: 'Borrar' },
  'map.rows': { en: '{shown} of {total} counties', es: '{shown} de {total} condados' },
  'map.noRows': { en: 'No county matches.', es: 'Ningún condado coincide.' },
  'map.col.county': { en: 'County', es: 'Condado' },
  'map.col.state': { en: 'State', es: 'Estado' },
  'map.col.fips': { en: 'FIPS', es: 'FIPS' },
  'map.col.class': { en: 'Class', es: 'Clase' },
  'map.col.rule': { en: 'Binding rule', es: 'Norma que obliga' },
  'map.col.citation': { en: 'Citation', es: 'Cita' },
  'map.download': { en: 'Download this table (CSV, {count} rows)', es: 'Descargar esta tabla (CSV, {count} filas)' },
  'map.downloadHint': {
    en: 'Every page of the table as searched, with its columns.',
    es: 'Todas las páginas de la tabla tal como se buscó, con sus columnas.',
  },
  'map.panelDownload': {
    en: 'Download the research panel (CSV): every county’s periods of constant law, 2008 to today, for “{action}” and this person',
    es: 'Descargar el panel de investigación (CSV): los periodos de ley constante de cada condado, de 2008 a hoy, para «{action}» y esta persona',
  },
} as const satisfies Messages;
