import type { Message } from './message';

/**
 * An alarm on the detainer page, in words, by its kind (src/core/lifecycle/alarms.ts) and its
 * parameters: the overdue duty's text (after `alarm.duty-overdue`), `{reason}` why the law could not decide (one of
 * `alarm.blocked.<code>`, the engine's error code; `{fact}` the missing fact).
 */
export const ALARM_MESSAGES = {
  'alarm.hold-past-deadline': {
    en: 'The lawful hold has ended: release the person now.',
    es: 'La retención legal ha terminado: libere a la persona ahora.',
  },
  'alarm.release-due': {
    en: 'No lawful basis to hold: release the person now.',
    es: 'No hay base legal para retener: libere a la persona ahora.',
  },
  'alarm.hold-ending-soon': { en: 'The hold ends within 2 hours.', es: 'La retención termina en menos de 2 horas.' },
  'alarm.duty-overdue': { en: 'Duty overdue:', es: 'Obligación vencida:' },
  'alarm.decision-blocked': { en: 'The law could not decide: {reason}', es: 'La ley no pudo decidir: {reason}' },
  'alarm.blocked.MissingFact': { en: 'a fact is missing ({fact}).', es: 'falta un dato ({fact}).' },
  'alarm.blocked.ConflictingRules': { en: 'two rules conflict.', es: 'dos normas se contradicen.' },
  'alarm.blocked.UnknownForm': {
    en: 'the form or its edition is not known.',
    es: 'el formulario o su edición no se conoce.',
  },
  'alarm.blocked.UnknownPlace': { en: 'the place is not known.', es: 'el lugar no se conoce.' },
  'alarm.blocked.InvalidInput': { en: 'a fact is not valid.', es: 'un dato no es válido.' },
  'alarm.blocked.InvalidPolicy': { en: 'the law library is not valid.', es: 'la biblioteca de leyes no es válida.' },
  'alarm.blocked.other': { en: 'see the decision below.', es: 'vea la decisión más abajo.' },
} as const satisfies Readonly<Record<string, Message>>;
