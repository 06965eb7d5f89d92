import type { Messages } from './message';

/** The recorded fields of a detainer's events, as the history shows them (features/detainer/eventFields.ts). */
export const EVENT_MESSAGES = {
  'event.field.receivedAt': { en: 'Received', es: 'Recibida' },
  'event.field.at': { en: 'When', es: 'Cuándo' },
  'event.field.deadline': { en: 'Hold ends', es: 'Fin de la retención' },
  'event.field.reason': { en: 'Reason', es: 'Motivo' },
  'event.field.notice': { en: 'Notice', es: 'Aviso' },
  'event.field.language': { en: 'Language', es: 'Idioma' },
  'event.field.dutyId': { en: 'Duty', es: 'Obligación' },
  'event.field.servedAt': { en: 'Served', es: 'Entregado' },
  'event.field.action': { en: 'Action', es: 'Acción' },
  'event.field.decision': { en: 'Decision', es: 'Decisión' },
  'event.field.choice': { en: 'Choice', es: 'Opción' },
  'event.field.fields': { en: 'Details', es: 'Datos' },
  'event.field.reference': { en: 'Reference', es: 'Referencia' },
  'event.language.en': { en: 'English', es: 'inglés' },
  'event.language.es': { en: 'Spanish', es: 'español' },
  'event.identityField.fullName': { en: 'full name', es: 'nombre completo' },
  'event.identityField.birthDate': { en: 'birth date', es: 'fecha de nacimiento' },
  'event.identityField.aNumber': { en: 'A-number', es: 'número A' },
  'event.count.convictions.one': { en: '{count} conviction', es: '{count} condena' },
  'event.count.convictions.other': { en: '{count} convictions', es: '{count} condenas' },
  'event.count.pendingCharges.one': { en: '{count} pending charge', es: '{count} cargo pendiente' },
  'event.count.pendingCharges.other': { en: '{count} pending charges', es: '{count} cargos pendientes' },
} as const satisfies Messages;
