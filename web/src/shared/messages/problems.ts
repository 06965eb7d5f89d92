import type { ProblemKind } from '../types';
import type { Message } from './message';

/**
 * The server's field problems in words, by kind (src/core/shared/problem-kinds.ts): typed as a
 * Record over the server's kinds, so a kind without its English and Spanish fails to compile.
 * Placeholders: {limit}, {allowed}, {from}, {to}, {date}, {other}. Said after the field's name ("Reason: …").
 */
const PROBLEM_WORDS = {
  required: { en: 'is required', es: 'es obligatorio' },
  unknownField: { en: 'is not a known field', es: 'no es un campo conocido' },
  type: { en: 'has the wrong type (expected {allowed})', es: 'tiene un tipo incorrecto (se espera {allowed})' },
  oneOf: { en: 'must be one of {allowed}', es: 'debe ser uno de estos valores: {allowed}' },
  empty: { en: 'must not be empty', es: 'no debe estar vacío' },
  minLength: { en: 'must be at least {limit} characters', es: 'debe tener al menos {limit} caracteres' },
  maxLength: { en: 'must be at most {limit} characters', es: 'debe tener como máximo {limit} caracteres' },
  minimum: { en: 'must be at least {limit}', es: 'debe ser como mínimo {limit}' },
  maximum: { en: 'must be at most {limit}', es: 'debe ser como máximo {limit}' },
  minItems: { en: 'must list at least {limit} items', es: 'debe incluir al menos {limit} elementos' },
  maxItems: { en: 'must list at most {limit} items', es: 'debe incluir como máximo {limit} elementos' },
  duplicate: { en: 'lists an item more than once', es: 'incluye un elemento más de una vez' },
  minFields: { en: 'must give at least one field', es: 'debe indicar al menos un campo' },
  maxFields: { en: 'must give at most {limit} fields', es: 'debe indicar como máximo {limit} campos' },
  form: { en: 'is not in the expected form', es: 'no tiene la forma esperada' },
  uuid: { en: 'must be a UUID', es: 'debe ser un UUID' },
  instant: {
    en: 'must be a date and time with seconds and a time zone offset, in the years {from} to {to}',
    es: 'debe ser una fecha y hora con segundos y desfase horario, entre los años {from} y {to}',
  },
  date: {
    en: 'must be a real date written YYYY-MM-DD, in the years {from} to {to}',
    es: 'debe ser una fecha real escrita AAAA-MM-DD, entre los años {from} y {to}',
  },
  oneLine: {
    en: 'must be one line of text without control characters',
    es: 'debe ser una sola línea de texto sin caracteres de control',
  },
  text: {
    en: 'must be text without control characters',
    es: 'debe ser texto sin caracteres de control',
  },
  future: { en: 'is in the future', es: 'está en el futuro' },
  afterReceived: { en: 'is after the date received', es: 'es posterior a la fecha de recepción' },
  blank: { en: 'must not be blank', es: 'no debe estar en blanco' },
  reason: { en: 'must say why, in words', es: 'debe explicar el motivo con palabras' },
  birthDate: { en: 'must be a past date', es: 'debe ser una fecha pasada' },
  aNumber: {
    en: 'must be an A-number: A followed by 8 or 9 digits',
    es: 'debe ser un número A: la letra A seguida de 8 o 9 dígitos',
  },
  edition: {
    en: 'is not an edition of this form (its editions: {allowed})',
    es: 'no es una edición de este formulario (sus ediciones: {allowed})',
  },
  beforeEdition: {
    en: 'is before this edition of the form existed ({date})',
    es: 'es anterior a la existencia de esta edición del formulario ({date})',
  },
  beforeForm: { en: 'is before the form existed ({date})', es: 'es anterior a la existencia del formulario ({date})' },
  afterRetired: {
    en: 'is after the form was retired ({date})',
    es: 'es posterior a la retirada del formulario ({date})',
  },
  invalid: { en: 'is invalid', es: 'no es válido' },
  unknownColumn: {
    en: 'is not a known column (the columns are {allowed})',
    es: 'no es una columna conocida (las columnas son: {allowed})',
  },
  repeatedColumn: { en: 'appears more than once', es: 'aparece más de una vez' },
  missingColumn: { en: 'is a required column and is missing', es: 'es una columna obligatoria y falta' },
  cellCount: { en: 'must have {limit} cells, as the header has', es: 'debe tener {limit} celdas, como el encabezado' },
  noRequests: { en: 'has a header row but no requests', es: 'tiene una fila de encabezado pero ninguna solicitud' },
  notOurFacility: { en: 'names no facility of your agency', es: 'no corresponde a ninguna instalación de su agencia' },
  noEvent: { en: 'names no event of this detainer', es: 'no corresponde a ningún evento de esta solicitud' },
  notCorrectable: {
    en: 'names an event that cannot be corrected',
    es: 'corresponde a un evento que no se puede corregir',
  },
  replaceOnly: { en: 'may replace only {allowed}', es: 'solo puede reemplazar: {allowed}' },
  noDuty: {
    en: 'names no duty of the decision in force',
    es: 'no corresponde a ninguna obligación de la decisión vigente',
  },
  beforeStart: {
    en: 'must not be before the start of the range ({other})',
    es: 'no debe ser anterior al inicio del intervalo ({other})',
  },
  afterEnd: {
    en: 'must not be after the end of the range ({other})',
    es: 'no debe ser posterior al final del intervalo ({other})',
  },
  notJson: { en: 'is not valid JSON', es: 'no es JSON válido' },
  duplicateKey: { en: 'appears more than once in its object', es: 'aparece más de una vez en su objeto' },
  forbiddenKey: { en: 'is a name that is not allowed', es: 'es un nombre que no se admite' },
  maxDepth: { en: 'nests deeper than {limit} levels', es: 'tiene más de {limit} niveles de anidación' },
  tooLarge: { en: 'is larger than this server accepts', es: 'es más grande de lo que admite este servidor' },
  encoding: {
    en: 'must be valid percent-encoded UTF-8 text',
    es: 'debe ser texto UTF-8 con codificación porcentual válida',
  },
  malformedCsv: { en: 'is not well-formed CSV', es: 'no es un CSV bien formado' },
  calendarDate: {
    en: 'must be a calendar date written YYYY-MM-DD',
    es: 'debe ser una fecha de calendario escrita AAAA-MM-DD',
  },
  editionForm: {
    en: 'must be an edition such as 2017-02, 2015 or pre-2010',
    es: 'debe ser una edición como 2017-02, 2015 o pre-2010',
  },
  sha256: {
    en: 'must be a SHA-256 digest: 64 lowercase hexadecimal characters',
    es: 'debe ser un resumen SHA-256: 64 caracteres hexadecimales en minúscula',
  },
  stateCode: {
    en: 'must be a two-letter USPS state code (e.g. CA)',
    es: 'debe ser un código de estado USPS de dos letras (p. ej., CA)',
  },
  countyFips: { en: 'must be a 5-digit county FIPS code', es: 'debe ser un código FIPS de condado de 5 dígitos' },
  passwordRequired: {
    en: 'is required: give your current password',
    es: 'es obligatoria: indique su contraseña actual',
  },
  codeRequired: {
    en: 'is required: give the current 6-digit code of your authenticator app',
    es: 'es obligatorio: indique el código actual de 6 dígitos de su aplicación de autenticación',
  },
  wrongCode: {
    en: 'is not the current 6-digit code of the authenticator app',
    es: 'no es el código actual de 6 dígitos de la aplicación de autenticación',
  },
  totpSecret: {
    en: 'must be base32 of at least 128 bits',
    es: 'debe estar en base32 y tener al menos 128 bits',
  },
  dutyWaiting: {
    en: 'names a duty that waits for missing facts ({allowed})',
    es: 'corresponde a una obligación que espera datos que faltan ({allowed})',
  },
  wrongNotice: {
    en: 'is not the notice that discharges this duty (it is discharged by: {allowed})',
    es: 'no es el aviso que cumple esta obligación (se cumple con: {allowed})',
  },
  noNoticeForDuty: {
    en: 'cannot discharge this duty: no notice of this desk does',
    es: 'no puede cumplir esta obligación: ningún aviso de este sistema la cumple',
  },
  noticeNotDue: {
    en: 'is not a notice the law in force calls for here (it calls for: {allowed})',
    es: 'no es un aviso que la ley vigente exija aquí (exige: {allowed})',
  },
  ownReference: {
    en: "must name the other person's own reference",
    es: 'debe indicar la referencia propia de la otra persona',
  },
  onlyWith: { en: 'is only given with the choice {allowed}', es: 'solo se indica con la opción {allowed}' },
  referenceTaken: {
    en: 'is already the reference of a person on file',
    es: 'ya es la referencia de una persona registrada',
  },
} as const satisfies Record<ProblemKind, Message>;

/** The kinds' messages under `problem.<kind>`, spread into the dictionary. */
export const PROBLEM_MESSAGES = Object.fromEntries(
  Object.entries(PROBLEM_WORDS).map(([kind, words]) => [`problem.${kind}`, words]),
) as { readonly [K in ProblemKind as `problem.${K}`]: (typeof PROBLEM_WORDS)[K] };

export const PROBLEM_KINDS_SAID = Object.keys(PROBLEM_WORDS) as readonly ProblemKind[];
