import { useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useSecurityEvents } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import type { SecurityEventQueryDto } from '../../shared/types';
import { EVENTS_PAGE } from './auditSearch';
import {
  isSecurityEventKind,
  SECURITY_EVENT_KINDS,
  type SecurityEventKind,
} from '../../shared/messages/securityEvents';

function eventsQuery(kind: string, offset: number): SecurityEventQueryDto {
  return { ...(isSecurityEventKind(kind) ? { kind } : {}), limit: EVENTS_PAGE, offset };
}

interface SecurityEventsLogProps {
  readonly kind: string;
  readonly offset: number;
  readonly timeZone: string;
  readonly keep: Readonly<Record<string, string>>;
}

/** The agency's security events, newest first: kind filter and page in the URL, kinds in words. */
export function SecurityEventsLog({ kind, offset, timeZone, keep }: SecurityEventsLogProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(kind);
  const events = useSecurityEvents(eventsQuery(kind, offset));
  const kindText = (value: SecurityEventKind) => t(`audit.kind.${value}`);
  const countKey = (n: number) =>
    new Intl.PluralRules(lang).select(n) === 'one' ? 'audit.events.count.one' : 'audit.events.count.other';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('audit', {}, { ...keep, kind: draft }));
  };

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('audit.events.title')}</h2>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor="events-kind">{t('audit.events.kind')}</label>
          <select id="events-kind" name="kind" value={draft} onChange={(e) => setDraft(e.target.value)}>
            <option value="">{t('audit.events.anyKind')}</option>
            {SECURITY_EVENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {kindText(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('audit.events.apply')}
          </button>
        </div>
      </form>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <ErrorMessage error={toApiError(events.error)} />
      ) : events.data.events.length === 0 ? (
        <p className="message message-note">{t('audit.events.empty')}</p>
      ) : (
        <>
          <p>{t(countKey(events.data.total), { count: events.data.total.toLocaleString(lang) })}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="events-caption">
            <table className="stack-table stack-compact">
              <caption id="events-caption">{t('audit.events.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.events.col.at')}</th>
                  <th scope="col">{t('audit.events.col.kind')}</th>
                  <th scope="col">{t('audit.events.col.user')}</th>
                  <th scope="col">{t('audit.events.col.by')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.events.map((event) => (
                  <tr key={event.id}>
                    <td data-label={t('audit.events.col.at')}>{formatInstant(event.occurredAt, timeZone, lang)}</td>
                    <td data-label={t('audit.events.col.kind')}>{kindText(event.kind)}</td>
                    <td data-label={t('audit.events.col.user')} className="break">
                      {event.userEmail ?? t('audit.events.unknownEmail')}
                    </td>
                    <td data-label={t('audit.events.col.by')}>
                      {event.actorId ? t('audit.events.byAdmin') : t('audit.events.byUser')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paging
            label={t('audit.events.title')}
            total={events.data.total}
            limit={EVENTS_PAGE}
            offset={offset}
            hrefAt={(next) => href('audit', {}, { ...keep, kind, eventsOffset: next })}
          />
        </>
      )}
    </section>
  );
}
