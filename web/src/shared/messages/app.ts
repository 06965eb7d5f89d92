import type { Messages } from './message';

/** The app's shared words: the shell (navigation, home, sign-in, errors) and words several screens share. */
export const APP_MESSAGES = {
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
  'nav.map': { en: 'Law map', es: 'Mapa de la ley' },
  'nav.data': { en: 'Data explorer', es: 'Explorador de datos' },
  'about.nav': { en: 'About the data', es: 'Sobre los datos' },
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
  'rule.reviewed': { en: 'Checked against its sources', es: 'Cotejada con sus fuentes' },
  'rule.reviewedNever': { en: 'Not yet checked', es: 'Aún sin cotejar' },
  'rule.unconfirmed': { en: 'Not confirmed by the sources', es: 'No confirmado por las fuentes' },
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
    es: 'Su rol exige un segundo factor (un código de una aplicación de autenticación) antes de usar el escritorio.',
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
  'desk.signedInAs': { en: 'Signed in as {name}. Role: {role}.', es: 'Sesión iniciada como {name}. Rol: {role}.' },
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
  'role.admin': { en: 'administrator', es: 'administrador' },
  'role.records-officer': { en: 'records officer', es: 'oficial de registros' },
  'role.supervisor': { en: 'supervisor', es: 'supervisor' },
  'role.auditor': { en: 'auditor', es: 'auditor' },
  'role.federal-liaison': { en: 'federal liaison', es: 'enlace federal' },

  'pager.label': { en: '{what}: pages', es: '{what}: páginas' },
  'pager.previous': { en: 'Previous', es: 'Anterior' },
  'pager.next': { en: 'Next', es: 'Siguiente' },
  'pager.status': { en: 'Page {page} of {pages}', es: 'Página {page} de {pages}' },

  'error.title': { en: 'Something went wrong', es: 'Algo salió mal' },
  'error.requestId': { en: 'Reference for support: {id}', es: 'Referencia para soporte: {id}' },
  'notFound.title': { en: 'Page not found', es: 'Página no encontrada' },
  'notFound.body': { en: 'There is no page at this address.', es: 'No hay ninguna página en esta dirección.' },
  'notFound.home': { en: 'Go to the home page', es: 'Ir a la página de inicio' },
  'forbidden.title': { en: 'Not open to your role', es: 'No disponible para su rol' },
  'forbidden.body': {
    en: 'You are signed in as {role}. This page is for: {roles}.',
    es: 'Ha iniciado sesión como {role}. Esta página es para: {roles}.',
  },
  'forbidden.help': {
    en: 'If your work needs it, ask your agency’s administrator to change your role.',
    es: 'Si su trabajo lo requiere, pida al administrador de su agencia que cambie su rol.',
  },
  'forbidden.desk': { en: 'Go to the desk', es: 'Ir al escritorio' },

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
    es: 'Su rol no permite esta acción.',
  },
  'apiError.AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED': {
    en: 'Your role requires a second factor: set one up first.',
    es: 'Su rol exige un segundo factor: configúrelo primero.',
  },
  'apiError.SERVER.INTERNAL': {
    en: 'Something went wrong on our side.',
    es: 'Algo falló en nuestro servidor.',
  },
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

  // Words of the law that the desk and the portal both show (facts a rule needs; translation notes).
  'detainer.duties.unofficial': { en: '(unofficial translation)', es: '(traducción no oficial)' },
  'detainer.fact.proofOfLawfulStatus': { en: 'Proof of lawful status', es: 'Prueba de estatus legal' },
  'detainer.fact.registrant': { en: 'Registrant', es: 'Persona inscrita en un registro' },
  'detainer.fact.federalFelonyWarrant': { en: 'Federal felony warrant', es: 'Orden federal por delito grave' },
  'detainer.fact.terroristWatchListMatch': {
    en: 'Terrorist watch list match',
    es: 'Coincidencia con la lista de vigilancia de terrorismo',
  },
  'detainer.fact.removedAndReentered': {
    en: 'Deported and re-entered unlawfully',
    es: 'Deportada y reingresó ilegalmente',
  },
  'detainer.fact.warrantGangOrRemovalOrder': {
    en: 'Criminal warrant, known gang member, or removal order',
    es: 'Orden penal, pandillero conocido u orden de expulsión',
  },
  'detainer.fact.subject.warrantGangOrRemovalOrder': {
    en: 'whether the person has an outstanding criminal warrant, is a known gang member, or has a removal warrant or order',
    es: 'si la persona tiene una orden penal pendiente, es un pandillero conocido o tiene una orden de expulsión',
  },
  'detainer.fact.instantArrestDate': {
    en: 'Date of the arrest held on',
    es: 'Fecha del arresto por el que está detenida',
  },
  'detainer.fact.subject.removedAndReentered': {
    en: 'whether the person was deported and re-entered unlawfully',
    es: 'si la persona fue deportada y volvió a entrar ilegalmente',
  },
  'detainer.fact.subject.instantArrestDate': {
    en: 'the date of the arrest the person is held on',
    es: 'la fecha del arresto por el que la persona está detenida',
  },
  'detainer.fact.subject.convictions.releasedFromIncarceration': {
    en: 'when the person was released from a sentence served for a conviction',
    es: 'cuándo salió la persona de una pena cumplida por una condena',
  },
  'detainer.fact.subject.convictions': { en: 'the person’s convictions', es: 'las condenas de la persona' },
  'detainer.fact.subject.pendingCharges': {
    en: 'the person’s pending charges',
    es: 'los cargos pendientes de la persona',
  },
} as const satisfies Messages;
