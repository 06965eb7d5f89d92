import { isMessageKey, type Lang, type MessageKey, translate, translatePlural } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';

/** One recorded field of an event, as a reader sees it: a label and a value in the reader's language. */
export interface EventField {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Fields the timeline shows elsewhere (the scanned request, the notice's link) or never (ids). */
const HIDDEN = new Set(['noticeId', 'document', 'replacement', 'corrects']);

/** Where a coded value's words live, by the field that holds it; a field not listed is shown as recorded. */
const CODED: Readonly<Record<string, (value: string) => string>> = {
  reason: (v) => `detainer.reason.${v}`,
  notice: (v) => `detainer.notice.${v}`,
  language: (v) => `event.language.${v}`,
  action: (v) => `action.${v}`,
  decision: (v) => `detainer.effective.${v}`,
  choice: (v) => `admin.conflicts.${v}`,
  fields: (v) => `event.identityField.${v}`,
};

/**
 * An event's recorded fields in words: each key labelled, instants in the agency's time, coded values
 * (reasons, notices, languages, actions, choices) named, facts listed one by one. Free text an officer
 * typed (a lift or cancel reason) is shown as typed. The decision document itself is in the trace.
 */
export function eventFields(
  payload: Readonly<Record<string, unknown>>,
  lang: Lang,
  timeZone: string,
  /** The words of a duty of the decision in force, by its id (else the id is shown). */
  dutyWords: (id: string) => string | undefined = () => undefined,
): EventField[] {
  const fields: EventField[] = [];
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'type' || HIDDEN.has(key) || value === null || value === undefined) continue;
    if (key === 'facts' && typeof value === 'object') {
      fields.push(...factFields(value as Record<string, unknown>, lang, timeZone));
      continue;
    }
    const words = key === 'dutyId' && typeof value === 'string' ? dutyWords(value) : undefined;
    fields.push({
      key,
      label: labelOf(`event.field.${key}`, key, lang),
      value: words ?? valueOf(key, value, lang, timeZone),
    });
  }
  return fields;
}

function factFields(facts: Record<string, unknown>, lang: Lang, timeZone: string): EventField[] {
  return Object.entries(facts).map(([fact, value]) => {
    const label = labelOf(`detainer.fact.${fact}`, labelOf(`detainer.field.${fact}`, fact, lang), lang);
    if (Array.isArray(value)) {
      const words = value.length === 0 ? translate(lang, 'detainer.field.none') : countOf(fact, value.length, lang);
      return { key: fact, label, value: words };
    }
    return { key: fact, label, value: valueOf(fact, value, lang, timeZone) };
  });
}

function countOf(fact: string, count: number, lang: Lang): string {
  return fact === 'convictions'
    ? translatePlural(lang, 'event.count.convictions', count)
    : fact === 'pendingCharges'
      ? translatePlural(lang, 'event.count.pendingCharges', count)
      : String(count);
}

function valueOf(key: string, value: unknown, lang: Lang, timeZone: string): string {
  if (typeof value === 'boolean') return translate(lang, value ? 'detainer.field.true' : 'detainer.field.false');
  if (Array.isArray(value)) return value.map((item) => valueOf(key, item, lang, timeZone)).join(', ');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (INSTANT.test(value)) return formatInstant(value, timeZone, lang);
  const coded = CODED[key]?.(value);
  return coded && isMessageKey(coded) ? translate(lang, coded) : value;
}

function labelOf(key: string, fallback: string, lang: Lang): string {
  return isMessageKey(key) ? translate(lang, key as MessageKey) : fallback;
}
