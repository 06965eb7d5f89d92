import type { Messages } from './message';

/**
 * The API's error codes (src/server/errors/error-codes.ts, the closed list) in words, by code, for
 * the codes the app's module (app.ts) does not word for a screen of its own. errorText() says an
 * error in the reader's language by its code; i18n.check.ts fails to compile when a code has none.
 */
export const API_ERROR_MESSAGES = {
  'apiError.REQUEST.INVALID_FIELD': {
    en: 'A field is not valid: correct it and try again.',
    es: 'Un campo no es válido: corríjalo e inténtelo de nuevo.',
  },
  'apiError.REQUEST.MALFORMED_JSON': {
    en: 'The request could not be read (it is not valid JSON).',
    es: 'No se pudo leer la solicitud (no es JSON válido).',
  },
  'apiError.REQUEST.BODY_TOO_LARGE': {
    en: 'What was sent is larger than this server accepts.',
    es: 'Lo enviado es más grande de lo que este servidor acepta.',
  },
  'apiError.REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    en: 'What was sent is not in a form this server accepts.',
    es: 'Lo enviado no está en un formato que este servidor acepte.',
  },
  'apiError.REQUEST.TOO_BROAD': {
    en: 'The question is too broad for this server: narrow it and try again.',
    es: 'La consulta es demasiado amplia para este servidor: acótela e inténtelo de nuevo.',
  },
  'apiError.REQUEST.RATE_LIMITED': {
    en: 'Too many requests in a short time: wait a moment and try again.',
    es: 'Demasiadas solicitudes en poco tiempo: espere un momento e inténtelo de nuevo.',
  },
  'apiError.AUTH.SECOND_FACTOR_ALREADY_ENABLED': {
    en: 'The second factor is already turned on.',
    es: 'El segundo factor ya está activado.',
  },
  'apiError.AUTH.SECOND_FACTOR_NOT_ENROLLED': {
    en: 'No second factor has been set up for this account.',
    es: 'No se ha configurado un segundo factor para esta cuenta.',
  },
  'apiError.ROUTE.NOT_FOUND': { en: 'This address does not exist.', es: 'Esta dirección no existe.' },
  'apiError.METHOD.NOT_ALLOWED': {
    en: 'This action is not possible at this address.',
    es: 'Esta acción no es posible en esta dirección.',
  },
  'apiError.DETAINER.NOT_FOUND': {
    en: 'No request of your agency has this id.',
    es: 'Ninguna solicitud de su agencia tiene este identificador.',
  },
  'apiError.FACILITY.NOT_FOUND': {
    en: 'No facility of your agency has this id.',
    es: 'Ningún centro de su agencia tiene este identificador.',
  },
  'apiError.AGENCY.NOT_FOUND': { en: 'This agency does not exist.', es: 'Esta agencia no existe.' },
  'apiError.PLACE.NOT_FOUND': { en: 'This place is not known.', es: 'Este lugar no es conocido.' },
  'apiError.POLICY.NOT_FOUND': { en: 'This rule is not known.', es: 'Esta norma no es conocida.' },
  'apiError.DETAINER.ILLEGAL_TRANSITION': {
    en: 'This cannot be recorded in the request’s current status.',
    es: 'Esto no se puede registrar en el estado actual de la solicitud.',
  },
  'apiError.DETAINER.VERSION_CONFLICT': {
    en: 'Someone else recorded something on this request meanwhile: it has been reloaded.',
    es: 'Otra persona registró algo en esta solicitud mientras tanto: se ha vuelto a cargar.',
  },
  'apiError.DETAINER.OVERRIDE_NOT_PERMITTED': {
    en: 'The law does not leave this action open: the decision cannot be overridden.',
    es: 'La ley no deja abierta esta acción: la decisión no se puede anular.',
  },
  'apiError.NOTICE.NOT_FOUND': { en: 'This notice does not exist.', es: 'Este aviso no existe.' },
  'apiError.NOTICE.PREVIEW_UNAVAILABLE': {
    en: 'This notice cannot be shown here; download it instead.',
    es: 'Este aviso no se puede mostrar aquí; descárguelo.',
  },
  'apiError.INTAKE.INVALID_ROWS': {
    en: 'Some rows of the file are not valid: nothing was logged.',
    es: 'Algunas filas del archivo no son válidas: no se registró nada.',
  },
  'apiError.AUDIT.CHAIN_BROKEN': {
    en: 'The audit chain is broken: the record may have been altered.',
    es: 'La cadena de auditoría está rota: el registro puede haber sido alterado.',
  },
  'apiError.AUDIT.NO_SIGNING_KEY': {
    en: 'This server has no key to sign its audit chain heads, so it publishes none.',
    es: 'Este servidor no tiene clave para firmar las cabezas de su cadena de auditoría, así que no publica ninguna.',
  },
  'apiError.POLICY.MISSING_FACT': {
    en: 'The law cannot decide yet: a fact it needs is missing.',
    es: 'La ley aún no puede decidir: falta un dato que necesita.',
  },
  'apiError.POLICY.UNKNOWN_FORM': {
    en: 'This form is not in the catalogue.',
    es: 'Este formulario no está en el catálogo.',
  },
  'apiError.POLICY.UNKNOWN_PLACE': {
    en: 'No rules are known for this place.',
    es: 'No se conocen normas para este lugar.',
  },
  'apiError.POLICY.CONFLICTING_RULES': {
    en: 'The rules in force contradict each other here: the law cannot decide.',
    es: 'Las normas vigentes se contradicen aquí: la ley no puede decidir.',
  },
  'apiError.POLICY.INVALID_LIBRARY': {
    en: 'The rule library is not valid.',
    es: 'La biblioteca de normas no es válida.',
  },
  'apiError.SERVER.SHUTTING_DOWN': {
    en: 'The server is restarting: try again in a moment.',
    es: 'El servidor se está reiniciando: inténtelo de nuevo en un momento.',
  },
  'apiError.SERVER.BUSY': {
    en: 'The server is busy: try again in a moment.',
    es: 'El servidor está ocupado: inténtelo de nuevo en un momento.',
  },
  'apiError.SESSION.NOT_FOUND': { en: 'This session no longer exists.', es: 'Esta sesión ya no existe.' },
} as const satisfies Messages;
