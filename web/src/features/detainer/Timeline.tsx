import { type MessageKey, useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { documentSize, shortHash } from './documentSize';
import { eventFields } from './eventFields';

type Event = DetainerViewDto['events'][number];

/** The detainer's history, newest first: who, when, what; a correction beside the event it corrects. */
export function Timeline({
  view,
  timeZone,
  userId,
}: {
  readonly view: DetainerViewDto;
  readonly timeZone: string;
  readonly userId: string;
}) {
  const { t, lang } = useI18n();
  const correctedBy = new Map<number, Event>();
  for (const event of view.events) {
    const corrects = event.type === 'corrected' ? event.payload.corrects : undefined;
    if (typeof corrects === 'number') correctedBy.set(corrects, event);
  }
  const actor = (id: string) =>
    id === 'system'
      ? t('detainer.timeline.system')
      : id === userId
        ? t('detainer.timeline.you')
        : t('detainer.timeline.user', { id: id.slice(0, 8) });
  const events = [...view.events].filter((event) => event.type !== 'corrected').reverse();
  // A served notice names the duty it fulfils by the duty's words (the Spanish marked unofficial).
  const dutyWords = (id: string) => {
    const duty = view.duties.find((d) => d.id === id);
    if (!duty) return undefined;
    return lang === 'es' && duty.textEs ? `${duty.textEs} ${t('detainer.duties.unofficial')}` : duty.text;
  };
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('detainer.timeline.heading')}</h2>
      <ol className="timeline" reversed>
        {events.map((event) => {
          const correction = correctedBy.get(event.version);
          return (
            <li key={event.version} value={event.version}>
              <p>
                <strong>{t(`detainer.event.${event.type}` as MessageKey)}</strong>{' '}
                <span className="small muted">
                  <time dateTime={event.recordedAt}>{formatInstant(event.recordedAt, timeZone, lang)}</time>{' '}
                  {t('detainer.timeline.by', { actor: actor(event.actor) })}
                </span>
              </p>
              <EventDetails event={event} timeZone={timeZone} dutyWords={dutyWords} />
              {correction && (
                <div className="correction">
                  <p className="small">
                    <strong>{t('detainer.timeline.correctedBy', { version: correction.version })}</strong>{' '}
                    {t('detainer.timeline.by', { actor: actor(correction.actor) })},{' '}
                    {formatInstant(correction.recordedAt, timeZone, lang)}
                  </p>
                  <p className="small">
                    {t('detainer.timeline.corrects', {
                      version: event.version,
                      reason: String(correction.payload.reason ?? ''),
                    })}
                  </p>
                  <EventDetails
                    event={{ ...correction, payload: asRecord(correction.payload.replacement) }}
                    timeZone={timeZone}
                    dutyWords={dutyWords}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** The event's recorded fields in words (the decision document itself is in the trace above). */
function EventDetails({
  event,
  timeZone,
  dutyWords,
}: {
  readonly event: Pick<Event, 'type' | 'payload'>;
  readonly timeZone: string;
  readonly dutyWords: (id: string) => string | undefined;
}) {
  const { lang } = useI18n();
  if (event.type === 'evaluated') return null;
  const document = scannedDocument(event.payload.document);
  const fields = eventFields(event.payload, lang, timeZone, dutyWords);
  if (fields.length === 0 && !document) return null;
  return (
    <>
      {fields.length > 0 && (
        <dl className="small event-fields">
          {fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {document && <EventDocument document={document} />}
    </>
  );
}

interface ScannedDocument {
  readonly sha256: string;
  readonly mediaType: string;
  readonly bytes: number;
}

/** The scanned request an event recorded (`received`, or a correction's replacement), when it is one. */
function scannedDocument(value: unknown): ScannedDocument | undefined {
  const v = asRecord(value);
  return typeof v.sha256 === 'string' && typeof v.mediaType === 'string' && typeof v.bytes === 'number'
    ? { sha256: v.sha256, mediaType: v.mediaType, bytes: v.bytes }
    : undefined;
}

/** The scanned request as the page's request section shows it: the hash shortened (opens to the full value), type, size. */
function EventDocument({ document }: { readonly document: ScannedDocument }) {
  const { t, lang } = useI18n();
  return (
    <details className="small event-document">
      <summary>
        {t('document.event', {
          hash: shortHash(document.sha256),
          type: document.mediaType,
          size: documentSize(document.bytes, lang),
        })}
      </summary>
      <code className="mono hash">{document.sha256}</code>
    </details>
  );
}
