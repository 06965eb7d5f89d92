import { createContext, useContext } from 'react';
import { DOCUMENT_MESSAGES } from './messages/document';
import { INTAKE_MESSAGES } from './messages/intake';

/** Every string the UI shows, in each language. Data from the API (names, codes) is shown as is. */
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language is named in itself, so a reader can find their own. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español' };

/** Locales for Intl formatting (dates, numbers). */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-US' };

/**
 * One message in every language. Each key carries its English and its Spanish side by side, so a
 * message without its Spanish, or with a language the app does not have, fails to compile
 * (`tsc -p web/tsconfig.json`; see i18n.check.ts).
 */
export type Message = { readonly [L in Lang]: string };

const dictionary = {
  'app.name': { en: 'Detainer Desk', es: 'Detainer Desk' },
  'app.skip': { en: 'Skip to content', es: 'Saltar al contenido' },
  'app.loading': { en: 'Loading…', es: 'Cargando…' },
  'app.apiDocs': { en: 'API documentation', es: 'Documentación de la API' },
  'app.footer': {
    en: 'Detainer Desk records requests and the law in force. It takes no side.',
    es: 'Detainer Desk registra las solicitudes y la ley vigente. No toma partido.',
  },

  'nav.label': { en: 'Main', es: 'Principal' },
  'nav.home': { en: 'Home', es: 'Inicio' },
  'nav.signIn': { en: 'Sign in', es: 'Iniciar sesión' },
  'nav.desk': { en: 'Desk', es: 'Escritorio' },
  'nav.breadcrumb': { en: 'Breadcrumb', es: 'Ruta de navegación' },
  'nav.language': { en: 'Language', es: 'Idioma' },

  'home.intro': {
    en:
      'Detainer Desk is software for the immigration detainer process. It records every request a jail ' +
      'receives from U.S. Immigration and Customs Enforcement (ICE) and, jurisdiction by jurisdiction, ' +
      'what the law there allows. It takes no side.',
    es:
      'Detainer Desk es un programa para el proceso de las solicitudes de retención migratoria (detainers). ' +
      'Registra cada solicitud que una cárcel recibe del Servicio de Inmigración y Control de Aduanas (ICE) ' +
      'y, jurisdicción por jurisdicción, lo que la ley de cada lugar permite. No toma partido.',
  },
  'home.places': {
    en: 'States, the District of Columbia and territories',
    es: 'Estados, el Distrito de Columbia y territorios',
  },
  'home.placesHint': { en: 'Choose a place to see its counties.', es: 'Elija un lugar para ver sus condados.' },

  'kind.state': { en: 'State', es: 'Estado' },
  'kind.district': { en: 'Federal district', es: 'Distrito federal' },
  'kind.territory': { en: 'Territory', es: 'Territorio' },
  'kinds.state': { en: 'States', es: 'Estados' },
  'kinds.district': { en: 'Federal district', es: 'Distrito federal' },
  'kinds.territory': { en: 'Territories', es: 'Territorios' },

  'place.kind': { en: 'Kind', es: 'Tipo' },
  'place.timeZone': { en: 'Time zone', es: 'Zona horaria' },
  'place.fips': { en: 'FIPS code', es: 'Código FIPS' },
  'place.state': { en: 'State or territory', es: 'Estado o territorio' },
  'place.counties': { en: 'Counties', es: 'Condados' },
  'place.countyCount.one': { en: '1 county or equivalent.', es: '1 condado o equivalente.' },
  'place.countyCount.other': { en: '{count} counties or equivalents.', es: '{count} condados o equivalentes.' },
  'place.col.county': { en: 'County', es: 'Condado' },
  'place.col.fips': { en: 'FIPS', es: 'FIPS' },
  'place.col.timeZone': { en: 'Time zone', es: 'Zona horaria' },
  'place.notFound': { en: 'Place not found', es: 'Lugar no encontrado' },
  'place.stateNotFound': {
    en: 'No state, district or territory has the code “{code}”.',
    es: 'Ningún estado, distrito ni territorio tiene el código «{code}».',
  },
  'place.countyNotFound': {
    en: 'No county has the FIPS code “{fips}” in this place.',
    es: 'Ningún condado de este lugar tiene el código FIPS «{fips}».',
  },
  'place.allPlaces': { en: 'See all states and territories', es: 'Ver todos los estados y territorios' },

  'policies.heading': { en: 'Rules in force', es: 'Normas vigentes' },
  'policies.dateLabel': { en: 'Date', es: 'Fecha' },
  'policies.today': { en: 'Today', es: 'Hoy' },
  'policies.intro': {
    en: 'The rules of the law library in force here on {date}, most senior first, for every kind of agency.',
    es: 'Las normas de la biblioteca de leyes vigentes aquí el {date}, de mayor a menor rango, para todo tipo de agencia.',
  },
  'policies.stateNote': {
    en: 'Rules of a single county or agency are listed on that county’s page.',
    es: 'Las normas de un solo condado o agencia se muestran en la página de ese condado.',
  },
  'policies.none': {
    en: 'No rule of the law library is in force here on this date.',
    es: 'Ninguna norma de la biblioteca de leyes está vigente aquí en esta fecha.',
  },
  'policies.caption': { en: 'Rules in force on {date}', es: 'Normas vigentes el {date}' },

  'rule.id': { en: 'Rule', es: 'Norma' },
  'rule.level': { en: 'Level', es: 'Rango' },
  'rule.place': { en: 'Place', es: 'Lugar' },
  'rule.federal': { en: 'United States (federal)', es: 'Estados Unidos (federal)' },
  'rule.binds': { en: 'Binds', es: 'Obliga a' },
  'rule.bindsAll': { en: 'every kind of agency', es: 'todo tipo de agencia' },
  'rule.inForceSince': { en: 'Version in force: since {date}', es: 'Versión vigente: desde el {date}' },
  'rule.citations': { en: 'Citations', es: 'Citas' },
  'rule.timeline': { en: 'Versions', es: 'Versiones' },
  'rule.version.from': { en: 'From {date}', es: 'Desde el {date}' },
  'rule.version.repealed': { en: 'Repealed on {date}', es: 'Derogada el {date}' },
  'rule.version.current': { en: 'in force on the date shown', es: 'vigente en la fecha indicada' },
  'rule.version.capHours': { en: 'Hold capped at {hours} hours.', es: 'Retención limitada a {hours} horas.' },
  'rule.source': { en: 'Source', es: 'Fuente' },
  'rule.file': { en: 'File', es: 'Archivo' },
  'rule.notes': { en: 'Notes on the source', es: 'Notas sobre la fuente' },
  'rule.notesHint': {
    en: 'What the research could not confirm, and what was therefore left out. In the language of the source.',
    es: 'Lo que la investigación no pudo confirmar y lo que, por tanto, se dejó fuera. En el idioma de la fuente.',
  },
  'rule.cases': { en: 'Cases', es: 'Casos' },
  'rule.casesNaming': { en: 'Cases that name this rule ({count})', es: 'Casos que nombran esta norma ({count})' },
  'rule.casesWhere': {
    en: 'Other cases set where it applies ({count})',
    es: 'Otros casos situados donde se aplica ({count})',
  },
  'rule.casesHint': {
    en: 'Sentences of law the engine is checked against on every test run.',
    es: 'Frases de derecho con las que se comprueba el motor en cada ejecución de las pruebas.',
  },
  'rule.casesNone': { en: 'No case bears on this rule yet.', es: 'Todavía ningún caso se refiere a esta norma.' },
  'rule.caseWhere': { en: '{date}, {place}', es: '{date}, {place}' },
  'rule.notFound': { en: 'Rule not found', es: 'Norma no encontrada' },
  'rule.notFoundBody': {
    en: 'The law library has no rule with the id “{id}”.',
    es: 'La biblioteca de leyes no tiene ninguna norma con el identificador «{id}».',
  },

  'level.federal-constitution': { en: 'Federal constitution', es: 'Constitución federal' },
  'level.federal-statute': { en: 'Federal statute', es: 'Ley federal' },
  'level.federal-regulation': { en: 'Federal regulation', es: 'Reglamento federal' },
  'level.federal-agency-policy': { en: 'Federal agency policy', es: 'Política de agencia federal' },
  'level.state-constitution': { en: 'State constitution', es: 'Constitución estatal' },
  'level.state-statute': { en: 'State statute', es: 'Ley estatal' },
  'level.county-ordinance': { en: 'Local ordinance', es: 'Ordenanza local' },
  'level.agency-policy': { en: 'Agency policy', es: 'Política de la agencia' },

  'sourceKind.constitution': { en: 'constitution', es: 'constitución' },
  'sourceKind.statute': { en: 'statute', es: 'ley' },
  'sourceKind.regulation': { en: 'regulation', es: 'reglamento' },
  'sourceKind.court-ruling': { en: 'court ruling', es: 'resolución judicial' },
  'sourceKind.ordinance': { en: 'ordinance', es: 'ordenanza' },
  'sourceKind.agency-policy': { en: 'agency policy', es: 'política de la agencia' },
  'sourceKind.form': { en: 'form', es: 'formulario' },

  'agencyKind.county-jail': { en: 'county jails', es: 'cárceles del condado' },
  'agencyKind.state-prison': { en: 'state prisons', es: 'prisiones estatales' },
  'agencyKind.police': { en: 'police departments', es: 'departamentos de policía' },

  'dutyDue.immediately': { en: 'due at once', es: 'de inmediato' },
  'dutyDue.at-release-eligibility': { en: 'due at release eligibility', es: 'al quedar en condiciones de libertad' },
  'dutyDue.when-carried-out': { en: 'due when carried out', es: 'al llevarse a cabo' },
  'dutyDue.periodic-report': { en: 'in a periodic report', es: 'en un informe periódico' },

  'signIn.title': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.intro': {
    en: 'For the staff of agencies that use Detainer Desk.',
    es: 'Para el personal de las agencias que usan Detainer Desk.',
  },
  'signIn.email': { en: 'Email', es: 'Correo electrónico' },
  'signIn.password': { en: 'Password', es: 'Contraseña' },
  'signIn.submit': { en: 'Sign in', es: 'Iniciar sesión' },
  'signIn.already': { en: 'You are signed in as {name}.', es: 'Ha iniciado sesión como {name}.' },
  'signIn.goToDesk': { en: 'Go to the desk', es: 'Ir al escritorio' },
  'signIn.code.title': { en: 'Second factor', es: 'Segundo factor' },
  'signIn.code.hint': {
    en: 'Enter the 6-digit code your authenticator app shows now.',
    es: 'Introduzca el código de 6 dígitos que muestra ahora su aplicación de autenticación.',
  },
  'signIn.code.label': { en: 'Authentication code', es: 'Código de autenticación' },
  'signIn.code.submit': { en: 'Verify', es: 'Verificar' },
  'signIn.code.wrong': {
    en: 'The code is not correct, or was already used. Wait for the next code and try again.',
    es: 'El código no es correcto o ya se usó. Espere al siguiente código e inténtelo de nuevo.',
  },
  'signIn.code.useRecovery': { en: 'Use a recovery code instead', es: 'Usar un código de recuperación' },
  'signIn.code.useApp': {
    en: 'Use the code of the authenticator app instead',
    es: 'Usar el código de la aplicación de autenticación',
  },
  'signIn.recovery.label': { en: 'Recovery code', es: 'Código de recuperación' },
  'signIn.recovery.hint': {
    en: 'Enter one of the recovery codes you saved when you set up the second factor. Each works once.',
    es: 'Introduzca uno de los códigos de recuperación que guardó al configurar el segundo factor. Cada uno sirve una vez.',
  },
  'signIn.recovery.wrong': {
    en: 'The recovery code is not correct, or was already used.',
    es: 'El código de recuperación no es correcto o ya se usó.',
  },
  'enrol.title': { en: 'Set up a second factor', es: 'Configure un segundo factor' },
  'enrol.required': {
    en: 'Your role requires a second factor (a code from an authenticator app) before you can use the desk.',
    es: 'Su función exige un segundo factor (un código de una aplicación de autenticación) antes de usar el escritorio.',
  },
  'enrol.start': { en: 'Continue', es: 'Continuar' },
  'enrol.secretIntro': {
    en: 'Add an account to your authenticator app: type in the secret key, or open the setup link. Both are shown only now.',
    es: 'Añada una cuenta a su aplicación de autenticación: escriba la clave secreta o abra el enlace de configuración. Solo se muestran ahora.',
  },
  'enrol.secret': { en: 'Secret key', es: 'Clave secreta' },
  'enrol.uri': { en: 'Setup link (otpauth)', es: 'Enlace de configuración (otpauth)' },
  'enrol.codeLabel': { en: 'Code from the app', es: 'Código de la aplicación' },
  'enrol.confirm': { en: 'Activate', es: 'Activar' },
  'recovery.title': { en: 'Save your recovery codes', es: 'Guarde sus códigos de recuperación' },
  'recovery.intro': {
    en: 'If you lose your authenticator, each of these codes signs you in once. They are shown only now: print them or keep them somewhere safe.',
    es: 'Si pierde su aplicación de autenticación, cada uno de estos códigos le permite iniciar sesión una vez. Solo se muestran ahora: imprímalos o guárdelos en un lugar seguro.',
  },
  'recovery.saved': { en: 'I have saved them', es: 'Los he guardado' },
  'recovery.continue': { en: 'Continue to the desk', es: 'Ir al escritorio' },

  'desk.title': { en: 'Desk', es: 'Escritorio' },
  'desk.signedInAs': { en: 'Signed in as {name}. Role: {role}.', es: 'Sesión iniciada como {name}. Función: {role}.' },
  'desk.synthetic': {
    en: 'Synthetic demo agency: all people and requests are invented.',
    es: 'Agencia de demostración sintética: todas las personas y solicitudes son inventadas.',
  },
  'desk.caption': { en: 'Detainer requests', es: 'Solicitudes de retención' },
  'desk.col.received': { en: 'Received', es: 'Recibida' },
  'desk.col.status': { en: 'Status', es: 'Estado' },
  'desk.col.holdUntil': { en: 'Hold until', es: 'Retención hasta' },
  'status.pending': { en: 'Pending', es: 'Pendiente' },
  'status.holding': { en: 'Holding', es: 'En retención' },
  'status.release-due': { en: 'Release now', es: 'Liberar ya' },
  'status.transferred': { en: 'Transferred', es: 'Trasladada' },
  'status.released': { en: 'Released', es: 'Liberada' },
  'status.lifted': { en: 'Lifted by ICE', es: 'Retirada por ICE' },
  'status.cancelled': { en: 'Cancelled', es: 'Cancelada' },
  'desk.col.form': { en: 'Form', es: 'Formulario' },
  'desk.col.warrant': { en: 'Warrant', es: 'Orden' },
  'desk.col.asks': { en: 'Asks', es: 'Solicita' },
  'desk.col.federalReference': { en: 'Federal reference', es: 'Referencia federal' },
  'desk.col.subjectReference': { en: 'Subject reference', es: 'Referencia de la persona' },
  'desk.empty': { en: 'No requests have been logged yet.', es: 'Aún no se ha registrado ninguna solicitud.' },
  'desk.emptySubmitted': {
    en: 'You have not submitted any requests yet.',
    es: 'Aún no ha enviado ninguna solicitud.',
  },
  'desk.range': { en: 'Showing {from}–{to} of {total}.', es: 'Mostrando {from}–{to} de {total}.' },
  'desk.timesNote': {
    en: 'Times are in the agency’s time zone, {timeZone}. Names, dates of birth and A-numbers are left out of this overview.',
    es: 'Las horas están en la zona horaria de la agencia, {timeZone}. Los nombres, fechas de nacimiento y números A no se muestran en esta vista general.',
  },
  'desk.signOut': { en: 'Sign out', es: 'Cerrar sesión' },

  'warrant.none': { en: 'None', es: 'Ninguna' },
  'warrant.administrative': { en: 'Administrative', es: 'Administrativa' },
  'warrant.judicial': { en: 'Judicial', es: 'Judicial' },
  'action.hold': { en: 'hold', es: 'retener' },
  'action.notify': { en: 'notify', es: 'notificar' },
  'action.transfer': { en: 'transfer', es: 'trasladar' },
  'role.admin': { en: 'administrator', es: 'administración' },
  'role.records-officer': { en: 'records officer', es: 'registros' },
  'role.supervisor': { en: 'supervisor', es: 'supervisión' },
  'role.auditor': { en: 'auditor', es: 'auditoría' },
  'role.federal-liaison': { en: 'federal liaison', es: 'enlace federal' },

  'pager.label': { en: 'Pages', es: 'Páginas' },
  'pager.previous': { en: 'Previous', es: 'Anterior' },
  'pager.next': { en: 'Next', es: 'Siguiente' },
  'pager.status': { en: 'Page {page} of {pages}', es: 'Página {page} de {pages}' },

  'error.title': { en: 'Something went wrong', es: 'Algo salió mal' },
  'error.requestId': { en: 'Reference for support: {id}', es: 'Referencia para soporte: {id}' },
  'notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.body': { en: 'There is no page at this address.', es: 'No hay ninguna página en esta dirección.' },
  'notFound.home': { en: 'Go to the home page', es: 'Ir a la página de inicio' },
  'forbidden.title': { en: 'Not open to your role', es: 'No disponible para su función' },
  'forbidden.body': {
    en: 'You are signed in as {role}. This page is for: {roles}.',
    es: 'Ha iniciado sesión con la función {role}. Esta página es para: {roles}.',
  },
  'forbidden.help': {
    en: 'If your work needs it, ask your agency’s administrator to change your role.',
    es: 'Si su trabajo lo requiere, pida al administrador de su agencia que cambie su función.',
  },
  'forbidden.desk': { en: 'Go to the desk', es: 'Ir al escritorio' },

  // --- Inbox (/desk): filters, countdowns, alarms (issue 11, point 2) ---------------------------
  'inbox.countdown.in': { en: 'in {span}', es: 'en {span}' },
  'inbox.countdown.underAMinute': { en: 'in less than a minute', es: 'en menos de un minuto' },
  'inbox.countdown.releaseNow': { en: 'RELEASE NOW', es: 'LIBERAR YA' },
  'inbox.countdown.passedAgo': { en: 'deadline passed {span} ago', es: 'plazo vencido hace {span}' },
  'inbox.countdown.passedJustNow': { en: 'deadline just passed', es: 'el plazo acaba de vencer' },
  'inbox.countdown.urgent': { en: 'Under 2 hours left', es: 'Quedan menos de 2 horas' },
  'inbox.actions': { en: 'Desk actions', es: 'Acciones del escritorio' },
  'inbox.logRequest': { en: 'Log a request', es: 'Registrar una solicitud' },
  'inbox.bulkImport': { en: 'Bulk import', es: 'Importación masiva' },
  'inbox.filters.title': { en: 'Filter and order', es: 'Filtrar y ordenar' },
  'inbox.filters.status': { en: 'Status', es: 'Estado' },
  'inbox.filters.form': { en: 'Form', es: 'Formulario' },
  'inbox.filters.facility': { en: 'Facility ID', es: 'ID del centro' },
  'inbox.filters.facilityHint': {
    en: 'The facility’s identifier (as in the API), or leave empty for all.',
    es: 'El identificador del centro (como en la API), o vacío para todos.',
  },
  'inbox.filters.from': { en: 'Received from', es: 'Recibida desde' },
  'inbox.filters.to': { en: 'Received to', es: 'Recibida hasta' },
  'inbox.filters.sort': { en: 'Order', es: 'Orden' },
  'inbox.filters.sort.deadline': { en: 'Most urgent first', es: 'Lo más urgente primero' },
  'inbox.filters.sort.received': { en: 'Most recently received first', es: 'Recibidas más recientemente primero' },
  'inbox.filters.any': { en: 'Any', es: 'Cualquiera' },
  'inbox.filters.apply': { en: 'Show', es: 'Mostrar' },
  'inbox.filters.clear': { en: 'Clear filters', es: 'Quitar filtros' },
  'inbox.filters.badFacility': {
    en: 'Facility ID: enter an identifier like 00000000-0000-4000-9000-000000000002.',
    es: 'ID del centro: escriba un identificador como 00000000-0000-4000-9000-000000000002.',
  },
  'inbox.filters.badRange': {
    en: 'Received from: must be on or before “Received to”.',
    es: 'Recibida desde: debe ser igual o anterior a “Recibida hasta”.',
  },
  'inbox.ignored': {
    en: 'Part of this address could not be used and is ignored: {params}.',
    es: 'Una parte de esta dirección no se pudo usar y se ignora: {params}.',
  },
  'inbox.param.state': { en: 'status', es: 'estado' },
  'inbox.param.form': { en: 'form', es: 'formulario' },
  'inbox.param.facility': { en: 'facility', es: 'centro' },
  'inbox.param.from': { en: 'received from', es: 'recibida desde' },
  'inbox.param.to': { en: 'received to', es: 'recibida hasta' },
  'inbox.param.sort': { en: 'order', es: 'orden' },
  'inbox.param.limit': { en: 'page size', es: 'tamaño de página' },
  'inbox.param.offset': { en: 'page', es: 'página' },
  'inbox.col.request': { en: 'Request and status', es: 'Solicitud y estado' },
  'inbox.col.deadline': { en: 'Deadline', es: 'Plazo' },
  'inbox.col.duties': { en: 'Open duties', es: 'Obligaciones pendientes' },
  'inbox.duties.one': { en: '1 duty', es: '1 obligación' },
  'inbox.duties.other': { en: '{count} duties', es: '{count} obligaciones' },
  'inbox.duties.nextDue': { en: 'next due {time}', es: 'la próxima vence {time}' },
  'inbox.duties.overdue': { en: 'OVERDUE since {time}', es: 'VENCIDA desde {time}' },
  'inbox.openRequest': { en: 'Open request {reference}', es: 'Abrir la solicitud {reference}' },
  'inbox.total.one': { en: '1 request', es: '1 solicitud' },
  'inbox.total.other': { en: '{count} requests', es: '{count} solicitudes' },
  'inbox.page': { en: 'Page {page} of {pages} · {total}', es: 'Página {page} de {pages} · {total}' },
  'inbox.emptyFiltered': {
    en: 'No requests match these filters.',
    es: 'Ninguna solicitud coincide con estos filtros.',
  },
  'inbox.pastEnd': {
    en: 'This page is past the end of the list.',
    es: 'Esta página está más allá del final de la lista.',
  },
  'inbox.firstPage': { en: 'Go to the first page', es: 'Ir a la primera página' },
  'inbox.autoRefresh': {
    en: 'The list and alarms update by themselves every {seconds} seconds while this tab is shown; countdowns every second.',
    es: 'La lista y las alarmas se actualizan solas cada {seconds} segundos mientras esta pestaña está visible; las cuentas atrás, cada segundo.',
  },
  'inbox.alarms.title': { en: 'Alarms', es: 'Alarmas' },
  'inbox.alarms.none': { en: 'No open alarms.', es: 'No hay alarmas abiertas.' },
  'inbox.alarms.shown': {
    en: 'The {shown} most urgent of {count} are listed.',
    es: 'Se listan las {shown} más urgentes de {count}.',
  },
  'inbox.alarms.count.one': { en: '1 open alarm', es: '1 alarma abierta' },
  'inbox.alarms.count.other': { en: '{count} open alarms', es: '{count} alarmas abiertas' },
  'inbox.alarms.critical': { en: 'Critical', es: 'Crítica' },
  'inbox.alarms.warning': { en: 'Warning', es: 'Aviso' },
  'inbox.alarms.kind.hold-past-deadline': {
    en: 'Hold past its deadline: release now',
    es: 'Retención vencida: liberar ya',
  },
  'inbox.alarms.kind.release-due': { en: 'Release due: release now', es: 'Liberación debida: liberar ya' },
  'inbox.alarms.kind.hold-ending-soon': {
    en: 'Hold ends within 2 hours',
    es: 'La retención termina en menos de 2 horas',
  },
  'inbox.alarms.kind.duty-overdue': { en: 'Duty overdue', es: 'Deber vencido' },
  'inbox.alarms.kind.decision-blocked': {
    en: 'The law needs a missing fact',
    es: 'Falta un dato que la ley necesita',
  },
  'inbox.alarms.request': { en: 'request {reference}', es: 'solicitud {reference}' },
  'inbox.alarms.at': { en: 'time: {time}', es: 'hora: {time}' },
  'inbox.alarms.new.one': { en: 'New alarm: {list}', es: 'Nueva alarma: {list}' },
  'inbox.alarms.new.other': { en: '{count} new alarms: {list}', es: '{count} alarmas nuevas: {list}' },
  // Intake screens (/desk/new, /desk/import).
  ...INTAKE_MESSAGES,
  // The scanned request's fingerprint (intake, detainer page).
  ...DOCUMENT_MESSAGES,

  // Error messages by code. The API's own message (English) is used when a code has no entry here.
  'apiError.CLIENT.NETWORK': {
    en: 'The server could not be reached. Check the connection and try again.',
    es: 'No se pudo contactar con el servidor. Compruebe la conexión e inténtelo de nuevo.',
  },
  'apiError.AUTH.INVALID_CREDENTIALS': {
    en: 'The email or password is not correct.',
    es: 'El correo electrónico o la contraseña no son correctos.',
  },
  'apiError.AUTH.UNAUTHENTICATED': { en: 'Please sign in.', es: 'Inicie sesión, por favor.' },
  'apiError.AUTH.TEMPORARILY_LOCKED': {
    en: 'Too many sign-in attempts. Wait a few minutes before trying again, or ask your agency admin.',
    es: 'Demasiados intentos de inicio de sesión. Espere unos minutos antes de volver a intentarlo o consulte al administrador de su agencia.',
  },
  'apiError.AUTH.FORBIDDEN': {
    en: 'Your role does not allow this.',
    es: 'Su función no permite esta acción.',
  },
  'apiError.AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED': {
    en: 'Your role requires a second factor: set one up first.',
    es: 'Su función exige un segundo factor: configúrelo primero.',
  },
  'apiError.SERVER.INTERNAL': {
    en: 'Something went wrong on our side.',
    es: 'Algo falló en nuestro servidor.',
  },
  // --- audit and admin screens (issue 11) ---
  'audit.title': { en: 'Audit', es: 'Auditoría' },
  'audit.intro': {
    en: 'The agency’s audit trail: whether its history is intact, who read personal data, and security events. Nothing here can be changed.',
    es: 'El registro de auditoría de la agencia: si su historial está intacto, quién leyó datos personales y los eventos de seguridad. Aquí no se puede cambiar nada.',
  },
  'audit.chain.title': { en: 'History chain', es: 'Cadena del historial' },
  'audit.chain.intact': {
    en: 'Intact: the history has not been altered.',
    es: 'Intacta: el historial no ha sido alterado.',
  },
  'audit.chain.broken': {
    en: 'Broken: the history has been altered. Report this to your agency’s administrator at once.',
    es: 'Rota: el historial ha sido alterado. Informe de inmediato al administrador de su agencia.',
  },
  'audit.chain.events.one': { en: '1 event verified.', es: '1 evento verificado.' },
  'audit.chain.events.other': { en: '{count} events verified.', es: '{count} eventos verificados.' },
  'audit.chain.empty': { en: 'No events recorded yet.', es: 'Aún no hay eventos registrados.' },
  'audit.chain.head': { en: 'Last event', es: 'Último evento' },
  'audit.chain.headValue': { en: 'number {seq}, fingerprint {hash}', es: 'número {seq}, huella {hash}' },
  'audit.chain.brokenAt': { en: 'First broken event', es: 'Primer evento roto' },
  'audit.chain.brokenSeq': { en: 'number {seq}', es: 'número {seq}' },
  'audit.chain.brokenDetainer': { en: 'Request', es: 'Solicitud' },
  'audit.chain.brokenVersion': { en: 'version {version}', es: 'versión {version}' },
  'audit.chain.missing': { en: 'the event is missing', es: 'falta el evento' },
  'audit.chain.why': { en: 'Why', es: 'Motivo' },
  'audit.problem.sequence-gap': {
    en: 'An event was removed or renumbered.',
    es: 'Se eliminó o se renumeró un evento.',
  },
  'audit.problem.previous-hash-mismatch': {
    en: 'An event was removed, added or put out of order.',
    es: 'Se eliminó, añadió o desordenó un evento.',
  },
  'audit.problem.hash-mismatch': { en: 'The event was altered.', es: 'El evento fue alterado.' },
  'audit.problem.head-mismatch': {
    en: 'Events were removed or added at the end.',
    es: 'Se eliminaron o añadieron eventos al final.',
  },
  'audit.chain.verifiedAt': {
    en: 'Verified just now, as “audit verify” does.',
    es: 'Verificada ahora mismo, como lo hace «audit verify».',
  },
  'audit.chain.again': { en: 'Verify again', es: 'Verificar de nuevo' },

  'audit.reads.title': { en: 'Reads of personal data', es: 'Lecturas de datos personales' },
  'audit.reads.intro': {
    en: 'Every time someone opened a person’s details. The details themselves are never shown here.',
    es: 'Cada vez que alguien abrió los datos de una persona. Los datos en sí nunca se muestran aquí.',
  },
  'audit.reads.filters': { en: 'Filter the reads', es: 'Filtrar las lecturas' },
  'audit.reads.user': { en: 'User', es: 'Usuario' },
  'audit.reads.anyUser': { en: 'Anyone', es: 'Cualquiera' },
  'audit.reads.detainer': { en: 'Request ID', es: 'ID de la solicitud' },
  'audit.reads.detainerHint': {
    en: 'The ID in the request’s address.',
    es: 'El ID que aparece en la dirección de la solicitud.',
  },
  'audit.reads.detainerInvalid': {
    en: 'Enter a request ID such as 0f8fad5b-d9cb-469f-a165-70867728950e.',
    es: 'Escriba un ID de solicitud como 0f8fad5b-d9cb-469f-a165-70867728950e.',
  },
  'audit.reads.from': { en: 'From (date)', es: 'Desde (fecha)' },
  'audit.reads.to': { en: 'To (date, included)', es: 'Hasta (fecha, incluida)' },
  'audit.reads.apply': { en: 'Show reads', es: 'Mostrar lecturas' },
  'audit.reads.clear': { en: 'Clear filters', es: 'Quitar filtros' },
  'audit.reads.caption': {
    en: 'Reads of personal data, newest first',
    es: 'Lecturas de datos personales, las más recientes primero',
  },
  'audit.reads.col.at': { en: 'When', es: 'Cuándo' },
  'audit.reads.col.user': { en: 'Who', es: 'Quién' },
  'audit.reads.col.detainer': { en: 'Request', es: 'Solicitud' },
  'audit.reads.col.purpose': { en: 'Why', es: 'Por qué' },
  'audit.reads.col.channel': { en: 'How', es: 'Cómo' },
  'audit.reads.open': { en: 'Open request {id}', es: 'Abrir la solicitud {id}' },
  'audit.reads.empty': { en: 'No reads match these filters.', es: 'Ninguna lectura coincide con estos filtros.' },
  'audit.reads.count.one': { en: '1 read.', es: '1 lectura.' },
  'audit.reads.count.other': { en: '{count} reads.', es: '{count} lecturas.' },
  'audit.purpose.view': { en: 'opened the request', es: 'abrió la solicitud' },
  'audit.purpose.record-event': { en: 'recorded an event', es: 'registró un evento' },
  'audit.purpose.resolve-identity': { en: 'resolved an identity conflict', es: 'resolvió un conflicto de identidad' },
  'audit.purpose.notice': { en: 'downloaded a notice', es: 'descargó un aviso' },
  'audit.purpose.notice-preview': { en: 'previewed a notice', es: 'vio un aviso en pantalla' },
  'audit.channel.session': { en: 'browser', es: 'navegador' },
  'audit.channel.token': { en: 'API token', es: 'token de API' },
  'audit.channel.cli': { en: 'server command line', es: 'línea de comandos del servidor' },
  'audit.channel.unknown': { en: 'not recorded', es: 'no registrado' },
  'audit.unknownUser': { en: 'unknown user', es: 'usuario desconocido' },

  'audit.events.title': { en: 'Security events', es: 'Eventos de seguridad' },
  'audit.events.kind': { en: 'Kind of event', es: 'Tipo de evento' },
  'audit.events.anyKind': { en: 'All kinds', es: 'Todos los tipos' },
  'audit.events.apply': { en: 'Show events', es: 'Mostrar eventos' },
  'audit.events.caption': {
    en: 'Security events, newest first',
    es: 'Eventos de seguridad, los más recientes primero',
  },
  'audit.events.col.at': { en: 'When', es: 'Cuándo' },
  'audit.events.col.kind': { en: 'What', es: 'Qué' },
  'audit.events.col.user': { en: 'Account', es: 'Cuenta' },
  'audit.events.col.by': { en: 'By', es: 'Por' },
  'audit.events.byAdmin': { en: 'an administrator', es: 'un administrador' },
  'audit.events.byUser': { en: 'the user or the server', es: 'el usuario o el servidor' },
  'audit.events.unknownEmail': { en: 'an email with no account', es: 'un correo sin cuenta' },
  'audit.events.empty': { en: 'No security events of this kind.', es: 'No hay eventos de seguridad de este tipo.' },
  'audit.events.count.one': { en: '1 event.', es: '1 evento.' },
  'audit.events.count.other': { en: '{count} events.', es: '{count} eventos.' },
  'audit.kind.sign-in.succeeded': { en: 'Signed in', es: 'Inicio de sesión' },
  'audit.kind.sign-in.failed': { en: 'Sign-in failed', es: 'Inicio de sesión fallido' },
  'audit.kind.sign-in.second-factor-asked': {
    en: 'Password right, second factor asked',
    es: 'Contraseña correcta, se pidió el segundo factor',
  },
  'audit.kind.sign-in.refused': { en: 'Sign-in refused (locked)', es: 'Inicio de sesión rechazado (bloqueo)' },
  'audit.kind.account.locked': { en: 'Account locked', es: 'Cuenta bloqueada' },
  'audit.kind.address.locked': { en: 'Network address locked', es: 'Dirección de red bloqueada' },
  'audit.kind.account.unlocked': { en: 'Account unlocked', es: 'Cuenta desbloqueada' },
  'audit.kind.user.added': { en: 'User added', es: 'Usuario añadido' },
  'audit.kind.user.changed': { en: 'User changed', es: 'Usuario modificado' },
  'audit.kind.user.disabled': { en: 'User disabled', es: 'Usuario desactivado' },
  'audit.kind.user.enabled': { en: 'User enabled', es: 'Usuario activado' },
  'audit.kind.user.password-set': { en: 'Password set', es: 'Contraseña establecida' },
  'audit.kind.session.revoked': { en: 'Session ended', es: 'Sesión terminada' },
  'audit.kind.token.created': { en: 'API token created', es: 'Token de API creado' },
  'audit.kind.token.revoked': { en: 'API token revoked', es: 'Token de API revocado' },
  'audit.kind.second-factor.enrolment-started': {
    en: 'Second factor set-up started',
    es: 'Configuración del segundo factor iniciada',
  },
  'audit.kind.second-factor.enabled': { en: 'Second factor turned on', es: 'Segundo factor activado' },
  'audit.kind.second-factor.disabled': { en: 'Second factor turned off', es: 'Segundo factor desactivado' },
  'audit.kind.second-factor.reset': { en: 'Second factor reset', es: 'Segundo factor restablecido' },

  'admin.title': { en: 'Administration', es: 'Administración' },
  'admin.sections': { en: 'Administration sections', es: 'Secciones de administración' },
  'admin.section.users': { en: 'Users', es: 'Usuarios' },
  'admin.section.tokens': { en: 'API tokens', es: 'Tokens de API' },
  'admin.section.conflicts': { en: 'Identity conflicts', es: 'Conflictos de identidad' },
  'admin.close': { en: 'Close', es: 'Cerrar' },
  'admin.cancel': { en: 'Cancel', es: 'Cancelar' },
  'admin.done': { en: 'Done.', es: 'Hecho.' },

  'admin.users.caption': { en: 'Users of the agency', es: 'Usuarios de la agencia' },
  'admin.users.col.name': { en: 'Name and email', es: 'Nombre y correo' },
  'admin.users.col.role': { en: 'Role', es: 'Función' },
  'admin.users.col.state': { en: 'State', es: 'Estado' },
  'admin.users.col.lastSignIn': { en: 'Last sign-in', es: 'Último inicio de sesión' },
  'admin.users.col.actions': { en: 'Actions', es: 'Acciones' },
  'admin.users.active': { en: 'Active', es: 'Activo' },
  'admin.users.disabled': { en: 'Disabled', es: 'Desactivado' },
  'admin.users.lockedUntil': { en: 'Locked until {time}', es: 'Bloqueado hasta {time}' },
  'admin.users.never': { en: 'Never', es: 'Nunca' },
  'admin.users.manage': { en: 'Manage {name}', es: 'Gestionar a {name}' },
  'admin.users.manageShort': { en: 'Manage', es: 'Gestionar' },
  'admin.users.add': { en: 'Add a user', es: 'Añadir un usuario' },
  'admin.users.email': { en: 'Email', es: 'Correo electrónico' },
  'admin.users.displayName': { en: 'Display name', es: 'Nombre visible' },
  'admin.users.role': { en: 'Role', es: 'Función' },
  'admin.users.password': { en: 'Password (at least 12 characters)', es: 'Contraseña (al menos 12 caracteres)' },
  'admin.users.passwordHint': {
    en: 'Give it to the user in person; they can change it after signing in.',
    es: 'Entréguela al usuario en persona; podrá cambiarla después de iniciar sesión.',
  },
  'admin.users.create': { en: 'Add user', es: 'Añadir usuario' },
  'admin.users.added': { en: 'User {email} added.', es: 'Usuario {email} añadido.' },
  'admin.user.dialogTitle': { en: 'Manage {name}', es: 'Gestionar a {name}' },
  'admin.user.change': { en: 'Role and name', es: 'Función y nombre' },
  'admin.user.save': { en: 'Save changes', es: 'Guardar cambios' },
  'admin.user.saved': { en: 'Changes saved.', es: 'Cambios guardados.' },
  'admin.user.access': { en: 'Access', es: 'Acceso' },
  'admin.user.disable': { en: 'Disable user', es: 'Desactivar usuario' },
  'admin.user.disableWarn': {
    en: 'Disabling ends the user’s sessions and revokes their API tokens. Disable {name}?',
    es: 'Desactivar termina las sesiones del usuario y revoca sus tokens de API. ¿Desactivar a {name}?',
  },
  'admin.user.confirmDisable': { en: 'Yes, disable', es: 'Sí, desactivar' },
  'admin.user.enable': { en: 'Enable user', es: 'Activar usuario' },
  'admin.user.unlock': { en: 'Unlock sign-in', es: 'Desbloquear el inicio de sesión' },
  'admin.user.disabledDone': { en: 'User disabled.', es: 'Usuario desactivado.' },
  'admin.user.enabledDone': { en: 'User enabled.', es: 'Usuario activado.' },
  'admin.user.unlockedDone': { en: 'Sign-in unlocked.', es: 'Inicio de sesión desbloqueado.' },
  'admin.user.setPassword': { en: 'Set a new password', es: 'Establecer una contraseña nueva' },
  'admin.user.newPassword': {
    en: 'New password (at least 12 characters)',
    es: 'Contraseña nueva (al menos 12 caracteres)',
  },
  'admin.user.passwordWarn': { en: 'This ends the user’s sessions.', es: 'Esto termina las sesiones del usuario.' },
  'admin.user.passwordDone': { en: 'Password set.', es: 'Contraseña establecida.' },
  'admin.user.resetFactor': { en: 'Reset second factor', es: 'Restablecer el segundo factor' },
  'admin.user.resetFactorWarn': {
    en: 'The user will have to set up a new authenticator at their next sign-in. Reset it?',
    es: 'El usuario tendrá que configurar un nuevo autenticador en su próximo inicio de sesión. ¿Restablecerlo?',
  },
  'admin.user.confirmReset': { en: 'Yes, reset', es: 'Sí, restablecer' },
  'admin.user.resetDone': { en: 'Second factor reset.', es: 'Segundo factor restablecido.' },

  'admin.tokens.caption': { en: 'API tokens of the agency', es: 'Tokens de API de la agencia' },
  'admin.tokens.col.name': { en: 'Name', es: 'Nombre' },
  'admin.tokens.col.owner': { en: 'Owner', es: 'Titular' },
  'admin.tokens.col.created': { en: 'Created', es: 'Creado' },
  'admin.tokens.col.expires': { en: 'Expires', es: 'Vence' },
  'admin.tokens.col.lastUsed': { en: 'Last used', es: 'Último uso' },
  'admin.tokens.col.state': { en: 'State', es: 'Estado' },
  'admin.tokens.active': { en: 'Active', es: 'Activo' },
  'admin.tokens.expired': { en: 'Expired', es: 'Vencido' },
  'admin.tokens.revoked': { en: 'Revoked', es: 'Revocado' },
  'admin.tokens.empty': { en: 'The agency has no API tokens.', es: 'La agencia no tiene tokens de API.' },
  'admin.tokens.revoke': { en: 'Revoke', es: 'Revocar' },
  'admin.tokens.revokeNamed': { en: 'Revoke token {name}', es: 'Revocar el token {name}' },
  'admin.tokens.revokeWarn': {
    en: 'Programs using token “{name}” will stop working at once. Revoke it?',
    es: 'Los programas que usan el token «{name}» dejarán de funcionar de inmediato. ¿Revocarlo?',
  },
  'admin.tokens.confirmRevoke': { en: 'Yes, revoke', es: 'Sí, revocar' },
  'admin.tokens.revokedDone': { en: 'Token revoked.', es: 'Token revocado.' },
  'admin.tokens.create': { en: 'Create a token', es: 'Crear un token' },
  'admin.tokens.createIntro': {
    en: 'A token is yours, for a program that calls the API. Confirm it is you with your password and the code from your authenticator.',
    es: 'Un token es suyo, para un programa que llama a la API. Confirme que es usted con su contraseña y el código de su autenticador.',
  },
  'admin.tokens.name': { en: 'What it is for', es: 'Para qué es' },
  'admin.tokens.days': { en: 'Valid for (days, 1 to 365)', es: 'Válido durante (días, de 1 a 365)' },
  'admin.tokens.password': { en: 'Your password', es: 'Su contraseña' },
  'admin.tokens.code': { en: 'Code from your authenticator', es: 'Código de su autenticador' },
  'admin.tokens.submit': { en: 'Create token', es: 'Crear token' },
  'admin.tokens.created': { en: 'Token “{name}” created', es: 'Token «{name}» creado' },
  'admin.tokens.once': {
    en: 'Copy it now: it will not be shown again. Keep it as secret as a password.',
    es: 'Cópielo ahora: no se volverá a mostrar. Guárdelo con tanto secreto como una contraseña.',
  },
  'admin.tokens.secret': { en: 'Token', es: 'Token' },
  'admin.tokens.copy': { en: 'Copy token', es: 'Copiar token' },
  'admin.tokens.copied': { en: 'Copied.', es: 'Copiado.' },
  'admin.tokens.copyFailed': {
    en: 'Could not copy: select the token and copy it by hand.',
    es: 'No se pudo copiar: seleccione el token y cópielo a mano.',
  },
  'admin.tokens.hide': { en: 'I have copied it', es: 'Ya lo he copiado' },

  'admin.conflicts.intro': {
    en: 'A request named a person already on file (same booking number) with other details. Decide which details are right. Only the names of the differing fields are listed here; open the request to see both values (the read is recorded).',
    es: 'Una solicitud nombró a una persona ya registrada (mismo número de reserva) con otros datos. Decida qué datos son correctos. Aquí solo se listan los nombres de los campos que difieren; abra la solicitud para ver ambos valores (la lectura queda registrada).',
  },
  'admin.conflicts.caption': { en: 'Open identity conflicts', es: 'Conflictos de identidad abiertos' },
  'admin.conflicts.col.reference': { en: 'Booking number', es: 'Número de reserva' },
  'admin.conflicts.col.fields': { en: 'Fields that differ', es: 'Campos que difieren' },
  'admin.conflicts.col.detected': { en: 'Found', es: 'Detectado' },
  'admin.conflicts.col.actions': { en: 'Actions', es: 'Acciones' },
  'admin.conflicts.empty': {
    en: 'No identity conflicts to resolve.',
    es: 'No hay conflictos de identidad por resolver.',
  },
  'admin.conflicts.openRequest': { en: 'Open the request', es: 'Abrir la solicitud' },
  'admin.conflicts.resolve': { en: 'Resolve', es: 'Resolver' },
  'admin.conflicts.resolveNamed': {
    en: 'Resolve the conflict on {reference}',
    es: 'Resolver el conflicto de {reference}',
  },
  'admin.conflicts.dialogTitle': {
    en: 'Resolve the conflict on {reference}',
    es: 'Resolver el conflicto de {reference}',
  },
  'admin.conflicts.differ': { en: 'Differing fields: {fields}.', es: 'Campos que difieren: {fields}.' },
  'admin.conflicts.choice': { en: 'Which details are right?', es: '¿Qué datos son correctos?' },
  'admin.conflicts.keep-on-file': { en: 'Keep the details on file', es: 'Mantener los datos registrados' },
  'admin.conflicts.use-submitted': { en: 'Use the submitted details', es: 'Usar los datos enviados' },
  'admin.conflicts.separate-person': {
    en: 'It is another person (give their own booking number)',
    es: 'Es otra persona (indique su propio número de reserva)',
  },
  'admin.conflicts.reference': { en: 'The other person’s booking number', es: 'Número de reserva de la otra persona' },
  'admin.conflicts.reason': { en: 'Reason (kept in the history)', es: 'Motivo (queda en el historial)' },
  'admin.conflicts.required': { en: 'Give a reason.', es: 'Indique un motivo.' },
  'admin.conflicts.referenceRequired': {
    en: 'Give the other person’s booking number.',
    es: 'Indique el número de reserva de la otra persona.',
  },
  'admin.conflicts.choiceRequired': { en: 'Choose which details are right.', es: 'Elija qué datos son correctos.' },
  'admin.conflicts.submit': { en: 'Record the resolution', es: 'Registrar la resolución' },
  'admin.conflicts.resolved': { en: 'Conflict on {reference} resolved.', es: 'Conflicto de {reference} resuelto.' },
  'admin.field.fullName': { en: 'full name', es: 'nombre completo' },
  'admin.field.birthDate': { en: 'date of birth', es: 'fecha de nacimiento' },
  'admin.field.aNumber': { en: 'A-number', es: 'número A' },
  'nav.audit': { en: 'Audit', es: 'Auditoría' },
  'nav.admin': { en: 'Administration', es: 'Administración' },
  'apiError.USER.LAST_ADMIN': {
    en: 'The agency must keep at least one enabled administrator: this change would leave it without one.',
    es: 'La agencia debe conservar al menos un administrador activo: este cambio la dejaría sin ninguno.',
  },
  'apiError.USER.ALREADY_EXISTS': {
    en: 'A user with this email already exists.',
    es: 'Ya existe un usuario con este correo electrónico.',
  },
  'apiError.USER.NOT_FOUND': { en: 'This user no longer exists.', es: 'Este usuario ya no existe.' },
  'apiError.TOKEN.NOT_FOUND': { en: 'This token no longer exists.', es: 'Este token ya no existe.' },
  'apiError.IDENTITY.NO_OPEN_CONFLICT': {
    en: 'This conflict has already been resolved.',
    es: 'Este conflicto ya se resolvió.',
  },
  'apiError.DETAINER.DUPLICATE_REFERENCE': {
    en: 'This booking number is already in use: give the other person’s own, unused booking number.',
    es: 'Este número de reserva ya está en uso: indique el número propio, no usado, de la otra persona.',
  },
  'apiError.AUTH.SECOND_FACTOR_REQUIRED': {
    en: 'Enter the code from your authenticator.',
    es: 'Escriba el código de su autenticador.',
  },
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof dictionary;
export type MessageVars = Readonly<Record<string, string | number>>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(dictionary, key);
}

/** The message in the language, with {name} placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars: MessageVars = {}): string {
  return dictionary[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export interface I18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: MessageKey, vars?: MessageVars) => string;
}

export const I18nContext = createContext<I18n>({
  lang: 'en',
  setLang: () => undefined,
  t: (key, vars) => translate('en', key, vars),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export const LANG_STORAGE_KEY = 'detainer-desk.lang';

/** The reader's earlier choice, else the browser's preference, else English. */
export function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (stored === 'en' || stored === 'es') return stored;
  } catch {
    // Storage may be unavailable (privacy settings); fall through.
  }
  const preferred = window.navigator.languages?.[0] ?? window.navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}
